#include "securitygroupactions.h"

#include "dialogs/securitygroupdialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/securitygroupservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

namespace {
bool isDefault(const SecurityGroup &group)
{
    return group.name == QLatin1String("default");
}
} // namespace

SecurityGroupActions::SecurityGroupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Security Group…"), this)),
      m_rules(new QAction(Icons::get(QStringLiteral("action-metadata")), tr("Manage Rules"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Security Group…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Security Groups…"), this))
{
    m_create->setObjectName(QStringLiteral("createSecurityGroupAction"));
    m_rules->setObjectName(QStringLiteral("manageRulesAction"));
    m_edit->setObjectName(QStringLiteral("editSecurityGroupAction"));
    m_delete->setObjectName(QStringLiteral("deleteSecurityGroupAction"));
    m_create->setToolTip(tr("Create a security group: a set of IP filter rules for instances' ports"));
    m_create->setIconText(tr("Create Security Group…"));
    m_delete->setShortcut(QKeySequence::Delete);

    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("security_group:create")));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("security_group:update")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("security_group:delete")));

    connect(m_create, &QAction::triggered, this, &SecurityGroupActions::createGroup);
    connect(m_rules, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            emit manageRulesRequested(m_selection.first());
    });
    connect(m_edit, &QAction::triggered, this, &SecurityGroupActions::editGroup);
    connect(m_delete, &QAction::triggered, this, &SecurityGroupActions::deleteGroups);
    updateEnabled();
}

void SecurityGroupActions::setSelection(const QList<SecurityGroup> &groups)
{
    m_selection = groups;
    updateEnabled();
}

void SecurityGroupActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    m_rules->setEnabled(one);
    m_edit->setEnabled(one);
    m_rules->setToolTip(one ? tr("List, add and delete the rules of %1").arg(m_selection.first().name)
                            : tr("Select one security group to manage its rules"));

    // The default group cannot go (every project has one); say so instead of letting the engine refuse.
    const bool anyDefault = std::any_of(m_selection.cbegin(), m_selection.cend(), isDefault);
    m_delete->setEnabled(!m_selection.isEmpty() && !anyDefault);
    m_delete->setText(m_selection.size() > 1 ? tr("Delete Security Groups…") : tr("Delete Security Group…"));
    m_delete->setIconText(tr("Delete Security Groups…"));
    if (anyDefault)
        m_delete->setToolTip(tr("The default security group cannot be deleted: every project has one, and "
                                "ports without another group use it"));
    else if (m_selection.isEmpty())
        m_delete->setToolTip(tr("Select the security groups to delete"));
    else
        m_delete->setToolTip(m_selection.size() == 1 ? tr("Delete the selected security group")
                                                     : tr("Delete the %n selected security groups", nullptr,
                                                          int(m_selection.size())));
}

void SecurityGroupActions::createGroup()
{
    auto *dialog = new SecurityGroupDialog(m_engine, m_ctx, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecurityGroupDialog::groupSaved, this,
            [this](const QString &, const QString &name) { emit groupCreated(name); });
    dialog->open();
}

void SecurityGroupActions::editGroup()
{
    if (m_selection.size() != 1)
        return;
    // The selection is a snapshot; the dialog starts from what the engine has now.
    auto group = m_engine.securityGroups().show(m_ctx, m_selection.first().id);
    if (!group) {
        emit notify(group.error().message, group.error().details);
        return;
    }
    auto *dialog = new SecurityGroupDialog(m_engine, m_ctx, *group, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SecurityGroupActions::deleteGroups()
{
    if (m_selection.isEmpty() || !m_delete->isEnabled())
        return;
    const QList<SecurityGroup> targets = m_selection;
    QStringList names;
    for (const SecurityGroup &g : targets)
        names.append(g.name);
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Security Group") : tr("Delete Security Groups"),
        one ? tr("Delete security group %1?").arg(names.first())
            : tr("Delete %1 security groups: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteSecurityGroupsConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("A group still used by ports is not deleted; the message names the ports. "
                               "This cannot be undone."));
    QPushButton *remove = box->addButton(one ? tr("Delete Security Group") : tr("Delete Security Groups"),
                                         QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const SecurityGroup &g : targets)
            if (auto r = m_engine.securityGroups().remove(m_ctx.withNewRequestId(), g.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

} // namespace sd
