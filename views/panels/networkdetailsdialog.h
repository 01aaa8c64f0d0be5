#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "dialogs/detailsdialog.h"

class QFormLayout;
class QLabel;

namespace sd {

class Engine;
class PortActions;
class PortModel;
class SubnetActions;
class SubnetModel;
class TablePane;

// A network's details, Horizon's tabs: Overview, Subnets (with Create, Edit and Delete Subnet) and Ports
// (with Create, Edit and Delete Port). It does not block the panel, and it follows the network: changes
// elsewhere show at once, a deletion is said instead of showing stale values.
class NetworkDetailsDialog : public DetailsDialog
{
    Q_OBJECT

public:
    NetworkDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &networkId,
                         QWidget *parent = nullptr);

    QString networkId() const { return m_networkId; }
    TablePane *subnetTable() const { return m_subnets; }
    TablePane *portTable() const { return m_ports; }
    SubnetModel *subnetModel() const { return m_subnetModel; }
    PortModel *portModel() const { return m_portModel; }
    SubnetActions *subnetActions() const { return m_subnetActions; }
    PortActions *portActions() const { return m_portActions; }

private:
    void reload();
    QWidget *buildOverview();

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_networkId;
    QList<QLabel *> m_fields;
    SubnetModel *m_subnetModel;
    PortModel *m_portModel;
    TablePane *m_subnets;
    TablePane *m_ports;
    SubnetActions *m_subnetActions;
    PortActions *m_portActions;
};

} // namespace sd
