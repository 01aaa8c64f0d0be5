#include "securitygroupruleactions.h"

#include "dialogs/addsecuritygroupruledialog.h"
#include "icons.h"
#include "models/securitygrouprulemodel.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/securitygroupservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

namespace {
// "Ingress IPv4 TCP 22 (SSH) from 0.0.0.0/0": a rule in one line, for the delete confirmation.
QString summary(const SecurityGroupRule &rule)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(SecurityGroupRuleModel::directionText(rule.direction), rule.ethertype,
             SecurityGroupRuleModel::protocolText(rule.protocol), SecurityGroupRuleModel::portRangeText(rule),
             rule.remoteGroupId.isEmpty()
                 ? SecurityGroupRuleModel::remotePrefixText(rule)
                 : QCoreApplication::translate("sd::SecurityGroupRuleActions", "(remote group)"));
}
} // namespace

SecurityGroupRuleActions::SecurityGroupRuleActions(Engine &engine, const RequestContext &ctx,
                                                   QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_add(new QAction(Icons::get(QStringLiteral("action-add")), tr("Add Rule…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Rules…"), this))
{
    m_add->setObjectName(QStringLiteral("addRuleAction"));
    m_delete->setObjectName(QStringLiteral("deleteRulesAction"));
    m_add->setToolTip(tr("Allow more traffic to or from the instances using this group"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &SecurityGroupRuleActions::addRule);
    connect(m_delete, &QAction::triggered, this, &SecurityGroupRuleActions::deleteRules);
    updateEnabled();
}

void SecurityGroupRuleActions::setGroup(const SecurityGroup &group)
{
    m_group = group;
    // Rules are part of their group: changing them is updating the group (Horizon hides what the policy
    // forbids).
    const bool update =
        m_engine.policy().allows(m_ctx, QStringLiteral("security_group:update"), group.projectId);
    m_add->setVisible(update);
    m_delete->setVisible(update);
    updateEnabled();
}

void SecurityGroupRuleActions::setSelection(const QList<SecurityGroupRule> &rules)
{
    m_selection = rules;
    updateEnabled();
}

void SecurityGroupRuleActions::updateEnabled()
{
    m_add->setEnabled(!m_group.id.isEmpty());
    m_delete->setEnabled(!m_selection.isEmpty());
    const bool many = m_selection.size() > 1;
    m_delete->setText(many ? tr("Delete Rules…") : tr("Delete Rule…"));
    m_delete->setIconText(tr("Delete Rules…"));
    if (m_selection.isEmpty())
        m_delete->setToolTip(tr("Select the rules to delete"));
    else if (!many)
        m_delete->setToolTip(tr("Delete the selected rule; the change reaches running instances at once"));
    else
        m_delete->setToolTip(tr("Delete the %n selected rules; the change reaches running instances at once",
                                nullptr, int(m_selection.size())));
}

void SecurityGroupRuleActions::addRule()
{
    if (m_group.id.isEmpty())
        return;
    auto *dialog = new AddSecurityGroupRuleDialog(m_engine, m_ctx, m_group, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSecurityGroupRuleDialog::ruleAdded, this,
            [this](const SecurityGroupRule &rule) { emit ruleAdded(rule.id); });
    dialog->open();
}

void SecurityGroupRuleActions::deleteRules()
{
    if (m_selection.isEmpty())
        return;
    const QList<SecurityGroupRule> targets = m_selection;
    QStringList lines;
    for (const SecurityGroupRule &rule : targets)
        lines.append(summary(rule));
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Rule") : tr("Delete Rules"),
        one ? tr("Delete this rule from security group %1?").arg(m_group.name)
            : tr("Delete %1 rules from security group %2?").arg(targets.size()).arg(m_group.name),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteRulesConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        tr("Traffic the rules allowed is blocked at once on every port using the group."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Rule") : tr("Delete Rules"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const SecurityGroupRule &rule : targets)
            if (auto r = m_engine.securityGroups().removeRule(m_ctx.withNewRequestId(), rule.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

} // namespace sd
