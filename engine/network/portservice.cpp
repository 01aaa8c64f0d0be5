#include "portservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "ipam.h"
#include "ipnet.h"
#include "networkrepository.h"
#include "networkscope.h"
#include "quota/quotaservice.h"
#include "securitygroupservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace sd {

namespace {

QString portLabel(const Port &p)
{
    return p.name.isEmpty() ? p.id : p.name;
}

// The subnet of the network a fixed-IP request means.
Result<Subnet> subnetFor(const QList<Subnet> &subnets, const FixedIpRequest &request, const QString &networkName)
{
    if (!request.subnet.isEmpty()) {
        QList<Subnet> found;
        for (const Subnet &s : subnets)
            if (s.id == request.subnet || s.name == request.subnet)
                found.append(s);
        if (found.isEmpty())
            return makeError(ErrorCode::NotFound, PortService::tr("Subnet '%1' is not on network %2")
                                                      .arg(request.subnet, networkName));
        return NetworkScope::pick(found, PortService::tr("Subnet"), request.subnet);
    }
    const auto ip = IpAddress::parse(request.ipAddress);
    if (!ip)
        return makeError(ErrorCode::BadRequest, PortService::tr("Fixed IP '%1': not an IP address").arg(request.ipAddress));
    for (const Subnet &s : subnets)
        if (auto net = IpNetwork::parse(s.cidr, QString()); net && net->contains(*ip))
            return s;
    return makeError(ErrorCode::BadRequest,
                     PortService::tr("Fixed IP %1 is in none of network %2's subnets").arg(ip->toString(), networkName));
}

Result<void> allocateAddresses(QSqlDatabase &db, const Network &network, const QString &portId,
                               const QList<FixedIpRequest> &requests, bool none, bool routerInterface = false)
{
    if (none)
        return {};
    const QList<Subnet> subnets = NetworkRepository::subnets(db, QStringLiteral("WHERE s.network_id = ?"), {network.id});
    if (requests.isEmpty()) {
        // As Neutron: one address of each IP version, from the first subnet of that version with room.
        for (int version : {4, 6}) {
            QString lastError;
            for (const Subnet &s : subnets) {
                if (s.ipVersion != version)
                    continue;
                auto ip = Ipam::allocate(db, s, QString(), portId);
                if (ip) {
                    lastError.clear();
                    break;
                }
                lastError = ip.error().message;
            }
            if (!lastError.isEmpty())
                return makeError(ErrorCode::Conflict, lastError);
        }
        return {};
    }
    for (const FixedIpRequest &request : requests) {
        auto subnet = subnetFor(subnets, request, network.name);
        if (!subnet)
            return subnet.error();
        if (auto ip = Ipam::allocate(db, *subnet, request.ipAddress, portId, routerInterface); !ip)
            return ip.error();
    }
    return {};
}

Result<QStringList> groupIds(QSqlDatabase &db, const QString &projectId, const QStringList &names, bool portSecurity,
                             const QString &portName)
{
    if (!portSecurity) {
        if (!names.isEmpty())
            return makeError(ErrorCode::BadRequest,
                             PortService::tr("Port %1: security groups need port security; enable it or give no groups")
                                 .arg(portName));
        return QStringList();
    }
    if (names.isEmpty()) {
        auto def = SecurityGroupService::ensureDefault(db, projectId);
        if (!def)
            return def.error();
        return QStringList{*def};
    }
    QStringList ids;
    for (const QString &name : names) {
        QList<SecurityGroup> found;
        for (const QString &id : NetworkRepository::idsByNameOrId(db, "security_groups", name))
            if (auto g = NetworkRepository::securityGroup(db, id); g && g->projectId == projectId)
                found.append(*g);
        if (found.isEmpty() && name == QLatin1String("default")) {
            auto def = SecurityGroupService::ensureDefault(db, projectId);
            if (!def)
                return def.error();
            ids.append(*def);
            continue;
        }
        auto group = NetworkScope::pick(found, PortService::tr("Security group"), name);
        if (!group)
            return group.error();
        if (!ids.contains(group->id))
            ids.append(group->id);
    }
    return ids;
}

Result<void> writeGroups(QSqlDatabase &db, const QString &portId, const QStringList &ids)
{
    if (auto e = execSql(db, QStringLiteral("DELETE FROM port_security_groups WHERE port_id = ?"), {portId}); !e)
        return e;
    for (const QString &id : ids)
        if (auto e = execSql(db, QStringLiteral("INSERT INTO port_security_groups (port_id, security_group_id) VALUES (?,?)"),
                             {portId, id});
            !e)
            return e;
    return {};
}

} // namespace

