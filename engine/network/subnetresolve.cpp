// SubnetService::resolve: every check a subnet needs on its own and against its network's other subnets,
// with the defaults filled in. Static and store-free, so the Create Network wizard validates as the user
// types with the very rules the engine applies.

#include "ipnet.h"
#include "subnetservice.h"

namespace sd {

namespace {

struct PoolRange
{
    AllocationPool text;
    IpAddress first;
    IpAddress last;
};

QString poolText(const AllocationPool &p)
{
    return QStringLiteral("%1-%2").arg(p.start, p.end);
}

} // namespace

Result<Subnet> SubnetService::resolve(const SubnetSpec &spec, const QList<Subnet> &siblings)
{
    Subnet s;
    s.name = spec.name.trimmed();
    if (s.name.size() > 255)
        return makeError(ErrorCode::BadRequest, tr("Subnet name: at most 255 characters"));
    s.description = spec.description;
    s.enableDhcp = spec.enableDhcp;
    if (spec.cidr.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Subnet: give the network address in CIDR form, such as 10.0.0.0/24"));
    const auto net = IpNetwork::parse(spec.cidr, tr("Subnet"));
    if (!net)
        return net.error();
    if (spec.ipVersion != 0 && spec.ipVersion != net->version())
        return makeError(ErrorCode::BadRequest, tr("Subnet %1 is IPv%2, not IPv%3")
                                                    .arg(net->toString()).arg(net->version()).arg(spec.ipVersion));
    const int maxPrefix = net->version() == 4 ? 30 : 126;
    if (net->prefix > maxPrefix)
        return makeError(ErrorCode::BadRequest,
                         tr("Subnet %1: too small for a gateway and addresses; use a prefix of at most /%2")
                             .arg(net->toString()).arg(maxPrefix));
    s.cidr = net->toString();
    s.ipVersion = net->version();
    // The addresses no one may hold: the network address and, in IPv4, the broadcast address.
    IpAddress firstHost = net->first();
    firstHost.value += 1;
    IpAddress lastHost = net->last();
    if (net->version() == 4)
        lastHost.value -= 1;
    const auto usable = [&](const IpAddress &ip) { return !(ip < firstHost) && !(lastHost < ip); };

    if (!spec.noGateway) {
        if (spec.gatewayIp.trimmed().isEmpty()) {
            s.gatewayIp = firstHost.toString();
        } else {
            const auto gw = IpAddress::parse(spec.gatewayIp);
            if (!gw)
                return makeError(ErrorCode::BadRequest, tr("Gateway '%1': not an IP address").arg(spec.gatewayIp));
            if (!net->contains(*gw))
                return makeError(ErrorCode::BadRequest,
                                 tr("Gateway %1 is outside subnet %2").arg(gw->toString(), s.cidr));
            if (!usable(*gw))
                return makeError(ErrorCode::BadRequest, tr("Gateway %1 is the network or broadcast address of subnet %2")
                                                            .arg(gw->toString(), s.cidr));
            s.gatewayIp = gw->toString();
        }
    }
    const auto gateway = IpAddress::parse(s.gatewayIp);

    QList<PoolRange> pools;
    for (const AllocationPool &p : spec.allocationPools) {
        const auto a = IpAddress::parse(p.start);
        const auto b = IpAddress::parse(p.end);
        if (!a || !b)
            return makeError(ErrorCode::BadRequest, tr("Allocation pool %1: '%2' is not an IP address")
                                                        .arg(poolText(p), !a ? p.start : p.end));
        if (b->value < a->value)
            return makeError(ErrorCode::BadRequest, tr("Allocation pool %1: the start is after the end").arg(poolText(p)));
        if (!net->contains(*a) || !net->contains(*b) || !usable(*a) || !usable(*b))
            return makeError(ErrorCode::BadRequest,
                             tr("Allocation pool %1 is outside subnet %2 (usable addresses %3-%4)")
                                 .arg(poolText(p), s.cidr, firstHost.toString(), lastHost.toString()));
        if (gateway && !(gateway->value < a->value) && !(b->value < gateway->value))
            return makeError(ErrorCode::BadRequest,
                             tr("Gateway %1 is inside allocation pool %2").arg(s.gatewayIp, poolText(p)));
        for (const PoolRange &other : pools)
            if (!(b->value < other.first.value) && !(other.last.value < a->value))
                return makeError(ErrorCode::BadRequest, tr("Allocation pools %1 and %2 overlap")
                                                            .arg(poolText(other.text), poolText(p)));
        pools.append({{a->toString(), b->toString()}, *a, *b});
    }
    if (pools.isEmpty()) {
        // The whole subnet but the gateway, split round it.
        if (gateway && gateway->value > firstHost.value) {
            IpAddress before = *gateway;
            before.value -= 1;
            s.allocationPools.append({firstHost.toString(), before.toString()});
        }
        IpAddress from = firstHost;
        if (gateway && !(gateway->value < firstHost.value))
            from.value = gateway->value + 1;
        if (!(lastHost < from))
            s.allocationPools.append({from.toString(), lastHost.toString()});
    } else {
        for (const PoolRange &p : pools)
            s.allocationPools.append(p.text);
    }

    if (spec.dnsNameservers.size() > 5)
        return makeError(ErrorCode::BadRequest, tr("DNS name servers: at most 5 (%1 given)").arg(spec.dnsNameservers.size()));
    for (const QString &dns : spec.dnsNameservers) {
        const auto ip = IpAddress::parse(dns);
        if (!ip)
            return makeError(ErrorCode::BadRequest, tr("DNS name server '%1': not an IP address").arg(dns));
        s.dnsNameservers.append(ip->toString());
    }
    for (const HostRoute &route : spec.hostRoutes) {
        const auto dest = IpNetwork::parse(route.destination, tr("Host route destination"));
        if (!dest)
            return dest.error();
        const auto hop = IpAddress::parse(route.nexthop);
        if (!hop)
            return makeError(ErrorCode::BadRequest,
                             tr("Host route %1: next hop '%2' is not an IP address").arg(route.destination, route.nexthop));
        if (dest->version() != net->version() || hop->version != net->version())
            return makeError(ErrorCode::BadRequest, tr("Host route %1 via %2: not IPv%3 like the subnet")
                                                        .arg(route.destination, route.nexthop).arg(net->version()));
        s.hostRoutes.append({dest->toString(), hop->toString()});
    }
    for (const Subnet &sibling : siblings) {
        const auto other = IpNetwork::parse(sibling.cidr, tr("Subnet"));
        if (other && other->overlaps(*net) && sibling.id != s.id)
            return makeError(ErrorCode::Conflict,
                             tr("Subnet %1 overlaps subnet %2 (%3) on the same network")
                                 .arg(s.cidr, sibling.name.isEmpty() ? sibling.id : sibling.name, sibling.cidr));
    }
    return s;
}

} // namespace sd
