#include "networkservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "networkrepository.h"
#include "networkscope.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

NetworkService::NetworkService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                               QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_quotas(quotas), m_repo(std::make_unique<NetworkRepository>(db))
{
    m_quotas->registerUsageCounter(QStringLiteral("networks"), [](QSqlDatabase &db, const QString &project) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM networks WHERE project_id = ?"), {project});
    });
}

NetworkService::~NetworkService() = default;

Result<void> NetworkService::validateMtu(int mtu)
{
    // 68 is IPv4's minimum; 9216 the usual jumbo-frame maximum of Linux bridges.
    if (mtu < 68 || mtu > 9216)
        return makeError(ErrorCode::BadRequest, tr("MTU %1: must be 68 to 9216").arg(mtu));
    return {};
}

bool NetworkService::visibleTo(const RequestContext &ctx, const Network &network) const
{
    // External networks are seen by everyone (routers' gateways and floating IPs come from them).
    return NetworkScope::visible(ctx, network.projectId, network.shared || network.external);
}

Result<QList<Network>> NetworkService::list(const RequestContext &ctx, const NetworkFilter &filter) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("network:list")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QString projectId;
    if (!filter.project.isEmpty()) {
        const QStringList ids = NetworkRepository::idsByNameOrId(db, "projects", filter.project);
        if (ids.isEmpty())
            return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(filter.project));
        projectId = ids.first();
    }
    QList<Network> result;
    for (const Network &n : NetworkRepository::networks(db)) {
        if (!visibleTo(ctx, n) || (filter.external && n.external != *filter.external)
            || (!projectId.isEmpty() && n.projectId != projectId))
            continue;
        result.append(n);
    }
    return result;
}

Result<Network> NetworkService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("network:show")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QList<Network> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "networks", nameOrId))
        if (auto n = NetworkRepository::network(db, id); n && visibleTo(ctx, *n))
            found.append(*n);
    return NetworkScope::pick(found, tr("Network"), nameOrId);
}

Result<Network> NetworkService::editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const
{
    auto network = show(ctx, nameOrId);
    if (!network)
        return network.error();
    if (auto p = m_policy->check(ctx, action, network->projectId); !p)
        return makeError(ErrorCode::Forbidden, tr("Network %1 belongs to project %2; only its members or an admin "
                                                  "may change it")
                                                   .arg(network->name, network->projectName));
    return network;
}

Result<Network> NetworkService::reloaded(const QString &id)
{
    QSqlDatabase db = m_repo->connection();
    auto network = NetworkRepository::network(db, id);
    if (!network)
        return makeError(ErrorCode::NotFound, tr("Network %1: not found").arg(id));
    emit networkChanged(id);
    return *network;
}

Result<Network> NetworkService::create(const RequestContext &ctx, const NetworkSpec &spec)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("network:create")); !p)
        return p.error();
    if (spec.shared)
        if (auto p = m_policy->check(ctx, QStringLiteral("network:shared")); !p)
            return makeError(ErrorCode::Forbidden, tr("Network %1: only an admin may share a network").arg(spec.name));
    if (spec.external)
        if (auto p = m_policy->check(ctx, QStringLiteral("network:external")); !p)
            return makeError(ErrorCode::Forbidden,
                             tr("Network %1: only an admin may make an external network").arg(spec.name));
    auto name = checkedName(tr("Network name"), spec.name);
    if (!name)
        return name.error();
    if (auto m = validateMtu(spec.mtu); !m)
        return m.error();
    if (auto d = checkedText(tr("Description"), spec.description); !d)
        return d.error();
    Network network;
    network.id = newId();
    return audited(m_log, ctx, QStringLiteral("network.create"), QStringLiteral("network"), *name,
                   [&]() -> Result<Network> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           auto project = NetworkScope::targetProject(db, ctx, spec.project);
                           if (!project)
                               return project.error();
                           if (auto q = m_quotas->check(db, *project, {{QStringLiteral("networks"), 1}}); !q)
                               return q;
                           const QString now = nowText();
                           return execSql(db,
                                          QStringLiteral("INSERT INTO networks (id, name, description, project_id, "
                                                         "admin_state_up, shared, external, mtu, created_at, "
                                                         "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                          {network.id, *name, spec.description, *project, spec.adminStateUp,
                                           spec.shared, spec.external, spec.mtu, now, now});
                       });
                       if (!r)
                           return r.error();
                       return reloaded(network.id);
                   });
}