PortService::PortService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas, QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_quotas(quotas), m_repo(std::make_unique<NetworkRepository>(db))
{
    m_quotas->registerUsageCounter(QStringLiteral("ports"), [](QSqlDatabase &db, const QString &project) {
        // As Neutron: router gateways and floating IPs hold ports, but they are counted as what they are.
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM ports WHERE project_id = ? AND device_owner NOT IN "
                                            "('network:router_gateway', 'network:floatingip')"),
                         {project});
    });
}

PortService::~PortService() = default;

Result<void> PortService::validateMac(const QString &mac)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$"));
    if (!pattern.match(mac).hasMatch())
        return makeError(ErrorCode::BadRequest, tr("MAC address '%1': use six hex pairs, such as fa:16:3e:12:34:56").arg(mac));
    if (QStringView(mac).left(2).toInt(nullptr, 16) & 1)
        return makeError(ErrorCode::BadRequest, tr("MAC address %1 is a multicast address").arg(mac));
    return {};
}

QString PortService::generateMac()
{
    // Neutron's base MAC: fa:16:3e, locally administered.
    auto *gen = QRandomGenerator::global();
    return QStringLiteral("fa:16:3e:%1:%2:%3")
        .arg(gen->bounded(256), 2, 16, QLatin1Char('0'))
        .arg(gen->bounded(256), 2, 16, QLatin1Char('0'))
        .arg(gen->bounded(256), 2, 16, QLatin1Char('0'));
}

Result<Port> PortService::createIn(QSqlDatabase &db, const QString &projectId, const PortSpec &spec)
{
    QList<Network> candidates;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "networks", spec.network))
        if (auto n = NetworkRepository::network(db, id))
            candidates.append(*n);
    auto network = NetworkScope::pick(candidates, tr("Network"), spec.network);
    if (!network)
        return network.error();
    if (!spec.name.isEmpty())
        if (auto n = checkedName(tr("Port name"), spec.name); !n)
            return n.error();
    Port port;
    port.id = newId();
    port.macAddress = spec.macAddress.isEmpty() ? generateMac() : spec.macAddress.toLower();
    if (auto m = validateMac(port.macAddress); !m)
        return m.error();
    const auto macTaken = [&] {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM ports WHERE network_id = ? AND mac_address = ?"),
                         {network->id, port.macAddress})
               > 0;
    };
    // 24 random bits collide within a few thousand ports (the birthday bound): draw again, as Neutron does.
    for (int attempt = 0; spec.macAddress.isEmpty() && attempt < 16 && macTaken(); ++attempt)
        port.macAddress = generateMac();
    if (macTaken())
        return makeError(ErrorCode::Conflict, tr("MAC address %1 is already used on network %2").arg(port.macAddress, network->name));
    auto groups = spec.noSecurityGroups && spec.securityGroups.isEmpty()
                      ? Result<QStringList>(QStringList())
                      : groupIds(db, projectId, spec.securityGroups, spec.portSecurityEnabled,
                                 spec.name.isEmpty() ? port.id : spec.name);
    if (!groups)
        return groups.error();
    const QString now = nowText();
    if (auto e = execSql(db,
                         QStringLiteral("INSERT INTO ports (id, name, description, network_id, project_id, mac_address, "
                                        "device_owner, device_id, port_security, admin_state_up, created_at, updated_at) "
                                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                         {port.id, spec.name, spec.description, network->id, projectId, port.macAddress, spec.deviceOwner,
                          spec.deviceId, spec.portSecurityEnabled, spec.adminStateUp, now, now});
        !e)
        return e.error();
    if (auto a = allocateAddresses(db, *network, port.id, spec.fixedIps, spec.noFixedIp,
                                   spec.deviceOwner == DeviceOwner::RouterInterface);
        !a)
        return a.error();
    if (auto g = writeGroups(db, port.id, *groups); !g)
        return g.error();
    return *NetworkRepository::port(db, port.id);
}

