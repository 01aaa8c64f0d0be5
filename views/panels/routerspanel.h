#pragma once

#include "core/requestcontext.h"
#include "models/routermodel.h"

#include "panel.h"

namespace sd {

class Engine;
class RouterActions;
class TablePane;

// Project › Network › Routers (the project's routers) and Admin › Network › Routers (every project's,
// with the project first): Name, Status, External Network, Admin State; Create Router and Delete
// Routers, the row actions (Set Gateway, Clear Gateway, Edit Router, Delete Router), and a double-click
// for the router's interfaces.
class RoutersPanel : public Panel
{
    Q_OBJECT

public:
    RoutersPanel(Engine &engine, const RequestContext &ctx, RouterModel::Scope scope,
                 QWidget *parent = nullptr);

    RouterModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    RouterActions *actions() const { return m_actions; }

    void selectRouters(const QStringList &names);
    QList<Router> selectedRouters() const;

private:
    RouterModel *m_model;
    TablePane *m_table;
    RouterActions *m_actions;
};

} // namespace sd
