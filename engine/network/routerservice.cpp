#include "routerservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "ipnet.h"
#include "networkrepository.h"
#include "networkscope.h"
#include "portservice.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

namespace {

// The ports a change made or removed, to announce once the transaction has committed.
struct PortChanges
{
    QStringList changed;
    QStringList removed;
};

Result<Network> externalNetwork(QSqlDatabase &db, const RequestContext &ctx, const QString &nameOrId)
{
    QList<Network> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "networks", nameOrId))
        if (auto n = NetworkRepository::network(db, id); n && NetworkScope::visible(ctx, n->projectId, n->shared || n->external))
            found.append(*n);
    auto network = NetworkScope::pick(found, RouterService::tr("Network"), nameOrId);
    if (!network)
        return network.error();
    if (!network->external)
        return makeError(ErrorCode::BadRequest,
                         RouterService::tr("Network %1 is not external; a router's gateway must be on an external network")
                             .arg(network->name));
    return network;
}

Result<void> setGatewayIn(QSqlDatabase &db, const Router &router, const Network &network, PortChanges &changes)
{
    for (const Port &old : NetworkRepository::ports(db, QStringLiteral("WHERE p.device_id = ? AND p.device_owner = ?"),
                                                    {router.id, DeviceOwner::RouterGateway})) {
        if (auto e = PortService::removeIn(db, old.id); !e)
            return e;
        changes.removed << old.id;
    }
    PortSpec spec;
    spec.network = network.id;
    spec.deviceOwner = DeviceOwner::RouterGateway;
    spec.deviceId = router.id;
    spec.portSecurityEnabled = false;
    auto port = PortService::createIn(db, router.projectId, spec);
    if (!port)
        return makeError(port.error().code,
                         RouterService::tr("Router %1: no gateway on %2: %3").arg(router.name, network.name, port.error().message));
    changes.changed << port->id;
    return execSql(db, QStringLiteral("UPDATE routers SET external_network_id = ?, updated_at = ? WHERE id = ?"),
                   {network.id, nowText(), router.id});
}

} // namespace

RouterService::RouterService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas, QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_quotas(quotas), m_repo(std::make_unique<NetworkRepository>(db))
{
    m_quotas->registerUsageCounter(QStringLiteral("routers"), [](QSqlDatabase &db, const QString &project) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM routers WHERE project_id = ?"), {project});
    });
}

RouterService::~RouterService() = default;

Result<QList<Router>> RouterService::list(const RequestContext &ctx, const QString &project) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("router:list")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QString projectId;
    if (!project.isEmpty() && (projectId = idByNameOrId(db, "projects", project)).isEmpty())
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
    QList<Router> result;
    for (const Router &r : NetworkRepository::routers(db))
        if (NetworkScope::visible(ctx, r.projectId) && (projectId.isEmpty() || r.projectId == projectId))
            result.append(r);
    return result;
}

Result<Router> RouterService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("router:show")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QList<Router> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "routers", nameOrId))
        if (auto r = NetworkRepository::router(db, id); r && NetworkScope::visible(ctx, r->projectId))
            found.append(*r);
    return NetworkScope::pick(found, tr("Router"), nameOrId);
}

Result<Router> RouterService::editable(const RequestContext &ctx, const QString &nameOrId) const
{
    auto router = show(ctx, nameOrId);
    if (!router)
        return router.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("router:update"), router->projectId); !p)
        return p.error();
    return router;
}

Result<Router> RouterService::reloaded(const QString &id)
{
    QSqlDatabase db = m_repo->connection();
    auto router = NetworkRepository::router(db, id);
    if (!router)
        return makeError(ErrorCode::NotFound, tr("Router %1: not found").arg(id));
    emit routerChanged(id);
    return *router;
}

Result<Router> RouterService::create(const RequestContext &ctx, const RouterSpec &spec)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("router:create")); !p)
        return p.error();
    auto name = checkedName(tr("Router name"), spec.name);
    if (!name)
        return name.error();
    Router router;
    router.id = newId();
    router.name = *name;
    PortChanges changes;
    return audited(m_log, ctx, QStringLiteral("router.create"), QStringLiteral("router"), *name, [&]() -> Result<Router> {
        auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            auto project = NetworkScope::targetProject(db, ctx, spec.project);
            if (!project)
                return project.error();
            router.projectId = *project;
            if (auto q = m_quotas->check(db, *project, {{QStringLiteral("routers"), 1}}); !q)
                return q;
            const QString now = nowText();
            if (auto e = execSql(db,
                                 QStringLiteral("INSERT INTO routers (id, name, description, project_id, admin_state_up, "
                                                "created_at, updated_at) VALUES (?,?,?,?,?,?,?)"),
                                 {router.id, router.name, spec.description, *project, spec.adminStateUp, now, now});
                !e)
                return e;
            if (spec.externalNetwork.isEmpty())
                return {};
            auto network = externalNetwork(db, ctx, spec.externalNetwork);
            if (!network)
                return network.error();
            return setGatewayIn(db, router, *network, changes);
        });
        if (!r)
            return r.error();
        for (const QString &id : changes.changed)
            emit portChanged(id);
        return reloaded(router.id);
    });
}

