#include "securitygroupspanel.h"

#include "models/securitygroupmodel.h"
#include "securitygroupactions.h"
#include "securitygrouprulespage.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include "engine.h"
#include "network/securitygroupservice.h"

#include <QHeaderView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd {

SecurityGroupsPanel::SecurityGroupsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Project › Network"), tr("Security Groups"), parent), m_engine(engine), m_ctx(ctx),
      m_model(new SecurityGroupModel(engine, ctx, this)), m_pages(new QStackedWidget(this)),
      m_table(new TablePane(m_model, QStringLiteral("SecurityGroups"), this)),
      m_actions(new SecurityGroupActions(engine, ctx, this)),
      m_rules(new SecurityGroupRulesPage(engine, ctx, this))
{
    setObjectName(QStringLiteral("SecurityGroupsPanel"));
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    m_table->view()->horizontalHeader()->setSectionResizeMode(SecurityGroupModel::Id,
                                                              QHeaderView::ResizeToContents);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_rules);
    body()->addWidget(m_pages, 1);

    // A double click opens the rules: what an administrator comes to this panel for.
    connect(m_table->view(), &QAbstractItemView::doubleClicked, m_actions->manageRulesAction(),
            &QAction::trigger);
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedGroups()); });
    connect(m_actions, &SecurityGroupActions::notify, this, &Panel::notify);
    connect(m_actions, &SecurityGroupActions::groupCreated, this,
            [this](const QString &name) { m_table->selectByName({name}); });
    connect(m_actions, &SecurityGroupActions::manageRulesRequested, this,
            [this](const SecurityGroup &group) { showRules(group.id); });
    connect(m_rules, &SecurityGroupRulesPage::notify, this, &Panel::notify);
    connect(m_rules, &SecurityGroupRulesPage::backRequested, this, &SecurityGroupsPanel::showList);
}

QList<SecurityGroup> SecurityGroupsPanel::selectedGroups() const
{
    QList<SecurityGroup> groups;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            groups.append(m_model->itemAt(row));
    return groups;
}

bool SecurityGroupsPanel::showRules(const QString &nameOrId)
{
    auto group = m_engine.securityGroups().show(m_ctx, nameOrId);
    if (!group) {
        emit notify(group.error().message, group.error().details);
        return false;
    }
    m_rules->setGroup(*group);
    m_pages->setCurrentWidget(m_rules);
    return true;
}

void SecurityGroupsPanel::showList()
{
    m_pages->setCurrentWidget(m_table);
}

bool SecurityGroupsPanel::showingRules() const
{
    return m_pages->currentWidget() == m_rules;
}

} // namespace sd
