#pragma once

#include "core/requestcontext.h"
#include "models/networkmodel.h"

#include "panel.h"

namespace sd {

class Engine;
class NetworkActions;
class TablePane;

// Project › Network › Networks (the project's networks and the shared and external ones it may use) and
// Admin › Network › Networks (every project's, with the project first): Horizon's columns, the filter,
// Create Network and Delete Networks, the row actions, and a double-click for the network's details.
class NetworksPanel : public Panel
{
    Q_OBJECT

public:
    NetworksPanel(Engine &engine, const RequestContext &ctx, NetworkModel::Scope scope,
                  QWidget *parent = nullptr);

    NetworkModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    NetworkActions *actions() const { return m_actions; }

    // Selects the rows of the named networks (tests, and the new network after Create).
    void selectNetworks(const QStringList &names);
    QList<Network> selectedNetworks() const;

private:
    NetworkModel *m_model;
    TablePane *m_table;
    NetworkActions *m_actions;
};

} // namespace sd