Result<Router> RouterService::rename(const RequestContext &ctx, const QString &nameOrId, const QString &name,
                                     const QString &description)
{
    auto router = editable(ctx, nameOrId);
    if (!router)
        return router.error();
    auto checked = checkedName(tr("Router name"), name.isEmpty() ? router->name : name);
    if (!checked)
        return checked.error();
    if (auto d = checkedText(tr("Description"), description); !d)
        return d.error();
    return audited(m_log, ctx, QStringLiteral("router.update"), QStringLiteral("router"), router->name, [&]() -> Result<Router> {
        if (auto r = m_db->transaction([&](QSqlDatabase &db) {
                return execSql(db, QStringLiteral("UPDATE routers SET name = ?, description = ?, updated_at = ? WHERE id = ?"),
                               {*checked, description, nowText(), router->id});
            });
            !r)
            return r.error();
        return reloaded(router->id);
    });
}

Result<Router> RouterService::setAdminState(const RequestContext &ctx, const QString &nameOrId, bool up)
{
    auto router = editable(ctx, nameOrId);
    if (!router)
        return router.error();
    return audited(m_log, ctx, QStringLiteral("router.update"), QStringLiteral("router"), router->name, [&]() -> Result<Router> {
        if (auto r = m_db->transaction([&](QSqlDatabase &db) {
                return execSql(db, QStringLiteral("UPDATE routers SET admin_state_up = ?, updated_at = ? WHERE id = ?"),
                               {up, nowText(), router->id});
            });
            !r)
            return r.error();
        return reloaded(router->id);
    });
}

Result<Router> RouterService::setGateway(const RequestContext &ctx, const QString &nameOrId, const QString &network)
{
    auto router = editable(ctx, nameOrId);
    if (!router)
        return router.error();
    PortChanges changes;
    return audited(m_log, ctx, QStringLiteral("router.set_gateway"), QStringLiteral("router"), router->name,
                   [&]() -> Result<Router> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           auto external = externalNetwork(db, ctx, network);
                           if (!external)
                               return external.error();
                           if (router->externalNetworkId != external->id
                               && countRows(db, QStringLiteral("SELECT COUNT(*) FROM floating_ips WHERE router_id = ?"),
                                            {router->id}) > 0)
                               return makeError(ErrorCode::Conflict, tr("Router %1 carries floating IPs; disassociate "
                                                                        "them before moving its gateway")
                                                                         .arg(router->name));
                           return setGatewayIn(db, *router, *external, changes);
                       });
                       if (!r)
                           return r.error();
                       for (const QString &id : changes.removed)
                           emit portRemoved(id);
                       for (const QString &id : changes.changed)
                           emit portChanged(id);
                       return reloaded(router->id);
                   });
}

Result<Router> RouterService::clearGateway(const RequestContext &ctx, const QString &nameOrId)
{
    auto router = editable(ctx, nameOrId);
    if (!router)
        return router.error();
    if (router->externalNetworkId.isEmpty())
        return *router;
    QStringList removed;
    return audited(m_log, ctx, QStringLiteral("router.clear_gateway"), QStringLiteral("router"), router->name,
                   [&]() -> Result<Router> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM floating_ips WHERE router_id = ?"),
                                         {router->id}) > 0)
                               return makeError(ErrorCode::Conflict, tr("Router %1 carries floating IPs; disassociate "
                                                                        "them before clearing its gateway")
                                                                         .arg(router->name));
                           for (const Port &p : NetworkRepository::ports(
                                    db, QStringLiteral("WHERE p.device_id = ? AND p.device_owner = ?"),
                                    {router->id, DeviceOwner::RouterGateway})) {
                               if (auto e = PortService::removeIn(db, p.id); !e)
                                   return e;
                               removed << p.id;
                           }
                           return execSql(db, QStringLiteral("UPDATE routers SET external_network_id = NULL, updated_at = ? "
                                                             "WHERE id = ?"),
                                          {nowText(), router->id});
                       });
                       if (!r)
                           return r.error();
                       for (const QString &id : removed)
                           emit portRemoved(id);
                       return reloaded(router->id);
                   });
}

