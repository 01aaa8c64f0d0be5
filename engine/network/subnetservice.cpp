#include "subnetservice.h"

#include "core/ids.h"
#include "identity/policy.h"
#include "networkrepository.h"
#include "networkscope.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

namespace {

Result<void> writeDetails(QSqlDatabase &db, const Subnet &s)
{
    for (const char *table : {"subnet_pools", "subnet_dns", "subnet_routes"})
        if (auto e = execSql(db, QStringLiteral("DELETE FROM %1 WHERE subnet_id = ?").arg(QLatin1String(table)), {s.id}); !e)
            return e;
    for (int i = 0; i < s.allocationPools.size(); ++i)
        if (auto e = execSql(db, QStringLiteral("INSERT INTO subnet_pools (subnet_id, position, start_ip, end_ip) VALUES (?,?,?,?)"),
                             {s.id, i, s.allocationPools[i].start, s.allocationPools[i].end});
            !e)
            return e;
    for (int i = 0; i < s.dnsNameservers.size(); ++i)
        if (auto e = execSql(db, QStringLiteral("INSERT INTO subnet_dns (subnet_id, position, address) VALUES (?,?,?)"),
                             {s.id, i, s.dnsNameservers[i]});
            !e)
            return e;
    for (int i = 0; i < s.hostRoutes.size(); ++i)
        if (auto e = execSql(db, QStringLiteral("INSERT INTO subnet_routes (subnet_id, position, destination, nexthop) "
                                                "VALUES (?,?,?,?)"),
                             {s.id, i, s.hostRoutes[i].destination, s.hostRoutes[i].nexthop});
            !e)
            return e;
    return {};
}

SubnetSpec specOf(const Subnet &s)
{
    SubnetSpec spec;
    spec.name = s.name;
    spec.description = s.description;
    spec.network = s.networkId;
    spec.cidr = s.cidr;
    spec.ipVersion = s.ipVersion;
    spec.gatewayIp = s.gatewayIp;
    spec.noGateway = s.gatewayIp.isEmpty();
    spec.enableDhcp = s.enableDhcp;
    spec.allocationPools = s.allocationPools;
    spec.dnsNameservers = s.dnsNameservers;
    spec.hostRoutes = s.hostRoutes;
    return spec;
}

} // namespace

SubnetService::SubnetService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas, QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_quotas(quotas), m_repo(std::make_unique<NetworkRepository>(db))
{
    m_quotas->registerUsageCounter(QStringLiteral("subnets"), [](QSqlDatabase &db, const QString &project) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM subnets WHERE project_id = ?"), {project});
    });
}

SubnetService::~SubnetService() = default;

Result<QList<Subnet>> SubnetService::list(const RequestContext &ctx, const QString &network) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("subnet:list")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QString networkId;
    if (!network.isEmpty()) {
        QList<Network> found;
        for (const QString &id : NetworkRepository::idsByNameOrId(db, "networks", network))
            if (auto n = NetworkRepository::network(db, id);
                n && NetworkScope::visible(ctx, n->projectId, n->shared || n->external))
                found.append(*n);
        auto picked = NetworkScope::pick(found, tr("Network"), network);
        if (!picked)
            return picked.error();
        networkId = picked->id;
    }
    QList<Subnet> result;
    const QList<Network> networks = NetworkRepository::networks(db);
    for (const Subnet &s : NetworkRepository::subnets(db)) {
        if (!networkId.isEmpty() && s.networkId != networkId)
            continue;
        const auto n = std::find_if(networks.cbegin(), networks.cend(), [&](const Network &x) { return x.id == s.networkId; });
        if (n != networks.cend() && NetworkScope::visible(ctx, s.projectId, n->shared || n->external))
            result.append(s);
    }
    return result;
}

