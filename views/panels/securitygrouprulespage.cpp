#include "securitygrouprulespage.h"

#include "models/securitygrouprulemodel.h"
#include "models/tablefilterproxy.h"
#include "securitygroupruleactions.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include "engine.h"
#include "network/securitygroupservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

SecurityGroupRulesPage::SecurityGroupRulesPage(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_ctx(ctx), m_back(new QToolButton(this)),
      m_heading(new QLabel(this)), m_model(new SecurityGroupRuleModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("SecurityGroupRules"), this)),
      m_actions(new SecurityGroupRuleActions(engine, ctx, this))
{
    setObjectName(QStringLiteral("SecurityGroupRulesPage"));
    m_back->setObjectName(QStringLiteral("BackToSecurityGroupsButton"));
    m_back->setText(tr("‹ Back to Security Groups"));
    m_back->setAutoRaise(true);
    m_back->setCursor(Qt::PointingHandCursor);
    m_heading->setObjectName(QStringLiteral("SectionTitle"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);

    // Rules in the order a reader checks them: what comes in, then what goes out.
    m_table->proxy()->setSortRole(SecurityGroupRuleModel::SortRole);
    m_table->view()->sortByColumn(SecurityGroupRuleModel::Direction, Qt::AscendingOrder);
    m_table->view()->horizontalHeader()->setSectionResizeMode(SecurityGroupRuleModel::PortRange,
                                                              QHeaderView::ResizeToContents);
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);

    connect(m_back, &QToolButton::clicked, this, &SecurityGroupRulesPage::backRequested);
    connect(m_actions, &SecurityGroupRuleActions::notify, this, &SecurityGroupRulesPage::notify);
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedRules()); });
    // A deleted group has no rules to manage: back to the list, saying why.
    connect(m_model, &SecurityGroupRuleModel::groupRemoved, this, [this] {
        emit notify(tr("Security group %1 was deleted.").arg(m_group.name), QString());
        emit backRequested();
    });
    // A renamed group renames the heading.
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind != QLatin1String("security_group") || id != m_group.id)
            return;
        if (auto group = m_engine.securityGroups().show(m_ctx, id)) {
            m_group = *group;
            m_heading->setText(tr("Manage Security Group Rules: %1 (%2)").arg(m_group.name, m_group.id));
            m_actions->setGroup(m_group);
        }
    });
}

void SecurityGroupRulesPage::setGroup(const SecurityGroup &group)
{
    m_group = group;
    m_heading->setText(tr("Manage Security Group Rules: %1 (%2)").arg(group.name, group.id));
    m_model->setGroup(group.id);
    m_actions->setGroup(group);
}

QList<SecurityGroupRule> SecurityGroupRulesPage::selectedRules() const
{
    QList<SecurityGroupRule> rules;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            rules.append(m_model->itemAt(row));
    return rules;
}

} // namespace sd