Result<void> PortService::removeIn(QSqlDatabase &db, const QString &portId)
{
    // A floating IP on this port stays allocated to its project, unassociated (as in Neutron).
    if (auto e = execSql(db, QStringLiteral("UPDATE floating_ips SET port_id = NULL, fixed_ip_address = '', router_id = NULL, "
                                            "updated_at = ? WHERE port_id = ?"),
                         {nowText(), portId});
        !e)
        return e;
    return execSql(db, QStringLiteral("DELETE FROM ports WHERE id = ?"), {portId});
}

Result<QList<Port>> PortService::list(const RequestContext &ctx, const PortFilter &filter) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("port:list")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QString networkId, projectId;
    if (!filter.network.isEmpty()) {
        const QStringList ids = NetworkRepository::idsByNameOrId(db, "networks", filter.network);
        if (ids.isEmpty())
            return makeError(ErrorCode::NotFound, tr("Network '%1': not found").arg(filter.network));
        networkId = ids.first();
    }
    if (!filter.project.isEmpty()) {
        projectId = idByNameOrId(db, "projects", filter.project);
        if (projectId.isEmpty())
            return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(filter.project));
    }
    // The filters go into the query (ports_device and ports_network are indexed): a build asks for its
    // instance's ports several times, and reading every port each time made launches slow down with the
    // size of the cloud.
    QStringList where;
    QVariantList values;
    if (!networkId.isEmpty()) {
        where << QStringLiteral("p.network_id = ?");
        values << networkId;
    }
    if (!filter.deviceId.isEmpty()) {
        where << QStringLiteral("p.device_id = ?");
        values << filter.deviceId;
    }
    if (!projectId.isEmpty()) {
        where << QStringLiteral("p.project_id = ?");
        values << projectId;
    }
    const QString clause =
        where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    QList<Port> result;
    for (const Port &p : NetworkRepository::ports(db, clause, values)) {
        if (!NetworkScope::visible(ctx, p.projectId) || (!networkId.isEmpty() && p.networkId != networkId)
            || (!projectId.isEmpty() && p.projectId != projectId)
            || (!filter.deviceId.isEmpty() && p.deviceId != filter.deviceId)
            || (!filter.deviceOwner.isEmpty() && p.deviceOwner != filter.deviceOwner))
            continue;
        result.append(p);
    }
    return result;
}

Result<Port> PortService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("port:show")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    QList<Port> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "ports", nameOrId))
        if (auto p = NetworkRepository::port(db, id); p && NetworkScope::visible(ctx, p->projectId))
            found.append(*p);
    return NetworkScope::pick(found, tr("Port"), nameOrId);
}

std::optional<Port> PortService::find(const QString &id) const
{
    QSqlDatabase db = m_repo->connection();
    return NetworkRepository::port(db, id);
}

Result<Port> PortService::editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const
{
    auto port = show(ctx, nameOrId);
    if (!port)
        return port.error();
    if (auto p = m_policy->check(ctx, action, port->projectId); !p)
        return p.error();
    return port;
}

Result<Port> PortService::reloaded(const QString &id)
{
    QSqlDatabase db = m_repo->connection();
    auto port = NetworkRepository::port(db, id);
    if (!port)
        return makeError(ErrorCode::NotFound, tr("Port %1: not found").arg(id));
    emit portChanged(id);
    return *port;
}

Result<Port> PortService::create(const RequestContext &ctx, const PortSpec &spec)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("port:create")); !p)
        return p.error();
    QString portId;
    return audited(m_log, ctx, QStringLiteral("port.create"), QStringLiteral("port"), spec.name, [&]() -> Result<Port> {
        auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            auto project = NetworkScope::targetProject(db, ctx, spec.project);
            if (!project)
                return project.error();
            QList<Network> candidates;
            for (const QString &id : NetworkRepository::idsByNameOrId(db, "networks", spec.network))
                if (auto n = NetworkRepository::network(db, id); n && NetworkScope::visible(ctx, n->projectId, n->shared || n->external))
                    candidates.append(*n);
            auto network = NetworkScope::pick(candidates, tr("Network"), spec.network);
            if (!network)
                return network.error();
            if (network->external && !ctx.isAdmin())
                return makeError(ErrorCode::Forbidden,
                                 tr("Network %1 is external: its addresses go to router gateways and floating IPs")
                                     .arg(network->name));
            if (auto q = m_quotas->check(db, *project, {{QStringLiteral("ports"), 1}}); !q)
                return q;
            PortSpec resolved = spec;
            resolved.network = network->id;
            auto port = createIn(db, *project, resolved);
            if (!port)
                return port.error();
            portId = port->id;
            return {};
        });
        if (!r)
            return r.error();
        return reloaded(portId);
    });
}