Result<Subnet> SubnetService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("subnet:show")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QList<Subnet> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "subnets", nameOrId)) {
        auto s = NetworkRepository::subnet(db, id);
        auto n = s ? NetworkRepository::network(db, s->networkId) : std::nullopt;
        if (s && n && NetworkScope::visible(ctx, s->projectId, n->shared || n->external))
            found.append(*s);
    }
    return NetworkScope::pick(found, tr("Subnet"), nameOrId);
}

Result<Subnet> SubnetService::editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const
{
    auto subnet = show(ctx, nameOrId);
    if (!subnet)
        return subnet.error();
    if (auto p = m_policy->check(ctx, action, subnet->projectId); !p)
        return makeError(ErrorCode::Forbidden,
                         tr("Subnet %1 belongs to another project; only its members or an admin may change it")
                             .arg(subnet->name.isEmpty() ? subnet->cidr : subnet->name));
    return subnet;
}

Result<Subnet> SubnetService::reloaded(const QString &id)
{
    QSqlDatabase db = m_repo->connection();
    auto subnet = NetworkRepository::subnet(db, id);
    if (!subnet)
        return makeError(ErrorCode::NotFound, tr("Subnet %1: not found").arg(id));
    emit subnetChanged(id);
    return *subnet;
}

Result<Subnet> SubnetService::create(const RequestContext &ctx, const SubnetSpec &spec)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("subnet:create")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QList<Network> candidates;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "networks", spec.network))
        if (auto n = NetworkRepository::network(db, id); n && NetworkScope::visible(ctx, n->projectId, n->shared || n->external))
            candidates.append(*n);
    auto network = NetworkScope::pick(candidates, tr("Network"), spec.network);
    if (!network)
        return network.error();
    // Subnets are the network owner's to add (an admin's for shared and external networks of admin).
    if (auto p = m_policy->check(ctx, QStringLiteral("subnet:create"), network->projectId); !p)
        return makeError(ErrorCode::Forbidden,
                         tr("Network %1 belongs to project %2; only its members or an admin may add subnets")
                             .arg(network->name, network->projectName));
    Subnet subnet;
    return audited(m_log, ctx, QStringLiteral("subnet.create"), QStringLiteral("subnet"), spec.name.isEmpty() ? spec.cidr : spec.name,
                   [&]() -> Result<Subnet> {
                       auto r = m_db->transaction([&](QSqlDatabase &tx) -> Result<void> {
                           auto resolved = resolve(spec, NetworkRepository::subnets(tx, QStringLiteral("WHERE s.network_id = ?"),
                                                                                   {network->id}));
                           if (!resolved)
                               return resolved.error();
                           subnet = *resolved;
                           subnet.id = newId();
                           subnet.networkId = network->id;
                           subnet.projectId = network->projectId;
                           if (auto q = m_quotas->check(tx, subnet.projectId, {{QStringLiteral("subnets"), 1}}); !q)
                               return q;
                           const QString now = nowText();
                           if (auto e = execSql(tx,
                                                QStringLiteral("INSERT INTO subnets (id, name, description, network_id, "
                                                               "project_id, ip_version, cidr, gateway_ip, enable_dhcp, "
                                                               "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                                                {subnet.id, subnet.name, subnet.description, subnet.networkId,
                                                 subnet.projectId, subnet.ipVersion, subnet.cidr, subnet.gatewayIp,
                                                 subnet.enableDhcp, now, now});
                               !e)
                               return e;
                           return writeDetails(tx, subnet);
                       });
                       if (!r)
                           return r.error();
                       return reloaded(subnet.id);
                   });
}

