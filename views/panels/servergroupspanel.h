#pragma once

#include "compute/servergroup.h"
#include "core/requestcontext.h"

#include "panel.h"

namespace sd {

class Engine;
class ServerGroupActions;
class ServerGroupModel;
class TablePane;

// Project › Compute › Server Groups: the project's groups (Name, Policy, Members) with Create Server
// Group and Delete.
class ServerGroupsPanel : public Panel
{
    Q_OBJECT

public:
    ServerGroupsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    ServerGroupModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    ServerGroupActions *actions() const { return m_actions; }
    QList<ServerGroup> selectedGroups() const;

private:
    ServerGroupModel *m_model;
    TablePane *m_table;
    ServerGroupActions *m_actions;
};

} // namespace sd
