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

NetworkLayout HostPlanner::layoutOf(const ModelSnapshot &model, const Network &network)
{
    NetworkLayout layout;
    layout.network = network;
    QSet<QString> subnetIds;
    for (const Subnet &s : model.subnets)
        if (s.networkId == network.id) {
            layout.subnets.append(s);
            subnetIds.insert(s.id);
        }
    // Every port of the network, bound or not: the entry must be in dnsmasq before the guest first asks,
    // and an entry for a guest on another host is never asked for.
    for (const Port &p : model.ports)
        if (p.networkId == network.id)
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
        NetworkLayout layout = layoutOf(model, *n);
        layout.hostNat = plan.realizeNat;
        plan.networks.append({n->id, NetworkXml::networkName(n->id), NetworkXml::write(layout)});
        for (const QString &note : NetworkXml::limitations(layout))
            plan.notes.append(note);
        layouts.append(layout);
    }
    if (plan.realizeNat)
        plan.nat = NatPlanner::plan(model, host.record.id, layouts);

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
    if (!plan.enforceFilters) {
        plan.notes.append(securityGroupEnforcement(host));
        return plan;
    }
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