Result<Port> PortService::update(const RequestContext &ctx, const QString &nameOrId, const PortUpdate &change)
{
    auto found = editable(ctx, nameOrId, QStringLiteral("port:update"));
    if (!found)
        return found.error();
    Port p = *found;
    if (change.name) {
        if (!change.name->isEmpty())
            if (auto n = checkedName(tr("Port name"), *change.name); !n)
                return n.error();
        p.name = *change.name;
    }
    p.description = change.description.value_or(p.description);
    p.adminStateUp = change.adminStateUp.value_or(p.adminStateUp);
    p.portSecurityEnabled = change.portSecurityEnabled.value_or(p.portSecurityEnabled);
    p.deviceOwner = change.deviceOwner.value_or(p.deviceOwner);
    p.deviceId = change.deviceId.value_or(p.deviceId);
    p.hostId = change.hostId.value_or(p.hostId);
    return audited(m_log, ctx, QStringLiteral("port.update"), QStringLiteral("port"), portLabel(p), [&]() -> Result<Port> {
        auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            // Port security off: no groups (asking for some is an error). Turned on without groups: default.
            QStringList ids = p.portSecurityEnabled ? found->securityGroupIds : QStringList();
            if (change.securityGroups && change.securityGroups->isEmpty() && p.portSecurityEnabled) {
                ids.clear(); // --no-security-group: the port drops all traffic but what its base rules allow
            } else if (change.securityGroups || (p.portSecurityEnabled && !found->portSecurityEnabled)) {
                auto resolved = groupIds(db, p.projectId, change.securityGroups.value_or(QStringList()),
                                         p.portSecurityEnabled, portLabel(p));
                if (!resolved)
                    return resolved.error();
                ids = *resolved;
            }
            if (auto e = execSql(db,
                                 QStringLiteral("UPDATE ports SET name = ?, description = ?, admin_state_up = ?, "
                                                "port_security = ?, device_owner = ?, device_id = ?, host_id = ?, "
                                                "updated_at = ? WHERE id = ?"),
                                 {p.name, p.description, p.adminStateUp, p.portSecurityEnabled, p.deviceOwner,
                                  p.deviceId, p.hostId, nowText(), p.id});
                !e)
                return e;
            if (auto g = writeGroups(db, p.id, ids); !g)
                return g;
            if (change.fixedIps) {
                // Replace: release what is no longer asked for, then allocate what is new.
                if (auto e = execSql(db, QStringLiteral("DELETE FROM ip_allocations WHERE port_id = ?"), {p.id}); !e)
                    return e;
                auto network = NetworkRepository::network(db, p.networkId);
                return allocateAddresses(db, *network, p.id, *change.fixedIps, change.fixedIps->isEmpty());
            }
            return {};
        });
        if (!r)
            return r.error();
        return reloaded(p.id);
    });
}

Result<void> PortService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    auto port = editable(ctx, nameOrId, QStringLiteral("port:delete"));
    if (!port)
        return port.error();
    if (port->deviceOwner == DeviceOwner::RouterInterface || port->deviceOwner == DeviceOwner::RouterGateway)
        return makeError(ErrorCode::Conflict, tr("Port %1 belongs to router %2; remove the router's interface or "
                                                 "gateway instead")
                                                  .arg(portLabel(*port), port->deviceId));
    if (port->deviceOwner == DeviceOwner::FloatingIp)
        return makeError(ErrorCode::Conflict,
                         tr("Port %1 holds a floating IP; release the floating IP instead").arg(portLabel(*port)));
    return audited(m_log, ctx, QStringLiteral("port.delete"), QStringLiteral("port"), portLabel(*port), [&]() -> Result<void> {
        if (auto r = m_db->transaction([&](QSqlDatabase &db) { return removeIn(db, port->id); }); !r)
            return r;
        emit portRemoved(port->id);
        return {};
    });
}

} // namespace sd