Result<Network> NetworkService::update(const RequestContext &ctx, const QString &nameOrId, const NetworkUpdate &change)
{
    auto found = editable(ctx, nameOrId, QStringLiteral("network:update"));
    if (!found)
        return found.error();
    Network n = *found;
    if (change.name) {
        auto name = checkedName(tr("Network name"), *change.name);
        if (!name)
            return name.error();
        n.name = *name;
    }
    if (change.description) {
        if (auto d = checkedText(tr("Description"), *change.description); !d)
            return d.error();
        n.description = *change.description;
    }
    if (change.mtu) {
        if (auto m = validateMtu(*change.mtu); !m)
            return m.error();
        n.mtu = *change.mtu;
    }
    if (change.shared && *change.shared != n.shared) {
        if (auto p = m_policy->check(ctx, QStringLiteral("network:shared")); !p)
            return makeError(ErrorCode::Forbidden, tr("Network %1: only an admin may share a network").arg(n.name));
        n.shared = *change.shared;
    }
    if (change.external && *change.external != n.external) {
        if (auto p = m_policy->check(ctx, QStringLiteral("network:external")); !p)
            return makeError(ErrorCode::Forbidden,
                             tr("Network %1: only an admin may make a network external").arg(n.name));
        n.external = *change.external;
    }
    n.adminStateUp = change.adminStateUp.value_or(n.adminStateUp);
    return audited(m_log, ctx, QStringLiteral("network.update"), QStringLiteral("network"), n.name,
                   [&]() -> Result<Network> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           if (!n.external) {
                               // A network routers or floating IPs hang on must stay external.
                               if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM routers WHERE external_network_id = ?"),
                                             {n.id}) + countRows(db, QStringLiteral("SELECT COUNT(*) FROM floating_ips WHERE floating_network_id = ?"), {n.id}) > 0)
                                   return makeError(ErrorCode::Conflict,
                                                    tr("Network %1 carries router gateways or floating IPs; it must "
                                                       "stay external")
                                                        .arg(n.name));
                           }
                           return execSql(db,
                                          QStringLiteral("UPDATE networks SET name = ?, description = ?, "
                                                         "admin_state_up = ?, shared = ?, external = ?, mtu = ?, "
                                                         "updated_at = ? WHERE id = ?"),
                                          {n.name, n.description, n.adminStateUp, n.shared, n.external, n.mtu,
                                           nowText(), n.id});
                       });
                       if (!r)
                           return r.error();
                       return reloaded(n.id);
                   });
}

Result<void> NetworkService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    auto network = editable(ctx, nameOrId, QStringLiteral("network:delete"));
    if (!network)
        return network.error();
    return audited(m_log, ctx, QStringLiteral("network.delete"), QStringLiteral("network"), network->name,
                   [&]() -> Result<void> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           const QList<Port> ports =
                               NetworkRepository::ports(db, QStringLiteral("WHERE p.network_id = ?"), {network->id});
                           QStringList inUse;
                           for (const Port &p : ports)
                               if (p.deviceOwner != DeviceOwner::Dhcp)
                                   inUse << (p.name.isEmpty() ? p.id : p.name)
                                                + (p.deviceOwner.isEmpty() ? QString()
                                                                           : QStringLiteral(" (%1)").arg(p.deviceOwner));
                           if (!inUse.isEmpty())
                               return makeError(ErrorCode::Conflict,
                                                tr("Network %1 has ports in use: %2; delete them (or remove the "
                                                   "router interfaces) first")
                                                    .arg(network->name, inUse.join(QStringLiteral(", "))));
                           if (auto e = execSql(db, QStringLiteral("DELETE FROM ports WHERE network_id = ?"), {network->id}); !e)
                               return e;
                           if (auto e = execSql(db, QStringLiteral("DELETE FROM ip_allocations WHERE subnet_id IN "
                                                                   "(SELECT id FROM subnets WHERE network_id = ?)"),
                                                {network->id});
                               !e)
                               return e;
                           return execSql(db, QStringLiteral("DELETE FROM networks WHERE id = ?"), {network->id});
                       });
                       if (!r)
                           return r;
                       emit networkRemoved(network->id);
                       return {};
                   });
}

} // namespace sd
