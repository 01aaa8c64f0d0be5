#include "networkrepository.h"

#include "store/database.h"

#include <QHash>
#include <QSqlQuery>

namespace sd {

namespace {

QDateTime timeOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    q.exec();
    return q;
}

// Rows of a child table for the parents the same condition selected, in `position` order.
template<typename Fn>
void children(QSqlDatabase &db, const QString &sql, const QVariantList &values, Fn &&fn)
{
    QSqlQuery q = run(db, sql, values);
    while (q.next())
        fn(q);
}

} // namespace

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlDatabase NetworkRepository::connection() const
{
    return m_db->connection();
}

QList<Network> NetworkRepository::networks(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT n.id, n.name, n.description, n.project_id, COALESCE(p.name, ''), "
                                     "n.admin_state_up, n.shared, n.external, n.mtu, n.created_at, n.updated_at "
                                     "FROM networks n LEFT JOIN projects p ON p.id = n.project_id ")
                          + where + QStringLiteral(" ORDER BY n.name, n.created_at"),
                      values);
    QList<Network> list;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        Network n;
        n.id = q.value(0).toString();
        n.name = q.value(1).toString();
        n.description = q.value(2).toString();
        n.projectId = q.value(3).toString();
        n.projectName = q.value(4).toString();
        n.adminStateUp = q.value(5).toBool();
        n.shared = q.value(6).toBool();
        n.external = q.value(7).toBool();
        n.mtu = q.value(8).toInt();
        n.createdAt = timeOf(q.value(9));
        n.updatedAt = timeOf(q.value(10));
        index.insert(n.id, list.size());
        list.append(n);
    }
    if (list.isEmpty())
        return list;
    children(db,
             QStringLiteral("SELECT s.network_id, s.id FROM subnets s JOIN networks n ON n.id = s.network_id ") + where
                 + QStringLiteral(" ORDER BY s.created_at"),
             values, [&](QSqlQuery &c) {
                 if (auto it = index.constFind(c.value(0).toString()); it != index.constEnd())
                     list[*it].subnetIds.append(c.value(1).toString());
             });
    return list;
}

QList<Subnet> NetworkRepository::subnets(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT s.id, s.name, s.description, s.network_id, s.project_id, s.ip_version, "
                                     "s.cidr, s.gateway_ip, s.enable_dhcp, s.created_at, s.updated_at "
                                     "FROM subnets s ")
                          + where + QStringLiteral(" ORDER BY s.created_at"),
                      values);
    QList<Subnet> list;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        Subnet s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.description = q.value(2).toString();
        s.networkId = q.value(3).toString();
        s.projectId = q.value(4).toString();
        s.ipVersion = q.value(5).toInt();
        s.cidr = q.value(6).toString();
        s.gatewayIp = q.value(7).toString();
        s.enableDhcp = q.value(8).toBool();
        s.createdAt = timeOf(q.value(9));
        s.updatedAt = timeOf(q.value(10));
        index.insert(s.id, list.size());
        list.append(s);
    }
    if (list.isEmpty())
        return list;
    const auto of = [&](QSqlQuery &c) -> Subnet * {
        auto it = index.constFind(c.value(0).toString());
        return it == index.constEnd() ? nullptr : &list[*it];
    };
    children(db, QStringLiteral("SELECT c.subnet_id, c.start_ip, c.end_ip FROM subnet_pools c JOIN subnets s ON s.id = c.subnet_id ")
                     + where + QStringLiteral(" ORDER BY c.position"),
             values, [&](QSqlQuery &c) {
                 if (Subnet *s = of(c))
                     s->allocationPools.append({c.value(1).toString(), c.value(2).toString()});
             });
    children(db, QStringLiteral("SELECT c.subnet_id, c.address FROM subnet_dns c JOIN subnets s ON s.id = c.subnet_id ")
                     + where + QStringLiteral(" ORDER BY c.position"),
             values, [&](QSqlQuery &c) {
                 if (Subnet *s = of(c))
                     s->dnsNameservers.append(c.value(1).toString());
             });
    children(db,
             QStringLiteral("SELECT c.subnet_id, c.destination, c.nexthop FROM subnet_routes c JOIN subnets s ON s.id = c.subnet_id ")
                 + where + QStringLiteral(" ORDER BY c.position"),
             values, [&](QSqlQuery &c) {
                 if (Subnet *s = of(c))
                     s->hostRoutes.append({c.value(1).toString(), c.value(2).toString()});
             });
    return list;
}

