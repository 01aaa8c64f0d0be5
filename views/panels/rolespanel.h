#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "panel.h"

class QAction;

namespace sd {

class Engine;
class RoleModel;
class TablePane;

// Identity › Roles: every role, Create Role and Delete Role. Built-in roles cannot be deleted: with one
// selected, Delete is disabled and its tooltip says why.
class RolesPanel : public Panel
{
    Q_OBJECT

public:
    RolesPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    RoleModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    QAction *createAction() const { return m_create; }
    QAction *deleteAction() const { return m_delete; }
    QList<Role> selectedRoles() const;

private:
    void createRole();
    void deleteRoles();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    RoleModel *m_model;
    TablePane *m_table;
    QAction *m_create;
    QAction *m_delete;
};

} // namespace sd
