#include "modelsnapshot.h"

#include "core/requestcontext.h"
#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"

#include <algorithm>

namespace sd {

namespace {

template <typename T> const T *byId(const QList<T> &list, const QString &id)
{
    auto it = std::find_if(list.cbegin(), list.cend(), [&id](const T &x) { return x.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

Result<ModelSnapshot> ModelSnapshot::read(const Services &services)
{
    // The engine's own identity: an admin that sees every project's objects.
    const RequestContext ctx = RequestContext::system();
    ModelSnapshot model;
    auto networks = services.networks->list(ctx);
    if (!networks)
        return networks.error();
    model.networks = std::move(networks).value();
    auto subnets = services.subnets->list(ctx);
    if (!subnets)
        return subnets.error();
    model.subnets = std::move(subnets).value();
    // Creation order: the first IPv4 subnet with DHCP is the one libvirt serves (NetworkXml::dhcpSubnet).
    std::stable_sort(model.subnets.begin(), model.subnets.end(),
                     [](const Subnet &a, const Subnet &b) { return a.createdAt < b.createdAt; });
    auto ports = services.ports->list(ctx);
    if (!ports)
        return ports.error();
    model.ports = std::move(ports).value();
    for (qsizetype i = 0; i < model.ports.size(); ++i)
        model.m_portIndex.insert(model.ports[i].id, i);
    auto routers = services.routers->list(ctx);
    if (!routers)
        return routers.error();
    model.routers = std::move(routers).value();
    auto groups = services.groups->list(ctx);
    if (!groups)
        return groups.error();
    model.groups = std::move(groups).value();
    if (services.floatingIps) {
        auto fips = services.floatingIps->list(ctx);
        if (!fips)
            return fips.error();
        model.floatingIps = std::move(fips).value();
    }
    return model;
}

const Network *ModelSnapshot::network(const QString &id) const
{
    return byId(networks, id);
}

const Port *ModelSnapshot::port(const QString &id) const
{
    // The index is only as good as its last use: a snapshot filled by hand (tests) has none.
    if (auto it = m_portIndex.constFind(id);
        it != m_portIndex.constEnd() && *it < ports.size() && ports[*it].id == id)
        return &ports[*it];
    return byId(ports, id);
}

void ModelSnapshot::putPort(const Port &port)
{
    if (const Port *p = this->port(port.id)) {
        ports[p - ports.constData()] = port;
        return;
    }
    m_portIndex.insert(port.id, ports.size());
    ports.append(port);
}

void ModelSnapshot::removePort(const QString &id)
{
    const Port *p = port(id);
    if (!p)
        return;
    // Order does not matter to the planner (it sorts what it writes): the last port fills the gap.
    const qsizetype at = p - ports.constData();
    m_portIndex.remove(id);
    if (at != ports.size() - 1) {
        ports[at] = ports.last();
        m_portIndex.insert(ports[at].id, at);
    }
    ports.removeLast();
}

const SecurityGroup *ModelSnapshot::group(const QString &id) const
{
    return byId(groups, id);
}

} // namespace sd
