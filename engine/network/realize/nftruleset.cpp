#include "nftruleset.h"

#include <QStringList>

namespace sd {

namespace {

// Interfaces StackDesk made: every libvirt network it defines has a bridge named sdbr-<id>.
constexpr const char *kOurBridges = "\"sdbr-*\"";

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString nameSet(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << quoted(n);
    return q.size() == 1 ? q.first() : QStringLiteral("{ %1 }").arg(q.join(QStringLiteral(", ")));
}

void chain(QStringList &out, const char *name, const char *hook, const QStringList &rules)
{
    out << QStringLiteral("\tchain %1 {").arg(QLatin1String(name));
    out << QStringLiteral("\t\t%1; policy accept;").arg(QLatin1String(hook));
    for (const QString &r : rules)
        out << QStringLiteral("\t\t") + r;
    out << QStringLiteral("\t}");
}

QStringList dnat(const NatPlan &plan)
{
    QStringList rules;
    for (const FloatingNat &f : plan.floatingIps)
        rules << QStringLiteral("ip daddr %1 dnat to %2").arg(f.floatingIp, f.fixedIp);
    return rules;
}

QStringList snat(const NatPlan &plan)
{
    // Never NAT what stays on a link: multicast and broadcast (libvirt's NAT mode leaves them alone too).
    QStringList rules{QStringLiteral("ip daddr { 224.0.0.0/24, 255.255.255.255 } return")};
    // A floating IP before its router: an instance with one is seen under it on the external network.
    for (const FloatingNat &f : plan.floatingIps)
        rules << QStringLiteral("ip saddr %1 oifname %2 snat to %3")
                     .arg(f.fixedIp, quoted(f.externalBridge), f.floatingIp);
    for (const RouterNat &r : plan.routers) {
        if (!r.snat)
            continue;
        for (const QString &s : r.subnets) {
            rules << QStringLiteral("ip saddr %1 oifname %2 snat to %3")
                         .arg(s, quoted(r.externalBridge), r.gatewayIp);
            // Beyond the host (its uplink) the external network itself is masqueraded: so are its routers.
            rules
                << QStringLiteral("ip saddr %1 oifname != %2 masquerade").arg(s, QLatin1String(kOurBridges));
        }
    }
    // What libvirt's NAT mode did for the external network, which now runs in route mode.
    for (const RoutedNetwork &n : plan.networks)
        if (n.external)
            for (const QString &s : n.subnets)
                rules << QStringLiteral("ip saddr %1 oifname != %2 masquerade")
                             .arg(s, QLatin1String(kOurBridges));
    return rules;
}

QStringList forward(const NatPlan &plan)
{
    // libvirt's route mode lets anything reach the network: keep what its NAT mode allowed (replies, and
    // here the router's own networks) plus the floating IPs' DNAT, and refuse the rest like libvirt does.
    QStringList rules;
    for (const RoutedNetwork &n : plan.networks) {
        const QString out = QStringLiteral("oifname ") + quoted(n.bridge);
        rules << out + QStringLiteral(" ct state established,related accept");
        if (!n.external)
            rules << out + QStringLiteral(" ct status dnat accept");
        rules << out + QStringLiteral(" iifname ") + nameSet(n.allowedFrom) + QStringLiteral(" accept");
        rules << out + QStringLiteral(" reject");
    }
    return rules;
}

QStringList input(const NatPlan &plan)
{
    // A router's gateway address is the host's own on the external bridge: it answers ping, as Neutron's
    // does, but must not open the host's services to the external network.
    QStringList rules;
    for (const RouterNat &r : plan.routers) {
        const QString to = QStringLiteral("ip daddr ") + r.gatewayIp;
        rules << to + QStringLiteral(" icmp type echo-request accept");
        rules << to + QStringLiteral(" ct state established,related accept");
        rules << to + QStringLiteral(" drop");
    }
    return rules;
}

} // namespace

QString NftRuleset::write(const NatPlan &plan)
{
    const QString table = QStringLiteral("table ip ") + QLatin1String(kTable);
    QStringList out{table, QStringLiteral("delete ") + table};
    if (!plan.networks.isEmpty() || !plan.routers.isEmpty() || !plan.floatingIps.isEmpty()) {
        out << table + QStringLiteral(" {");
        chain(out, "prerouting", "type nat hook prerouting priority dstnat", dnat(plan));
        // The host's own connections to a floating IP (nft allows no "dstnat" keyword on output).
        chain(out, "output", "type nat hook output priority -100", dnat(plan));
        chain(out, "postrouting", "type nat hook postrouting priority srcnat", snat(plan));
        chain(out, "forward", "type filter hook forward priority filter", forward(plan));
        chain(out, "input", "type filter hook input priority filter", input(plan));
        out << QStringLiteral("}");
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sd
