#include "hostplanner.h"

#include "natplanner.h"

#include <algorithm>

namespace sd {

namespace {

// The external networks of the routers that connect these networks: where their gateways and floating IPs
// live on the host.
QSet<QString> externalNetworksOf(const ModelSnapshot &model, const QSet<QString> &networkIds)
{
    QSet<QString> externals;
    QSet<QString> subnetIds;
    for (const Subnet &s : model.subnets)
        if (networkIds.contains(s.networkId))
            subnetIds.insert(s.id);
    for (const Router &r : model.routers) {
        if (r.externalNetworkId.isEmpty() || !r.adminStateUp)
            continue;
        for (const RouterInterface &i : r.interfaces)
            if (subnetIds.contains(i.subnetId))
                externals.insert(r.externalNetworkId);
    }
    return externals;
}

} // namespace

bool HostPlanner::servedEverywhere(const Port &port)
{
    // An instance's port without a host is waiting for its bind (a build, an unshelve): it is served where
    // it is bound, and adding it everywhere first would only be taken back at the bind.
    return port.hostId.isEmpty() && !port.deviceOwner.startsWith(QLatin1String("compute:"));
}

bool HostPlanner::servedOn(const Port &port, const QString &hostId)
{
    return port.hostId == hostId || servedEverywhere(port);
}

NetworkLayout HostPlanner::layoutOf(const ModelSnapshot &model, const Network &network, const QString &hostId)
{
    NetworkLayout layout;
    layout.network = network;
    QSet<QString> subnetIds;
    for (const Subnet &s : model.subnets)
        if (s.networkId == network.id) {
            layout.subnets.append(s);
            subnetIds.insert(s.id);
        }
    // The ports bound here, and those bound nowhere: an entry must be in dnsmasq before the guest first
    // asks, and a port's bind (before its guest starts) adds it where it lands. A port bound to another
    // host is left out: its guest's DHCP request never reaches this host's bridge, and dnsmasq answers
    // known MACs only (dhcp-ignore=tag:!known), so its entry reserved nothing. Keeping every port on every
    // host made each launch rewrite the network on every host that has it (a virNetworkUpdate per host,
    // each costing libvirt a copy of the whole network), which grew with hosts x ports.
    for (const Port &p : model.ports)
        if (p.networkId == network.id && servedOn(p, hostId))
            layout.ports.append(p);
    for (const Router &r : model.routers) {
        if (r.externalNetworkId.isEmpty() || !r.adminStateUp)
            continue;
        for (const RouterInterface &i : r.interfaces)
            if (subnetIds.contains(i.subnetId))
                layout.routedToExternal = true;
    }
    return layout;
}

QHash<QString, QStringList> HostPlanner::memberIps(const ModelSnapshot &model)
{
    QHash<QString, QStringList> ips;
    for (const Port &p : model.ports)
        for (const QString &group : p.securityGroupIds)
            for (const FixedIp &ip : p.fixedIps)
                ips[group].append(ip.ipAddress);
    for (auto it = ips.begin(); it != ips.end(); ++it) {
        std::sort(it->begin(), it->end());
        it->removeDuplicates();
    }
    return ips;
}

bool HostPlanner::enforcesFilters(const HostInfo &host)
{
    return host.kind != HostKind::Simulated && host.facts.capabilities.nwfilter;
}

QString HostPlanner::securityGroupEnforcement(const HostInfo &host)
{
    if (host.kind == HostKind::Simulated)
        return tr("simulated host: security groups are modelled, not enforced");
    if (!host.facts.capabilities.nwfilter)
        return tr("host %1 has no libvirt nwfilter driver: security groups are modelled, not enforced")
            .arg(host.record.name);
    return tr("security groups are enforced by libvirt network filters on host %1").arg(host.record.name);
}

bool HostPlanner::realizesNat(const HostInfo &host)
{
    return host.kind == HostKind::Local && host.facts.capabilities.floatingIpNat;
}

QString HostPlanner::floatingIpNatProblem(const HostInfo &host)
{
    if (realizesNat(host))
        return {};
    QString why = host.facts.natProblem;
    // Simulated and remote hosts are refused for what they are (NatProbe runs no command for them); a
    // local host is probed at connect.
    if (why.isEmpty())
        why = host.kind == HostKind::Local ? tr("its NAT support is checked when it connects")
                                           : NatProbe::problem(host.kind, host.record.uri);
    switch (host.kind) {
    case HostKind::Simulated:
        return tr("simulated host %1: %2").arg(host.record.name, why);
    case HostKind::Remote:
        return tr("remote host %1: %2").arg(host.record.name, why);
    case HostKind::Local:
        break;
    }
    return tr("host %1: %2").arg(host.record.name, why);
}

QString HostPlanner::floatingIpRealization(const HostInfo &host)
{
    if (realizesNat(host))
        return tr("floating IPs are NATed by nftables on host %1 (table ip stackdesk)").arg(host.record.name);
    return tr("modelled only: %1").arg(floatingIpNatProblem(host));
}

HostPlan HostPlanner::plan(const ModelSnapshot &model, const HostInfo &host,
                           const QSet<QString> &requestedNetworks)
{
    HostPlan plan;
    plan.hostId = host.record.id;
    plan.hostName = host.record.name;
    plan.kind = host.kind;
    plan.enforceFilters = enforcesFilters(host);
    plan.realizeNat = realizesNat(host);
    plan.uri = host.record.uri;

    QList<const Port *> bound;
    QSet<QString> networkIds = requestedNetworks;
    for (const Port &p : model.ports)
        if (p.hostId == host.record.id) {
            bound.append(&p);
            networkIds.insert(p.networkId);
        }
    if (plan.realizeNat)
        networkIds.unite(externalNetworksOf(model, networkIds));
    // Sorted by libvirt name, so two plans of one host compare equal when nothing changed.
    QList<const Network *> networks;
    for (const QString &id : std::as_const(networkIds))
        if (const Network *n = model.network(id))
            networks.append(n);
    std::sort(networks.begin(), networks.end(),
              [](const Network *a, const Network *b) { return a->id < b->id; });
    QList<NetworkLayout> layouts;
    for (const Network *n : std::as_const(networks)) {
        NetworkLayout layout = layoutOf(model, *n, host.record.id);
        layout.hostNat = plan.realizeNat;
        plan.networks.append({n->id, NetworkXml::networkName(n->id), NetworkXml::write(layout),
                              NetworkXml::write(layout, false), NetworkXml::dhcpHosts(layout)});
        for (const QString &note : NetworkXml::limitations(layout))
            plan.notes.append(note);
        layouts.append(layout);
    }
    if (plan.realizeNat)
        plan.nat = NatPlanner::plan(model, host.record.id, layouts);

    // Where filters are only modelled, knowing that a port would have one is enough (for the note): the
    // filter XML of every bound port would be written for nothing at each plan.
    if (!plan.enforceFilters) {
        if (std::any_of(bound.cbegin(), bound.cend(), [](const Port *p) { return p->portSecurityEnabled; }))
            plan.notes.append(securityGroupEnforcement(host));
        return plan;
    }
    QStringList groupIds;
    QList<FilterDefinition> portFilters;
    std::sort(bound.begin(), bound.end(), [](const Port *a, const Port *b) { return a->id < b->id; });
    for (const Port *p : std::as_const(bound)) {
        if (auto f = NwfilterXml::portFilter(*p)) {
            portFilters.append(*f);
            for (const QString &g : p->securityGroupIds)
                if (!groupIds.contains(g))
                    groupIds.append(g);
        }
    }
    if (portFilters.isEmpty())
        return plan;
    std::sort(groupIds.begin(), groupIds.end());
    plan.filters = NwfilterXml::baseFilters();
    const auto members = memberIps(model);
    for (const QString &g : std::as_const(groupIds)) {
        if (const SecurityGroup *group = model.group(g)) {
            plan.filters.append(NwfilterXml::groupFilter(*group, members, &plan.notes));
        } else {
            // A group that is gone still has to exist for the port filter that names it: an empty one
            // allows nothing, which is what a missing group means.
            SecurityGroup gone;
            gone.id = g;
            plan.filters.append(NwfilterXml::groupFilter(gone, members));
        }
    }
    plan.filters.append(portFilters);
    return plan;
}

} // namespace sd
