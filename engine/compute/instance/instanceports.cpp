#include "instanceports.h"

#include "network/networkrepository.h"
#include "network/portservice.h"
#include "store/database.h"
#include "store/lookup.h"

#include <QSet>
#include <QSqlQuery>

namespace sd {

QList<Port> InstancePorts::of(QSqlDatabase &db, const QString &instanceId)
{
    return NetworkRepository::ports(
        db, QStringLiteral("WHERE p.device_id = ? AND p.device_owner LIKE 'compute:%'"), {instanceId});
}

QStringList InstancePorts::commonGroups(const QList<Port> &ports)
{
    QStringList common;
    bool first = true;
    for (const Port &p : ports) {
        if (!p.portSecurityEnabled)
            continue;
        if (first) {
            common = p.securityGroupIds;
            first = false;
            continue;
        }
        const QSet<QString> has(p.securityGroupIds.cbegin(), p.securityGroupIds.cend());
        common.erase(
            std::remove_if(common.begin(), common.end(), [&](const QString &g) { return !has.contains(g); }),
            common.end());
    }
    return common;
}

Result<Port> InstancePorts::create(QSqlDatabase &db, const Instance &instance, const QString &networkId,
                                   const QString &fixedIp, const QStringList &groupIds)
{
    PortSpec spec;
    spec.network = networkId;
    if (!fixedIp.isEmpty())
        spec.fixedIps.append({QString(), fixedIp});
    spec.securityGroups = groupIds;
    spec.deviceOwner = DeviceOwner::compute(instance.availabilityZone);
    spec.deviceId = instance.id;
    return PortService::createIn(db, instance.projectId, spec);
}

Result<Port> InstancePorts::claim(QSqlDatabase &db, const Instance &instance, const Port &port)
{
    if (auto e = execSql(
            db,
            QStringLiteral("UPDATE ports SET device_id = ?, device_owner = ?, preserve_on_delete = 1, "
                           "updated_at = ? WHERE id = ? AND device_id = ''"),
            {instance.id, DeviceOwner::compute(instance.availabilityZone), nowText(), port.id});
        !e)
        return e.error();
    auto claimed = NetworkRepository::port(db, port.id);
    // Another request took the port between the check and this transaction.
    if (!claimed || claimed->deviceId != instance.id)
        return makeError(ErrorCode::Conflict, tr("Port %1 was just taken by %2")
                                                  .arg(port.name.isEmpty() ? port.id : port.name,
                                                       claimed ? claimed->deviceId : tr("another request")));
    return *claimed;
}

Result<InstancePorts::Released> InstancePorts::release(QSqlDatabase &db, const QString &portId,
                                                       bool disassociate)
{
    Released released;
    QSqlQuery fips(db);
    if (disassociate) {
        fips.prepare(QStringLiteral("SELECT id FROM floating_ips WHERE port_id = ?"));
        fips.addBindValue(portId);
        fips.exec();
        while (fips.next())
            released.floatingIps << fips.value(0).toString();
        if (auto e = execSql(db,
                             QStringLiteral("UPDATE floating_ips SET port_id = NULL, fixed_ip_address = '', "
                                            "router_id = NULL, updated_at = ? WHERE port_id = ?"),
                             {nowText(), portId});
            !e)
            return e.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT preserve_on_delete FROM ports WHERE id = ?"));
    q.addBindValue(portId);
    if (!q.exec() || !q.next()) {
        released.found = false;
        return released;
    }
    if (!q.value(0).toBool()) {
        if (auto e = PortService::removeIn(db, portId); !e)
            return e.error();
        released.deleted = true;
        return released;
    }
    // As Neutron when Nova lets go of a port it did not make: unbound, no device, addresses kept.
    if (auto e = execSql(db,
                         QStringLiteral("UPDATE ports SET device_id = '', device_owner = '', host_id = '', "
                                        "preserve_on_delete = 0, updated_at = ? WHERE id = ?"),
                         {nowText(), portId});
        !e)
        return e.error();
    return released;
}

} // namespace sd
