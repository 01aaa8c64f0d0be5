#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "panel.h"

namespace sd {

class Engine;
class GroupActions;
class GroupModel;
class TablePane;

// Identity › Groups: every group with its member count, and Create, Edit, Manage Members and Delete.
class GroupsPanel : public Panel
{
    Q_OBJECT

public:
    GroupsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    GroupModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    GroupActions *actions() const { return m_actions; }
    QList<Group> selectedGroups() const;

private:
    GroupModel *m_model;
    TablePane *m_table;
    GroupActions *m_actions;
};

} // namespace sd