Result<Router> RouterService::addInterface(const RequestContext &ctx, const QString &nameOrId, const QString &subnet)
{
    auto router = editable(ctx, nameOrId);
    if (!router)
        return router.error();
    QString portId;
    return audited(m_log, ctx, QStringLiteral("router.add_interface"), QStringLiteral("router"), router->name,
                   [&]() -> Result<Router> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           QList<Subnet> found;
                           for (const QString &id : NetworkRepository::idsByNameOrId(db, "subnets", subnet))
                               if (auto s = NetworkRepository::subnet(db, id); s && NetworkScope::visible(ctx, s->projectId))
                                   found.append(*s);
                           auto s = NetworkScope::pick(found, tr("Subnet"), subnet);
                           if (!s)
                               return s.error();
                           const QString label = s->name.isEmpty() ? s->cidr : s->name;
                           auto network = NetworkRepository::network(db, s->networkId);
                           if (network->external)
                               return makeError(ErrorCode::BadRequest, tr("Subnet %1 is on external network %2; set it "
                                                                          "as the router's gateway instead")
                                                                           .arg(label, network->name));
                           if (s->gatewayIp.isEmpty())
                               return makeError(ErrorCode::BadRequest, tr("Subnet %1 has no gateway; a router interface "
                                                                          "takes the subnet's gateway address")
                                                                           .arg(label));
                           const auto mine = IpNetwork::parse(s->cidr, QString());
                           for (const RouterInterface &i : router->interfaces) {
                               if (i.subnetId == s->id)
                                   return makeError(ErrorCode::Conflict,
                                                    tr("Router %1 has an interface on subnet %2 already").arg(router->name, label));
                               auto other = NetworkRepository::subnet(db, i.subnetId);
                               auto otherNet = other ? IpNetwork::parse(other->cidr, QString()) : Result<IpNetwork>(Error{});
                               if (other && otherNet && mine && otherNet->overlaps(*mine))
                                   return makeError(ErrorCode::Conflict,
                                                    tr("Subnet %1 overlaps subnet %2 (%3), which router %4 connects already")
                                                        .arg(label, other->name, other->cidr, router->name));
                           }
                           PortSpec spec;
                           spec.network = s->networkId;
                           spec.fixedIps = {{s->id, s->gatewayIp}};
                           spec.deviceOwner = DeviceOwner::RouterInterface;
                           spec.deviceId = router->id;
                           spec.portSecurityEnabled = false;
                           auto port = PortService::createIn(db, router->projectId, spec);
                           if (!port)
                               return port.error();
                           portId = port->id;
                           return execSql(db, QStringLiteral("UPDATE routers SET updated_at = ? WHERE id = ?"),
                                          {nowText(), router->id});
                       });
                       if (!r)
                           return r.error();
                       emit portChanged(portId);
                       return reloaded(router->id);
                   });
}

Result<Router> RouterService::removeInterface(const RequestContext &ctx, const QString &nameOrId, const QString &subnet)
{
    auto router = editable(ctx, nameOrId);
    if (!router)
        return router.error();
    QString portId;
    return audited(m_log, ctx, QStringLiteral("router.remove_interface"), QStringLiteral("router"), router->name,
                   [&]() -> Result<Router> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           QSqlDatabase &tx = db;
                           const RouterInterface *match = nullptr;
                           for (const RouterInterface &i : router->interfaces) {
                               auto s = NetworkRepository::subnet(tx, i.subnetId);
                               if (i.subnetId == subnet || (s && (s->name == subnet || s->cidr == subnet)))
                                   match = &i;
                           }
                           if (!match)
                               return makeError(ErrorCode::NotFound,
                                                tr("Router %1 has no interface on subnet '%2'").arg(router->name, subnet));
                           auto s = NetworkRepository::subnet(tx, match->subnetId);
                           const auto net = IpNetwork::parse(s->cidr, QString());
                           QSqlQuery q(tx);
                           q.prepare(QStringLiteral("SELECT floating_ip_address, fixed_ip_address FROM floating_ips WHERE router_id = ?"));
                           bindValues(q, {router->id});
                           q.exec();
                           while (q.next()) {
                               const auto fixed = IpAddress::parse(q.value(1).toString());
                               if (fixed && net && net->contains(*fixed))
                                   return makeError(ErrorCode::Conflict,
                                                    tr("Floating IP %1 reaches %2 through this interface; disassociate it first")
                                                        .arg(q.value(0).toString(), q.value(1).toString()));
                           }
                           portId = match->portId;
                           return PortService::removeIn(tx, match->portId);
                       });
                       if (!r)
                           return r.error();
                       emit portRemoved(portId);
                       return reloaded(router->id);
                   });
}

Result<void> RouterService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    auto router = editable(ctx, nameOrId);
    if (!router)
        return router.error();
    if (!router->interfaces.isEmpty())
        return makeError(ErrorCode::Conflict, tr("Router %1 still has %n interface(s); remove them first", nullptr,
                                                 int(router->interfaces.size()))
                                                  .arg(router->name));
    QStringList removed;
    return audited(m_log, ctx, QStringLiteral("router.delete"), QStringLiteral("router"), router->name, [&]() -> Result<void> {
        auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM floating_ips WHERE router_id = ?"), {router->id}) > 0)
                return makeError(ErrorCode::Conflict, tr("Router %1 carries floating IPs; disassociate them first").arg(router->name));
            for (const Port &p : NetworkRepository::ports(db, QStringLiteral("WHERE p.device_id = ?"), {router->id})) {
                if (auto e = PortService::removeIn(db, p.id); !e)
                    return e;
                removed << p.id;
            }
            return execSql(db, QStringLiteral("DELETE FROM routers WHERE id = ?"), {router->id});
        });
        if (!r)
            return r;
        for (const QString &id : removed)
            emit portRemoved(id);
        emit routerRemoved(router->id);
        return {};
    });
}

} // namespace sd
