#include "floatingipservice.h"

#include "core/ids.h"
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

// Points the floating IP at a port's fixed IP, through the router that joins that IP's subnet to the
// floating IP's external network.
Result<void> associateIn(QSqlDatabase &db, const RequestContext &ctx, const FloatingIp &fip, const QString &portName,
                         const QString &fixedIp)
{
    QList<Port> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "ports", portName))
        if (auto p = NetworkRepository::port(db, id); p && NetworkScope::visible(ctx, p->projectId))
            found.append(*p);
    auto port = NetworkScope::pick(found, FloatingIpService::tr("Port"), portName);
    if (!port)
        return port.error();
    const QString portLabel = port->name.isEmpty() ? port->id : port->name;
    if (port->projectId != fip.projectId)
        return makeError(ErrorCode::Forbidden, FloatingIpService::tr("Port %1 belongs to another project than floating IP %2")
                                                   .arg(portLabel, fip.floatingIpAddress));
    if (port->deviceOwner.startsWith(QLatin1String("network:")))
        return makeError(ErrorCode::BadRequest, FloatingIpService::tr("Port %1 is a %2 port; floating IPs go to instance "
                                                                      "or user ports")
                                                    .arg(portLabel, port->deviceOwner));
    const FixedIp *chosen = nullptr;
    for (const FixedIp &f : port->fixedIps) {
        const auto ip = IpAddress::parse(f.ipAddress);
        if (fixedIp.isEmpty() ? (ip && ip->version == 4) : f.ipAddress == fixedIp) {
            chosen = &f;
            break;
        }
    }
    if (!chosen)
        return makeError(ErrorCode::BadRequest,
                         fixedIp.isEmpty() ? FloatingIpService::tr("Port %1 has no IPv4 address for a floating IP").arg(portLabel)
                                           : FloatingIpService::tr("Port %1 has no fixed IP %2").arg(portLabel, fixedIp));
    // The router that has a gateway on the floating network and an interface on the fixed IP's subnet.
    QString routerId;
    for (const Router &r : NetworkRepository::routers(db, QStringLiteral("WHERE r.external_network_id = ?"),
                                                      {fip.floatingNetworkId}))
        for (const RouterInterface &i : r.interfaces)
            if (i.subnetId == chosen->subnetId)
                routerId = r.id;
    if (routerId.isEmpty()) {
        auto subnet = NetworkRepository::subnet(db, chosen->subnetId);
        auto external = NetworkRepository::network(db, fip.floatingNetworkId);
        return makeError(ErrorCode::BadRequest,
                         FloatingIpService::tr("External network %1 cannot reach subnet %2: add an interface on it to a "
                                               "router whose gateway is on %1")
                             .arg(external ? external->name : fip.floatingNetworkId,
                                  subnet ? (subnet->name.isEmpty() ? subnet->cidr : subnet->name) : chosen->subnetId));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT floating_ip_address FROM floating_ips WHERE port_id = ? AND fixed_ip_address = ? AND id <> ?"));
    bindValues(q, {port->id, chosen->ipAddress, fip.id});
    if (q.exec() && q.next())
        return makeError(ErrorCode::Conflict, FloatingIpService::tr("Fixed IP %1 of port %2 has floating IP %3 already")
                                                  .arg(chosen->ipAddress, portLabel, q.value(0).toString()));
    return execSql(db,
                   QStringLiteral("UPDATE floating_ips SET port_id = ?, fixed_ip_address = ?, router_id = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   {port->id, chosen->ipAddress, routerId, nowText(), fip.id});
}

} // namespace

FloatingIpService::FloatingIpService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                                     QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_quotas(quotas), m_repo(std::make_unique<NetworkRepository>(db))
{
    m_quotas->registerUsageCounter(QStringLiteral("floating_ips"), [](QSqlDatabase &db, const QString &project) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM floating_ips WHERE project_id = ?"), {project});
    });
}

FloatingIpService::~FloatingIpService() = default;

Result<QList<FloatingIp>> FloatingIpService::list(const RequestContext &ctx, const QString &project) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("floating_ip:list")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QString projectId;
    if (!project.isEmpty() && (projectId = idByNameOrId(db, "projects", project)).isEmpty())
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
    QList<FloatingIp> result;
    for (const FloatingIp &f : NetworkRepository::floatingIps(db))
        if (NetworkScope::visible(ctx, f.projectId) && (projectId.isEmpty() || f.projectId == projectId))
            result.append(f);
    return result;
}

Result<FloatingIp> FloatingIpService::show(const RequestContext &ctx, const QString &idOrAddress) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("floating_ip:show")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QList<FloatingIp> found;
    for (const FloatingIp &f : NetworkRepository::floatingIps(db, QStringLiteral("WHERE f.id = ? OR f.floating_ip_address = ?"),
                                                              {idOrAddress, idOrAddress}))
        if (NetworkScope::visible(ctx, f.projectId))
            found.append(f);
    return NetworkScope::pick(found, tr("Floating IP"), idOrAddress);
}

Result<FloatingIp> FloatingIpService::editable(const RequestContext &ctx, const QString &idOrAddress) const
{
    auto fip = show(ctx, idOrAddress);
    if (!fip)
        return fip.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("floating_ip:update"), fip->projectId); !p)
        return p.error();
    return fip;
}

Result<FloatingIp> FloatingIpService::reloaded(const QString &id)
{
    QSqlDatabase db = m_repo->connection();
    auto fip = NetworkRepository::floatingIp(db, id);
    if (!fip)
        return makeError(ErrorCode::NotFound, tr("Floating IP %1: not found").arg(id));
    emit floatingIpChanged(id);
    return *fip;
}

