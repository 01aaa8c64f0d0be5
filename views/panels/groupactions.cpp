#include "groupactions.h"

#include "dialogs/groupdialog.h"
#include "dialogs/groupmembersdialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/policy.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

GroupActions::GroupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Group…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Group…"), this)),
      m_members(new QAction(Icons::get(QStringLiteral("action-members")), tr("Manage Members…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Group…"), this))
{
    m_create->setObjectName(QStringLiteral("createGroupAction"));
    m_edit->setObjectName(QStringLiteral("editGroupAction"));
    m_members->setObjectName(QStringLiteral("manageMembersAction"));
    m_delete->setObjectName(QStringLiteral("deleteGroupAction"));
    m_create->setToolTip(tr("Create a group of users that can be given roles on projects together"));
    m_edit->setToolTip(tr("Change the name or description of the group"));
    m_members->setToolTip(tr("Add users to the group or remove them"));
    m_delete->setToolTip(tr("Delete the selected groups; their members lose the groups' roles"));
    m_delete->setShortcut(QKeySequence::Delete);

    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("group:create")));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("group:update")));
    m_members->setVisible(policy.allows(ctx, QStringLiteral("group:update")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("group:delete")));

    connect(m_create, &QAction::triggered, this, &GroupActions::createGroup);
    connect(m_edit, &QAction::triggered, this, &GroupActions::editGroup);
    connect(m_members, &QAction::triggered, this, &GroupActions::manageMembers);
    connect(m_delete, &QAction::triggered, this, &GroupActions::deleteGroups);
    updateEnabled();
}

QList<QAction *> GroupActions::toolbarActions() const
{
    return {m_create, m_edit, m_members, m_delete};
}

QList<QAction *> GroupActions::menuActions() const
{
    return {m_members, m_edit, nullptr, m_delete};
}

void GroupActions::setSelection(const QList<Group> &groups)
{
    m_selection = groups;
    updateEnabled();
}

void GroupActions::updateEnabled()
{
    m_edit->setEnabled(m_selection.size() == 1);
    m_members->setEnabled(m_selection.size() == 1);
    m_delete->setEnabled(!m_selection.isEmpty());
}

void GroupActions::createGroup()
{
    auto *dialog = new GroupDialog(m_engine, m_ctx, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GroupActions::editGroup()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new GroupDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GroupActions::manageMembers()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new GroupMembersDialog(m_engine, m_ctx, m_selection.first().id, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GroupActions::deleteGroups()
{
    if (m_selection.isEmpty())
        return;
    const QList<Group> targets = m_selection;
    QStringList names;
    for (const Group &g : targets)
        names.append(g.name);
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Group") : tr("Delete Groups"),
        one ? tr("Delete group %1?").arg(names.first())
            : tr("Delete %1 groups: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteGroupConfirmation"));
    box->setInformativeText(tr("The users stay; they lose the roles they held through the group. This action "
                               "cannot be undone."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Group") : tr("Delete Groups"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const Group &g : targets)
            if (auto r = m_engine.groups().remove(m_ctx.withNewRequestId(), g.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

} // namespace sd
