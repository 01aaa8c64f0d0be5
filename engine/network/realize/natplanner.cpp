#include "natplanner.h"

#include "network/ipnet.h"
#include "networkxml.h"

#include <QSet>

#include <algorithm>

namespace sd {

namespace {

// The ruleset takes only what parses: an address or a CIDR re-printed from its parsed value.
QString ipv4(const QString &text)
{
    const auto ip = IpAddress::parse(text);
    return ip && ip->version == 4 ? ip->toString() : QString();
}

QString ipv4Cidr(const QString &text)
{
    const auto net = IpNetwork::parse(text, QStringLiteral("cidr"));
    return net && net->version() == 4 ? net->toString() : QString();
}

// The IPv4 subnets with a gateway: those whose address libvirt puts on the bridge, so the host routes them.
QStringList routedSubnets(const NetworkLayout &layout)
{
    QStringList cidrs;
    for (const Subnet &s : layout.subnets)
        if (s.ipVersion == 4 && !s.gatewayIp.isEmpty())
            if (const QString c = ipv4Cidr(s.cidr); !c.isEmpty())
                cidrs.append(c);
    cidrs.sort();
    return cidrs;
}

QString firstIpv4(const QList<FixedIp> &ips)
{
    for (const FixedIp &ip : ips)
        if (const QString a = ipv4(ip.ipAddress); !a.isEmpty())
            return a;
    return {};
}

} // namespace

QList<BridgeAddress> NatPlan::addresses() const
{
    QList<BridgeAddress> list;
    for (const RouterNat &r : routers)
        list.append({r.externalBridge, r.gatewayIp});
    for (const FloatingNat &f : floatingIps)
        list.append({f.externalBridge, f.floatingIp});
    return list;
}

NatPlan NatPlanner::plan(const ModelSnapshot &model, const QString &hostId,
                         const QList<NetworkLayout> &layouts)
{
    NatPlan nat;
    QHash<QString, const NetworkLayout *> routed; // network id -> layout, route mode only
    for (const NetworkLayout &l : layouts)
        if (NetworkXml::forwardMode(l) == QLatin1String("route"))
            routed.insert(l.network.id, &l);
    QHash<QString, QString> networkOfSubnet;
    for (const Subnet &s : model.subnets)
        networkOfSubnet.insert(s.id, s.networkId);

    QHash<QString, QSet<QString>> allowedFrom; // bridge -> bridges
    QSet<QString> routerIds;
    for (const Router &r : model.routers) {
        if (r.externalNetworkId.isEmpty() || !r.adminStateUp || !routed.contains(r.externalNetworkId))
            continue;
        const QString external = NetworkXml::bridgeName(r.externalNetworkId);
        RouterNat rn;
        rn.routerId = r.id;
        rn.externalBridge = external;
        rn.gatewayIp = firstIpv4(r.externalFixedIps);
        rn.snat = r.enableSnat;
        QStringList tenantBridges;
        for (const RouterInterface &i : r.interfaces) {
            const QString networkId = networkOfSubnet.value(i.subnetId);
            const NetworkLayout *layout = routed.value(networkId);
            if (!layout)
                continue; // not on this host, or not routed
            tenantBridges.append(NetworkXml::bridgeName(networkId));
            for (const Subnet &s : layout->subnets)
                if (s.id == i.subnetId && s.ipVersion == 4)
                    if (const QString c = ipv4Cidr(s.cidr); !c.isEmpty() && !rn.subnets.contains(c))
                        rn.subnets.append(c);
        }
        if (tenantBridges.isEmpty() || rn.gatewayIp.isEmpty())
            continue; // none of its networks runs here: another host NATs them
        rn.subnets.sort();
        for (const QString &b : tenantBridges) {
            allowedFrom[b] += QSet<QString>(tenantBridges.cbegin(), tenantBridges.cend());
            allowedFrom[external].insert(b);
        }
        routerIds.insert(r.id);
        nat.routers.append(rn);
    }
    std::sort(nat.routers.begin(), nat.routers.end(),
              [](const RouterNat &a, const RouterNat &b) { return a.routerId < b.routerId; });

    for (const NetworkLayout *l : std::as_const(routed)) {
        RoutedNetwork n;
        n.bridge = NetworkXml::bridgeName(l->network.id);
        n.subnets = routedSubnets(*l);
        n.external = l->network.external;
        QSet<QString> from = allowedFrom.value(n.bridge);
        from.insert(n.bridge);
        n.allowedFrom = QStringList(from.cbegin(), from.cend());
        n.allowedFrom.sort();
        nat.networks.append(n);
    }
    std::sort(nat.networks.begin(), nat.networks.end(),
              [](const RoutedNetwork &a, const RoutedNetwork &b) { return a.bridge < b.bridge; });

    QHash<QString, QString> externalOfRouter;
    for (const RouterNat &r : std::as_const(nat.routers))
        externalOfRouter.insert(r.routerId, r.externalBridge);
    for (const FloatingIp &f : model.floatingIps) {
        if (f.portId.isEmpty() || f.hostId != hostId || !routerIds.contains(f.routerId))
            continue;
        const QString floating = ipv4(f.floatingIpAddress);
        const QString fixed = ipv4(f.fixedIpAddress);
        if (floating.isEmpty() || fixed.isEmpty())
            continue;
        nat.floatingIps.append({f.id, floating, fixed, externalOfRouter.value(f.routerId)});
    }
    std::sort(nat.floatingIps.begin(), nat.floatingIps.end(), [](const FloatingNat &a, const FloatingNat &b) {
        return IpAddress::parse(a.floatingIp)->key() < IpAddress::parse(b.floatingIp)->key();
    });
    return nat;
}

} // namespace sd
