#include "instancerepository.h"

#include "core/logging.h"
#include "instanceports.h"
#include "store/database.h"

#include <QSqlQuery>

namespace sd {

namespace {
const char *kColumns =
    "i.id, i.name, i.description, i.project_id, p.name, i.user_id, i.host_id, COALESCE(h.name, ''), "
    "i.availability_zone, i.flavor_id, i.flavor_name, i.vcpus, i.ram_mb, i.disk_gb, i.ephemeral_gb, i.swap_mb, "
    "i.image_id, i.image_name, i.key_name, i.server_group_id, i.vm_state, i.task_state, i.power_state, i.locked, "
    "i.locked_by, i.created_at, i.updated_at, i.launched_at, i.disk_host_id, i.rescue_image_id, i.boot_volume_id, "
    "COALESCE(f.code, 0), COALESCE(f.message, ''), COALESCE(f.details, ''), COALESCE(f.created_at, '')";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
} // namespace

QList<Instance> InstanceRepository::load(QSqlDatabase &db, const QString &where, const QVariantList &values) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM instances i JOIN projects p ON p.id = i.project_id "
                             "LEFT JOIN hosts h ON h.id = i.host_id "
                             "LEFT JOIN instance_faults f ON f.instance_id = i.id WHERE %2 ORDER BY i.created_at, i.id")
                  .arg(QLatin1String(kColumns), where));
    bindValues(q, values);
    q.exec();
    QList<Instance> list;
    QHash<QString, int> index;
    while (q.next()) {
        Instance i;
        int c = 0;
        i.id = q.value(c++).toString();
        i.name = q.value(c++).toString();
        i.description = q.value(c++).toString();
        i.projectId = q.value(c++).toString();
        i.projectName = q.value(c++).toString();
        i.userId = q.value(c++).toString();
        i.hostId = q.value(c++).toString();
        i.hostName = q.value(c++).toString();
        i.availabilityZone = q.value(c++).toString();
        i.flavor.id = q.value(c++).toString();
        i.flavor.name = q.value(c++).toString();
        i.flavor.vcpus = q.value(c++).toInt();
        i.flavor.ramMb = q.value(c++).toLongLong();
        i.flavor.diskGb = q.value(c++).toLongLong();
        i.flavor.ephemeralGb = q.value(c++).toLongLong();
        i.flavor.swapMb = q.value(c++).toLongLong();
        i.imageId = q.value(c++).toString();
        i.imageName = q.value(c++).toString();
        i.keyName = q.value(c++).toString();
        i.serverGroupId = q.value(c++).toString();
        i.vmState = vmStateFromName(q.value(c++).toString());
        i.taskState = q.value(c++).toString();
        i.powerState = powerStateFromInt(q.value(c++).toInt());
        i.locked = q.value(c++).toBool();
        i.lockedBy = q.value(c++).toString();
        i.createdAt = timeOf(q.value(c++));
        i.updatedAt = timeOf(q.value(c++));
        i.launchedAt = timeOf(q.value(c++));
        i.diskHostId = q.value(c++).toString();
        i.rescueImageId = q.value(c++).toString();
        i.bootVolumeId = q.value(c++).toString();
        i.fault.code = q.value(c++).toInt();
        i.fault.message = q.value(c++).toString();
        i.fault.details = q.value(c++).toString();
        i.fault.createdAt = timeOf(q.value(c++));
        index.insert(i.id, int(list.size()));
        list.append(i);
    }
    if (list.isEmpty())
        return list;
    // Metadata and addresses in two queries for the whole list, not two per row.
    const bool one = list.size() == 1;
    QSqlQuery meta(db);
    meta.prepare(one ? QStringLiteral("SELECT instance_id, key, value FROM instance_metadata WHERE instance_id = ?")
                     : QStringLiteral("SELECT instance_id, key, value FROM instance_metadata"));
    if (one)
        meta.addBindValue(list.first().id);
    meta.exec();
    while (meta.next())
        if (auto it = index.constFind(meta.value(0).toString()); it != index.cend())
            list[*it].metadata.insert(meta.value(1).toString(), meta.value(2).toString());
    QSqlQuery addr(db);
    addr.prepare(QStringLiteral(
        "SELECT p.device_id, p.network_id, n.name, p.id, p.mac_address, a.ip_address, "
        "COALESCE((SELECT fip.floating_ip_address FROM floating_ips fip WHERE fip.port_id = p.id "
        "AND fip.fixed_ip_address = a.ip_address LIMIT 1), '') "
        "FROM ports p JOIN networks n ON n.id = p.network_id LEFT JOIN ip_allocations a ON a.port_id = p.id "
        "WHERE p.device_owner LIKE 'compute:%' %1 ORDER BY p.created_at, p.id, a.ip_key")
                     .arg(one ? QStringLiteral("AND p.device_id = ?") : QString()));
    if (one)
        addr.addBindValue(list.first().id);
    addr.exec();
    while (addr.next()) {
        auto it = index.constFind(addr.value(0).toString());
        if (it == index.cend())
            continue;
        InstanceAddress a{addr.value(1).toString(), addr.value(2).toString(), addr.value(3).toString(),
                          addr.value(4).toString(), addr.value(5).toString(), false};
        list[*it].addresses.append(a);
        if (const QString fip = addr.value(6).toString(); !fip.isEmpty()) {
            a.address = fip;
            a.floating = true;
            list[*it].addresses.append(a);
        }
    }
    return list;
}