Result<Subnet> SubnetService::update(const RequestContext &ctx, const QString &nameOrId, const SubnetUpdate &change)
{
    auto found = editable(ctx, nameOrId, QStringLiteral("subnet:update"));
    if (!found)
        return found.error();
    SubnetSpec spec = specOf(*found);
    if (change.name)
        spec.name = *change.name;
    if (change.description)
        spec.description = *change.description;
    if (change.noGateway) {
        spec.noGateway = true;
        spec.gatewayIp.clear();
    } else if (change.gatewayIp) {
        spec.noGateway = false;
        spec.gatewayIp = *change.gatewayIp;
    }
    if (change.enableDhcp)
        spec.enableDhcp = *change.enableDhcp;
    if (change.dnsNameservers)
        spec.dnsNameservers = *change.dnsNameservers;
    if (change.hostRoutes)
        spec.hostRoutes = *change.hostRoutes;
    if (change.allocationPools)
        spec.allocationPools = *change.allocationPools;
    const QString label = found->name.isEmpty() ? found->cidr : found->name;
    return audited(m_log, ctx, QStringLiteral("subnet.update"), QStringLiteral("subnet"), label,
                   [&]() -> Result<Subnet> {
                       auto r = m_db->transaction([&](QSqlDatabase &tx) -> Result<void> {
                           QList<Subnet> siblings = NetworkRepository::subnets(
                               tx, QStringLiteral("WHERE s.network_id = ? AND s.id <> ?"), {found->networkId, found->id});
                           auto resolved = resolve(spec, siblings);
                           if (!resolved)
                               return resolved.error();
                           Subnet s = *resolved;
                           s.id = found->id;
                           if (s.gatewayIp != found->gatewayIp && !s.gatewayIp.isEmpty()) {
                               QSqlQuery q(tx);
                               q.prepare(QStringLiteral("SELECT port_id FROM ip_allocations WHERE subnet_id = ? AND ip_address = ?"));
                               bindValues(q, {s.id, s.gatewayIp});
                               if (q.exec() && q.next())
                                   return makeError(ErrorCode::Conflict, tr("Gateway %1 is already held by port %2")
                                                                             .arg(s.gatewayIp, q.value(0).toString()));
                           }
                           if (auto e = execSql(tx,
                                                QStringLiteral("UPDATE subnets SET name = ?, description = ?, gateway_ip = ?, "
                                                               "enable_dhcp = ?, updated_at = ? WHERE id = ?"),
                                                {s.name, s.description, s.gatewayIp, s.enableDhcp, nowText(), s.id});
                               !e)
                               return e;
                           return writeDetails(tx, s);
                       });
                       if (!r)
                           return r.error();
                       return reloaded(found->id);
                   });
}

Result<void> SubnetService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    auto subnet = editable(ctx, nameOrId, QStringLiteral("subnet:delete"));
    if (!subnet)
        return subnet.error();
    const QString label = subnet->name.isEmpty() ? subnet->cidr : subnet->name;
    return audited(m_log, ctx, QStringLiteral("subnet.delete"), QStringLiteral("subnet"), label, [&]() -> Result<void> {
        auto r = m_db->transaction([&](QSqlDatabase &tx) -> Result<void> {
            QSqlQuery q(tx);
            q.prepare(QStringLiteral("SELECT p.id, p.name, p.device_owner, a.ip_address FROM ip_allocations a "
                                     "JOIN ports p ON p.id = a.port_id WHERE a.subnet_id = ? ORDER BY a.ip_key"));
            bindValues(q, {subnet->id});
            q.exec();
            QStringList holders;
            while (q.next())
                holders << QStringLiteral("%1 (%2)").arg(q.value(1).toString().isEmpty() ? q.value(0).toString()
                                                                                          : q.value(1).toString(),
                                                         q.value(3).toString());
            if (!holders.isEmpty())
                return makeError(ErrorCode::Conflict, tr("Subnet %1 still has addresses in use by ports %2; delete them "
                                                         "or remove the router interface first")
                                                          .arg(label, holders.join(QStringLiteral(", "))));
            return execSql(tx, QStringLiteral("DELETE FROM subnets WHERE id = ?"), {subnet->id});
        });
        if (!r)
            return r;
        emit subnetRemoved(subnet->id);
        return {};
    });
}

} // namespace sd
