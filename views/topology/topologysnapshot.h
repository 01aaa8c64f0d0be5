#pragma once

#include "network/networktypes.h"

#include <QHash>

namespace sd {

// What the Network Topology draws, as plain values keyed by id: the networks a project sees (its own,
// shared and external ones) with their subnets, its routers, and the ports of its instances. Filled from
// the engine by TopologyModel, or by hand in tests and the benchmark; the layout reads nothing else.
struct TopologySnapshot
{
    QHash<QString, Network> networks;
    QHash<QString, Subnet> subnets;
    QHash<QString, Router> routers;
    // Instance ports only (device_owner "compute:..."): routers' ports are drawn as the routers' links.
    QHash<QString, Port> ports;

    bool isEmpty() const { return networks.isEmpty() && routers.isEmpty() && ports.isEmpty(); }
    // The network a router interface's subnet belongs to; empty when the subnet is not known.
    QString networkOfSubnet(const QString &subnetId) const { return subnets.value(subnetId).networkId; }
    // The subnets of a network, by CIDR.
    QList<Subnet> subnetsOf(const QString &networkId) const;
    // The instance ports of one device (instance), by network.
    QList<Port> portsOfDevice(const QString &deviceId) const;

    static bool isInstancePort(const Port &port)
    {
        return port.deviceOwner.startsWith(QLatin1String("compute:"));
    }
};

} // namespace sd
