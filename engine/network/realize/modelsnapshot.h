#pragma once

#include "core/result.h"
#include "network/networktypes.h"

#include <QHash>
#include <QList>

namespace sd {

class FloatingIpService;
class NetworkService;
class PortService;
class RouterService;
class SecurityGroupService;
class SubnetService;

// The whole network model at one moment, read through the services with the engine's own context: the
// planner works on it for every host without going back to the store.
struct ModelSnapshot
{
    QList<Network> networks;
    QList<Subnet> subnets;
    QList<Port> ports;
    QList<Router> routers;
    QList<SecurityGroup> groups;
    QList<FloatingIp> floatingIps;

    struct Services
    {
        NetworkService *networks = nullptr;
        SubnetService *subnets = nullptr;
        PortService *ports = nullptr;
        RouterService *routers = nullptr;
        SecurityGroupService *groups = nullptr;
        FloatingIpService *floatingIps = nullptr; // optional: without it no floating IP is NATed
    };
    static Result<ModelSnapshot> read(const Services &services);

    const Network *network(const QString &id) const;
    const Port *port(const QString &id) const;
    const SecurityGroup *group(const QString &id) const;

    // Follows one port's change without reading the whole model again (the realiser does this for every
    // port a launch or a delete touches): the port as it is now, or its removal.
    void putPort(const Port &port);
    void removePort(const QString &id);

private:
    QHash<QString, qsizetype> m_portIndex; // id -> position in ports, kept by read/putPort/removePort
};

} // namespace sd
