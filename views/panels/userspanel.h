#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "panel.h"

class QTabWidget;
class QTableView;

namespace sd {

class Engine;
class RoleAssignmentModel;
class TablePane;
class UserActions;
class UserModel;

// Identity › Users: every user with Horizon's columns and actions, and below the table the selected
// user's effective role assignments (with the group a role comes through).
class UsersPanel : public Panel
{
    Q_OBJECT

public:
    UsersPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    UserModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    UserActions *actions() const { return m_actions; }
    RoleAssignmentModel *assignmentModel() const { return m_assignments; }
    QTableView *assignmentView() const { return m_assignmentView; }

    QList<User> selectedUsers() const;
    void selectUsers(const QStringList &names);

private:
    void selectionChanged();

    UserModel *m_model;
    TablePane *m_table;
    UserActions *m_actions;
    RoleAssignmentModel *m_assignments;
    QTableView *m_assignmentView;
    QTabWidget *m_tabs;
};

} // namespace sd