Result<FloatingIp> FloatingIpService::create(const RequestContext &ctx, const FloatingIpSpec &spec)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("floating_ip:create")); !p)
        return p.error();
    if (spec.description.size() > 255)
        return makeError(ErrorCode::BadRequest, tr("Description: at most 255 characters"));
    FloatingIp fip;
    fip.id = newId();
    return audited(m_log, ctx, QStringLiteral("floating_ip.create"), QStringLiteral("floating_ip"), spec.network,
                   [&]() -> Result<FloatingIp> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           auto project = NetworkScope::targetProject(db, ctx, spec.project);
                           if (!project)
                               return project.error();
                           QList<Network> found;
                           for (const QString &id : NetworkRepository::idsByNameOrId(db, "networks", spec.network))
                               if (auto n = NetworkRepository::network(db, id);
                                   n && NetworkScope::visible(ctx, n->projectId, n->shared || n->external))
                                   found.append(*n);
                           auto network = NetworkScope::pick(found, tr("Network"), spec.network);
                           if (!network)
                               return network.error();
                           if (!network->external)
                               return makeError(ErrorCode::BadRequest,
                                                tr("Network %1 is not external; floating IPs come from external networks")
                                                    .arg(network->name));
                           if (auto q = m_quotas->check(db, *project, {{QStringLiteral("floating_ips"), 1}}); !q)
                               return q;
                           PortSpec holder;
                           holder.network = network->id;
                           holder.deviceOwner = DeviceOwner::FloatingIp;
                           holder.deviceId = fip.id;
                           holder.portSecurityEnabled = false;
                           if (!spec.floatingIpAddress.isEmpty())
                               holder.fixedIps = {{QString(), spec.floatingIpAddress}};
                           auto port = PortService::createIn(db, *project, holder);
                           if (!port)
                               return port.error();
                           if (port->fixedIps.isEmpty())
                               return makeError(ErrorCode::Conflict,
                                                tr("Network %1 has no subnet with free addresses").arg(network->name));
                           fip.floatingNetworkId = network->id;
                           fip.floatingIpAddress = port->fixedIps.first().ipAddress;
                           fip.projectId = *project;
                           const QString now = nowText();
                           if (auto e = execSql(db,
                                                QStringLiteral("INSERT INTO floating_ips (id, floating_network_id, "
                                                               "floating_port_id, floating_ip_address, project_id, "
                                                               "description, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"),
                                                {fip.id, network->id, port->id, fip.floatingIpAddress, *project,
                                                 spec.description, now, now});
                               !e)
                               return e;
                           if (!spec.port.isEmpty())
                               return associateIn(db, ctx, fip, spec.port, spec.fixedIpAddress);
                           return {};
                       });
                       if (!r)
                           return r.error();
                       return reloaded(fip.id);
                   });
}

Result<FloatingIp> FloatingIpService::associate(const RequestContext &ctx, const QString &idOrAddress, const QString &port,
                                                const QString &fixedIpAddress)
{
    auto fip = editable(ctx, idOrAddress);
    if (!fip)
        return fip.error();
    return audited(m_log, ctx, QStringLiteral("floating_ip.associate"), QStringLiteral("floating_ip"),
                   fip->floatingIpAddress, [&]() -> Result<FloatingIp> {
                       if (auto r = m_db->transaction([&](QSqlDatabase &db) { return associateIn(db, ctx, *fip, port, fixedIpAddress); });
                           !r)
                           return r.error();
                       return reloaded(fip->id);
                   });
}

Result<FloatingIp> FloatingIpService::disassociate(const RequestContext &ctx, const QString &idOrAddress)
{
    auto fip = editable(ctx, idOrAddress);
    if (!fip)
        return fip.error();
    return audited(m_log, ctx, QStringLiteral("floating_ip.disassociate"), QStringLiteral("floating_ip"),
                   fip->floatingIpAddress, [&]() -> Result<FloatingIp> {
                       if (auto r = m_db->transaction([&](QSqlDatabase &db) {
                               return execSql(db,
                                              QStringLiteral("UPDATE floating_ips SET port_id = NULL, fixed_ip_address = '', "
                                                             "router_id = NULL, updated_at = ? WHERE id = ?"),
                                              {nowText(), fip->id});
                           });
                           !r)
                           return r.error();
                       return reloaded(fip->id);
                   });
}

Result<void> FloatingIpService::remove(const RequestContext &ctx, const QString &idOrAddress)
{
    auto fip = editable(ctx, idOrAddress);
    if (!fip)
        return fip.error();
    return audited(m_log, ctx, QStringLiteral("floating_ip.delete"), QStringLiteral("floating_ip"), fip->floatingIpAddress,
                   [&]() -> Result<void> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           QSqlQuery q(db);
                           q.prepare(QStringLiteral("SELECT floating_port_id FROM floating_ips WHERE id = ?"));
                           bindValues(q, {fip->id});
                           const QString holder = q.exec() && q.next() ? q.value(0).toString() : QString();
                           if (auto e = execSql(db, QStringLiteral("DELETE FROM floating_ips WHERE id = ?"), {fip->id}); !e)
                               return e;
                           return execSql(db, QStringLiteral("DELETE FROM ports WHERE id = ?"), {holder});
                       });
                       if (!r)
                           return r;
                       emit floatingIpRemoved(fip->id);
                       return {};
                   });
}

} // namespace sd
