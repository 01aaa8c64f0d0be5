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
    return byId(ports, id);
}

const SecurityGroup *ModelSnapshot::group(const QString &id) const
{
    return byId(groups, id);
}

} // namespace sd