QList<Port> NetworkRepository::ports(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT p.id, p.name, p.description, p.network_id, p.project_id, p.mac_address, "
                                     "p.device_owner, p.device_id, p.port_security, p.admin_state_up, p.host_id, "
                                     "p.created_at, p.updated_at FROM ports p ")
                          + where + QStringLiteral(" ORDER BY p.created_at"),
                      values);
    QList<Port> list;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        Port p;
        p.id = q.value(0).toString();
        p.name = q.value(1).toString();
        p.description = q.value(2).toString();
        p.networkId = q.value(3).toString();
        p.projectId = q.value(4).toString();
        p.macAddress = q.value(5).toString();
        p.deviceOwner = q.value(6).toString();
        p.deviceId = q.value(7).toString();
        p.portSecurityEnabled = q.value(8).toBool();
        p.adminStateUp = q.value(9).toBool();
        p.hostId = q.value(10).toString();
        p.createdAt = timeOf(q.value(11));
        p.updatedAt = timeOf(q.value(12));
        index.insert(p.id, list.size());
        list.append(p);
    }
    if (list.isEmpty())
        return list;
    children(db, QStringLiteral("SELECT a.port_id, a.subnet_id, a.ip_address FROM ip_allocations a JOIN ports p ON p.id = a.port_id ")
                     + where + QStringLiteral(" ORDER BY a.subnet_id, a.ip_key"),
             values, [&](QSqlQuery &c) {
                 if (auto it = index.constFind(c.value(0).toString()); it != index.constEnd())
                     list[*it].fixedIps.append({c.value(1).toString(), c.value(2).toString()});
             });
    children(db,
             QStringLiteral("SELECT g.port_id, g.security_group_id FROM port_security_groups g JOIN ports p ON p.id = g.port_id ")
                 + where,
             values, [&](QSqlQuery &c) {
                 if (auto it = index.constFind(c.value(0).toString()); it != index.constEnd())
                     list[*it].securityGroupIds.append(c.value(1).toString());
             });
    return list;
}

QList<Router> NetworkRepository::routers(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT r.id, r.name, r.description, r.project_id, COALESCE(p.name, ''), "
                                     "r.admin_state_up, COALESCE(r.external_network_id, ''), r.enable_snat, "
                                     "r.created_at, r.updated_at FROM routers r LEFT JOIN projects p ON p.id = r.project_id ")
                          + where + QStringLiteral(" ORDER BY r.name, r.created_at"),
                      values);
    QList<Router> list;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        Router r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.description = q.value(2).toString();
        r.projectId = q.value(3).toString();
        r.projectName = q.value(4).toString();
        r.adminStateUp = q.value(5).toBool();
        r.externalNetworkId = q.value(6).toString();
        r.enableSnat = q.value(7).toBool();
        r.createdAt = timeOf(q.value(8));
        r.updatedAt = timeOf(q.value(9));
        index.insert(r.id, list.size());
        list.append(r);
    }
    if (list.isEmpty())
        return list;
    children(db,
             QStringLiteral("SELECT x.device_id, x.device_owner, x.id, a.subnet_id, a.ip_address FROM ports x "
                            "JOIN ip_allocations a ON a.port_id = x.id JOIN routers r ON r.id = x.device_id ")
                 + where + QStringLiteral(" ORDER BY x.created_at"),
             values, [&](QSqlQuery &c) {
                 auto it = index.constFind(c.value(0).toString());
                 if (it == index.constEnd())
                     return;
                 if (c.value(1).toString() == DeviceOwner::RouterGateway)
                     list[*it].externalFixedIps.append({c.value(3).toString(), c.value(4).toString()});
                 else if (c.value(1).toString() == DeviceOwner::RouterInterface)
                     list[*it].interfaces.append({c.value(2).toString(), c.value(3).toString(), c.value(4).toString()});
             });
    return list;
}

QList<FloatingIp> NetworkRepository::floatingIps(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT f.id, f.floating_ip_address, f.floating_network_id, f.project_id, "
                                     "COALESCE(f.port_id, ''), f.fixed_ip_address, COALESCE(f.router_id, ''), "
                                     "f.description, COALESCE(p.host_id, ''), f.created_at, f.updated_at "
                                     "FROM floating_ips f LEFT JOIN ports p ON p.id = f.port_id ")
                          + where + QStringLiteral(" ORDER BY f.created_at"),
                      values);
    QList<FloatingIp> list;
    while (q.next()) {
        FloatingIp f;
        f.id = q.value(0).toString();
        f.floatingIpAddress = q.value(1).toString();
        f.floatingNetworkId = q.value(2).toString();
        f.projectId = q.value(3).toString();
        f.portId = q.value(4).toString();
        f.fixedIpAddress = q.value(5).toString();
        f.routerId = q.value(6).toString();
        f.description = q.value(7).toString();
        f.hostId = q.value(8).toString();
        f.createdAt = timeOf(q.value(9));
        f.updatedAt = timeOf(q.value(10));
        list.append(f);
    }
    return list;
}

