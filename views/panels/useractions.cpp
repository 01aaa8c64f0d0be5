#include "useractions.h"

#include "dialogs/createuserdialog.h"
#include "dialogs/edituserdialog.h"
#include "dialogs/userpassworddialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/policy.h"
#include "identity/userservice.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

UserActions::UserActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create User…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit User…"), this)),
      m_password(new QAction(Icons::get(QStringLiteral("action-password")), tr("Change Password…"), this)),
      m_enable(new QAction(Icons::get(QStringLiteral("action-enable")), tr("Enable User"), this)),
      m_disable(new QAction(Icons::get(QStringLiteral("action-disable")), tr("Disable User"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete User…"), this))
{
    m_create->setObjectName(QStringLiteral("createUserAction"));
    m_edit->setObjectName(QStringLiteral("editUserAction"));
    m_password->setObjectName(QStringLiteral("changeUserPasswordAction"));
    m_enable->setObjectName(QStringLiteral("enableUserAction"));
    m_disable->setObjectName(QStringLiteral("disableUserAction"));
    m_delete->setObjectName(QStringLiteral("deleteUserAction"));
    m_create->setToolTip(tr("Create a user with a password, a primary project and a role on it"));
    m_edit->setToolTip(tr("Change the name, email, description or primary project of the user"));
    m_password->setToolTip(tr("Set a new password for the user; the user's sessions end"));
    m_enable->setToolTip(tr("Let the selected users sign in again"));
    m_disable->setToolTip(tr("Keep the selected users from signing in; their sessions end at once"));
    m_delete->setToolTip(tr("Delete the selected users and their role assignments"));
    m_delete->setShortcut(QKeySequence::Delete);

    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("user:create")));
    for (QAction *a : {m_edit, m_password, m_enable, m_disable})
        a->setVisible(policy.allows(ctx, QStringLiteral("user:update")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("user:delete")));

    connect(m_create, &QAction::triggered, this, &UserActions::createUser);
    connect(m_edit, &QAction::triggered, this, &UserActions::editUser);
    connect(m_password, &QAction::triggered, this, &UserActions::changePassword);
    connect(m_enable, &QAction::triggered, this, [this] { setEnabled(true); });
    connect(m_disable, &QAction::triggered, this, [this] { setEnabled(false); });
    connect(m_delete, &QAction::triggered, this, &UserActions::deleteUsers);
    updateEnabled();
}

QList<QAction *> UserActions::toolbarActions() const
{
    return {m_create, m_edit, m_password, m_enable, m_disable, m_delete};
}

QList<QAction *> UserActions::menuActions() const
{
    return {m_edit, m_password, nullptr, m_enable, m_disable, nullptr, m_delete};
}

void UserActions::setSelection(const QList<User> &users)
{
    m_selection = users;
    updateEnabled();
}

void UserActions::updateEnabled()
{
    const auto any = [this](bool enabled) {
        return std::any_of(m_selection.begin(), m_selection.end(),
                           [enabled](const User &u) { return u.enabled == enabled; });
    };
    m_edit->setEnabled(m_selection.size() == 1);
    m_password->setEnabled(m_selection.size() == 1);
    m_enable->setEnabled(any(false));
    m_disable->setEnabled(any(true));
    m_delete->setEnabled(!m_selection.isEmpty());
}

void UserActions::createUser()
{
    auto *dialog = new CreateUserDialog(m_engine, m_ctx, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::notify, this, &UserActions::notify);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit userCreated(dialog->nameEdit()->text().trimmed()); });
    dialog->open();
}

void UserActions::editUser()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new EditUserDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UserActions::changePassword()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new UserPasswordDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = m_selection.first().name] {
        emit notify(tr("Password of %1 changed.").arg(name), QString());
    });
    dialog->open();
}

void UserActions::setEnabled(bool enabled)
{
    // Copied: each update notifies, and the panel hands in a new selection while this loop runs.
    const QList<User> targets = m_selection;
    for (const User &u : targets) {
        if (u.enabled == enabled)
            continue;
        UserUpdate change;
        change.enabled = enabled;
        if (auto r = m_engine.users().update(m_ctx.withNewRequestId(), u.id, change); !r)
            emit notify(r.error().message, r.error().details);
    }
}

void UserActions::deleteUsers()
{
    if (m_selection.isEmpty())
        return;
    const QList<User> targets = m_selection;
    QStringList names;
    for (const User &u : targets)
        names.append(u.name);
    auto *box = new QMessageBox(
        QMessageBox::Warning, targets.size() == 1 ? tr("Delete User") : tr("Delete Users"),
        targets.size() == 1
            ? tr("Delete user %1?").arg(names.first())
            : tr("Delete %1 users: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteUserConfirmation"));
    box->setInformativeText(tr("Their role assignments and group memberships go with them. This action "
                               "cannot be undone."));
    QPushButton *remove = box->addButton(targets.size() == 1 ? tr("Delete User") : tr("Delete Users"),
                                         QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const User &u : targets)
            if (auto r = m_engine.users().remove(m_ctx.withNewRequestId(), u.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

} // namespace sd