std::optional<Instance> InstanceRepository::find(QSqlDatabase &db, const QString &id) const
{
    const auto list = load(db, QStringLiteral("i.id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<Instance> InstanceRepository::find(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    return find(db, id);
}

QStringList InstanceRepository::idsByNameOrId(const QString &nameOrId, const QString &projectId) const
{
    QSqlQuery q(m_db->connection());
    // An id wins over a name: instance names need not be unique (Nova's rule), ids are.
    q.prepare(QStringLiteral("SELECT id FROM instances WHERE deleted = 0 AND (? = '' OR project_id = ?) AND "
                             "(id = ? OR name = ?) ORDER BY (id = ?) DESC, created_at"));
    bindValues(q, {projectId, projectId, nameOrId, nameOrId, nameOrId});
    q.exec();
    QStringList ids;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (id == nameOrId)
            return {id};
        ids << id;
    }
    return ids;
}

QList<Instance> InstanceRepository::list(const InstanceQuery &query) const
{
    QSqlDatabase db = m_db->connection();
    return load(db,
                QStringLiteral("(? = '' OR i.project_id = ?) AND (? = '' OR i.host_id = ?) AND (? = 1 OR i.deleted = 0)"),
                {query.projectId, query.projectId, query.hostId, query.hostId, query.includeDeleted ? 1 : 0});
}

QString InstanceRepository::domainXml(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT domain_xml FROM instances WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString InstanceRepository::userData(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT user_data FROM instances WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> InstanceRepository::insert(QSqlDatabase &db, const Instance &i, const QString &userData)
{
    const QString t = now();
    return execSql(db,
                   QStringLiteral(
                       "INSERT INTO instances (id, name, description, project_id, user_id, host_id, availability_zone, "
                       "flavor_id, flavor_name, vcpus, ram_mb, disk_gb, ephemeral_gb, swap_mb, image_id, image_name, "
                       "key_name, user_data, server_group_id, vm_state, task_state, power_state, created_at, updated_at, "
                       "boot_volume_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                   {i.id, i.name, i.description, i.projectId, i.userId, i.hostId, i.availabilityZone, i.flavor.id,
                    i.flavor.name, i.flavor.vcpus, i.flavor.ramMb, i.flavor.diskGb, i.flavor.ephemeralGb,
                    i.flavor.swapMb, i.imageId, i.imageName, i.keyName, userData, i.serverGroupId,
                    vmStateName(i.vmState), i.taskState, int(i.powerState), t, t, i.bootVolumeId});
}

Result<void> InstanceRepository::insertClaim(QSqlDatabase &db, const QString &instanceId, const QString &hostId,
                                             int vcpus, qint64 ramMb, qint64 diskGb)
{
    return execSql(db,
                   QStringLiteral("INSERT OR REPLACE INTO instance_claims (instance_id, host_id, vcpus, ram_mb, disk_gb) "
                                  "VALUES (?,?,?,?,?)"),
                   {instanceId, hostId, vcpus, ramMb, diskGb});
}

Result<void> InstanceRepository::releaseClaims(QSqlDatabase &db, const QString &instanceId)
{
    return execSql(db, QStringLiteral("DELETE FROM instance_claims WHERE instance_id = ?"), {instanceId});
}

Result<void> InstanceRepository::releaseHoldings(QSqlDatabase &db, const QString &instanceId,
                                                QStringList *removedPorts, QStringList *unboundPorts)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM ports WHERE device_id = ? AND device_owner LIKE 'compute:%'"));
    q.addBindValue(instanceId);
    q.exec();
    QStringList ports;
    while (q.next())
        ports << q.value(0).toString();
    for (const QString &port : ports) {
        auto released = InstancePorts::release(db, port, false);
        if (!released)
            return released.error();
        if (released->deleted)
            *removedPorts << port;
        else if (unboundPorts)
            *unboundPorts << port;
    }
    return releaseClaims(db, instanceId);
}

Result<void> InstanceRepository::setMetadata(QSqlDatabase &db, const QString &instanceId,
                                             const QMap<QString, QString> &items)
{
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        if (auto e = execSql(db,
                             QStringLiteral("INSERT OR REPLACE INTO instance_metadata (instance_id, key, value) "
                                            "VALUES (?,?,?)"),
                             {instanceId, it.key(), it.value()});
            !e)
            return e;
    return {};
}

void InstanceRepository::exec(const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = m_db->connection();
    if (auto r = execSql(db, sql, values); !r)
        qCWarning(lcStore) << "instance update failed:" << r.error().toString();
}

void InstanceRepository::setStates(const QString &id, VmState vm, const QString &task,
                                           std::optional<PowerState> power)
{
    if (power) {
        exec(QStringLiteral("UPDATE instances SET vm_state = ?, task_state = ?, power_state = ?, updated_at = ? "
                                   "WHERE id = ?"),
                    {vmStateName(vm), task, int(*power), now(), id});
        return;
    }
    exec(QStringLiteral("UPDATE instances SET vm_state = ?, task_state = ?, updated_at = ? WHERE id = ?"),
                {vmStateName(vm), task, now(), id});
}

void InstanceRepository::setTaskState(const QString &id, const QString &task)
{
    exec(QStringLiteral("UPDATE instances SET task_state = ?, updated_at = ? WHERE id = ?"), {task, now(), id});
}

void InstanceRepository::setPowerState(const QString &id, PowerState power)
{
    exec(QStringLiteral("UPDATE instances SET power_state = ?, updated_at = ? WHERE id = ?"),
                {int(power), now(), id});
}

void InstanceRepository::setHost(const QString &id, const QString &hostId, const QString &zone)
{
    exec(QStringLiteral("UPDATE instances SET host_id = ?, availability_zone = ?, updated_at = ? WHERE id = ?"),
                {hostId, zone, now(), id});
}

void InstanceRepository::setDiskHost(const QString &id, const QString &hostId)
{
    exec(QStringLiteral("UPDATE instances SET disk_host_id = ?, updated_at = ? WHERE id = ?"), {hostId, now(), id});
}

void InstanceRepository::setRescueImage(const QString &id, const QString &imageId)
{
    exec(QStringLiteral("UPDATE instances SET rescue_image_id = ?, updated_at = ? WHERE id = ?"), {imageId, now(), id});
}

void InstanceRepository::setFlavor(const QString &id, const InstanceFlavor &f)
{
    exec(QStringLiteral("UPDATE instances SET flavor_id = ?, flavor_name = ?, vcpus = ?, ram_mb = ?, disk_gb = ?, "
                        "ephemeral_gb = ?, swap_mb = ?, updated_at = ? WHERE id = ?"),
         {f.id, f.name, f.vcpus, f.ramMb, f.diskGb, f.ephemeralGb, f.swapMb, now(), id});
}

void InstanceRepository::setBootVolume(const QString &id, const QString &volumeId)
{
    exec(QStringLiteral("UPDATE instances SET boot_volume_id = ?, updated_at = ? WHERE id = ?"), {volumeId, now(), id});
}

void InstanceRepository::setImage(const QString &id, const QString &imageId, const QString &imageName)
{
    exec(QStringLiteral("UPDATE instances SET image_id = ?, image_name = ?, updated_at = ? WHERE id = ?"),
         {imageId, imageName, now(), id});
}

void InstanceRepository::setDomainXml(const QString &id, const QString &xml)
{
    exec(QStringLiteral("UPDATE instances SET domain_xml = ? WHERE id = ?"), {xml, id});
}

void InstanceRepository::markLaunched(const QString &id)
{
    exec(QStringLiteral("UPDATE instances SET launched_at = ? WHERE id = ? AND launched_at = ''"), {now(), id});
}

void InstanceRepository::setFault(const QString &id, const InstanceFault &f)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO instance_faults (instance_id, code, message, details, created_at) "
                               "VALUES (?,?,?,?,?)"),
                {id, f.code, f.message, f.details, now()});
}

void InstanceRepository::clearFault(const QString &id)
{
    exec(QStringLiteral("DELETE FROM instance_faults WHERE instance_id = ?"), {id});
}

void InstanceRepository::setLocked(const QString &id, bool locked, const QString &by)
{
    exec(QStringLiteral("UPDATE instances SET locked = ?, locked_by = ?, updated_at = ? WHERE id = ?"),
                {locked ? 1 : 0, locked ? by : QString(), now(), id});
}

void InstanceRepository::setNameDescription(const QString &id, const QString &name, const QString &description)
{
    exec(QStringLiteral("UPDATE instances SET name = ?, description = ?, updated_at = ? WHERE id = ?"),
                {name, description, now(), id});
}

Result<void> InstanceRepository::markDeleted(QSqlDatabase &db, const QString &id)
{
    const QString t = now();
    return execSql(db,
                   QStringLiteral("UPDATE instances SET deleted = 1, vm_state = 'deleted', task_state = '', "
                                  "power_state = 0, domain_xml = '', user_data = '', terminated_at = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   {t, t, id});
}

} // namespace sd