QList<SecurityGroup> NetworkRepository::securityGroups(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT g.id, g.name, g.description, g.project_id, COALESCE(p.name, ''), "
                                     "g.created_at, g.updated_at FROM security_groups g "
                                     "LEFT JOIN projects p ON p.id = g.project_id ")
                          + where + QStringLiteral(" ORDER BY g.name, g.created_at"),
                      values);
    QList<SecurityGroup> list;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        SecurityGroup g;
        g.id = q.value(0).toString();
        g.name = q.value(1).toString();
        g.description = q.value(2).toString();
        g.projectId = q.value(3).toString();
        g.projectName = q.value(4).toString();
        g.createdAt = timeOf(q.value(5));
        g.updatedAt = timeOf(q.value(6));
        index.insert(g.id, list.size());
        list.append(g);
    }
    if (list.isEmpty())
        return list;
    children(db,
             QStringLiteral("SELECT r.security_group_id, r.id, r.direction, r.ethertype, r.protocol, r.port_range_min, "
                            "r.port_range_max, r.remote_ip_prefix, COALESCE(r.remote_group_id, ''), r.description, "
                            "r.created_at FROM security_group_rules r JOIN security_groups g ON g.id = r.security_group_id ")
                 + where + QStringLiteral(" ORDER BY r.created_at, r.id"),
             values, [&](QSqlQuery &c) {
                 auto it = index.constFind(c.value(0).toString());
                 if (it == index.constEnd())
                     return;
                 SecurityGroupRule r;
                 r.securityGroupId = c.value(0).toString();
                 r.id = c.value(1).toString();
                 r.direction = c.value(2).toString();
                 r.ethertype = c.value(3).toString();
                 r.protocol = c.value(4).toString();
                 r.portRangeMin = c.value(5).toInt();
                 r.portRangeMax = c.value(6).toInt();
                 r.remoteIpPrefix = c.value(7).toString();
                 r.remoteGroupId = c.value(8).toString();
                 r.description = c.value(9).toString();
                 r.createdAt = timeOf(c.value(10));
                 list[*it].rules.append(r);
             });
    return list;
}

template<typename T>
static std::optional<T> single(const QList<T> &list)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<Network> NetworkRepository::network(QSqlDatabase &db, const QString &id)
{
    return single(networks(db, QStringLiteral("WHERE n.id = ?"), {id}));
}
std::optional<Subnet> NetworkRepository::subnet(QSqlDatabase &db, const QString &id)
{
    return single(subnets(db, QStringLiteral("WHERE s.id = ?"), {id}));
}
std::optional<Port> NetworkRepository::port(QSqlDatabase &db, const QString &id)
{
    return single(ports(db, QStringLiteral("WHERE p.id = ?"), {id}));
}
std::optional<Router> NetworkRepository::router(QSqlDatabase &db, const QString &id)
{
    return single(routers(db, QStringLiteral("WHERE r.id = ?"), {id}));
}
std::optional<FloatingIp> NetworkRepository::floatingIp(QSqlDatabase &db, const QString &id)
{
    return single(floatingIps(db, QStringLiteral("WHERE f.id = ?"), {id}));
}
std::optional<SecurityGroup> NetworkRepository::securityGroup(QSqlDatabase &db, const QString &id)
{
    return single(securityGroups(db, QStringLiteral("WHERE g.id = ?"), {id}));
}

QStringList NetworkRepository::idsByNameOrId(QSqlDatabase &db, const char *table, const QString &nameOrId)
{
    QStringList ids;
    QSqlQuery q = run(db, QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(QLatin1String(table)), {nameOrId});
    if (q.next())
        return {q.value(0).toString()};
    q = run(db, QStringLiteral("SELECT id FROM %1 WHERE name = ? ORDER BY created_at").arg(QLatin1String(table)),
            {nameOrId});
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QString NetworkRepository::projectName(QSqlDatabase &db, const QString &projectId)
{
    QSqlQuery q = run(db, QStringLiteral("SELECT name FROM projects WHERE id = ?"), {projectId});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace sd
