#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Identity › Users, as QActions whose enabled state follows the selected users; Enable,
// Disable and Delete work on every selected user, Delete with one confirmation naming them all. What
// the policy forbids is hidden. Dialogs open without blocking; refusals become notifications.
class UserActions : public QObject
{
    Q_OBJECT

public:
    UserActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<User> &users);

    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *passwordAction() const { return m_password; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const;
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    // After Create User, so the panel can select the new row.
    void userCreated(const QString &name);

private:
    void createUser();
    void editUser();
    void changePassword();
    void setEnabled(bool enabled);
    void deleteUsers();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<User> m_selection;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_password;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_delete;
};

} // namespace sd
