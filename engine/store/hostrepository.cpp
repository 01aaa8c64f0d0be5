#include "hostrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace sd {

namespace {

constexpr auto kColumns = "id, name, uri, availability_zone, enabled, disabled_reason, cpu_allocation_ratio, "
                          "ram_allocation_ratio, disk_allocation_ratio, reserved_host_memory_mb, "
                          "reserved_host_disk_mb, created_at, updated_at";

HostRecord readRecord(const QSqlQuery &q)
{
    HostRecord r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.uri = q.value(2).toString();
    r.availabilityZone = q.value(3).toString();
    r.enabled = q.value(4).toBool();
    r.disabledReason = q.value(5).toString();
    r.cpuAllocationRatio = q.value(6).toDouble();
    r.ramAllocationRatio = q.value(7).toDouble();
    r.diskAllocationRatio = q.value(8).toDouble();
    r.reservedHostMemoryMb = q.value(9).toLongLong();
    r.reservedHostDiskMb = q.value(10).toLongLong();
    r.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    return r;
}

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QVariantList factValues(const QString &hostId, const HostFacts &f)
{
    return {hostId, f.hostname, f.hypervisorType, qint64(f.hypervisorVersion), qint64(f.libvirtVersion),
            f.cpuModel, f.vcpus, f.memoryMb, f.diskGb, f.capabilities.toList(),
            f.seenAt.toUTC().toString(Qt::ISODate)};
}

constexpr auto kUpsertFacts =
    "INSERT INTO host_facts (host_id, hostname, hypervisor_type, hypervisor_version, libvirt_version, cpu_model, "
    "vcpus, memory_mb, disk_gb, capabilities, last_seen_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT(host_id) DO UPDATE SET hostname=excluded.hostname, hypervisor_type=excluded.hypervisor_type, "
    "hypervisor_version=excluded.hypervisor_version, libvirt_version=excluded.libvirt_version, "
    "cpu_model=excluded.cpu_model, vcpus=excluded.vcpus, memory_mb=excluded.memory_mb, disk_gb=excluded.disk_gb, "
    "capabilities=excluded.capabilities, last_seen_at=excluded.last_seen_at, last_error=''";

} // namespace

QList<HostRecord> HostRepository::list() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT %1 FROM hosts ORDER BY name").arg(QLatin1String(kColumns)));
    QList<HostRecord> list;
    while (q.next())
        list.append(readRecord(q));
    return list;
}

std::optional<HostRecord> HostRepository::one(const char *column, const QString &value) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM hosts WHERE %2 = ?").arg(QLatin1String(kColumns), QLatin1String(column)));
    q.addBindValue(value);
    if (q.exec() && q.next())
        return readRecord(q);
    return std::nullopt;
}

std::optional<HostRecord> HostRepository::byId(const QString &id) const { return one("id", id); }
std::optional<HostRecord> HostRepository::byName(const QString &name) const { return one("name", name); }
std::optional<HostRecord> HostRepository::byUri(const QString &uri) const { return one("uri", uri); }

Result<void> HostRepository::insert(const HostRecord &r, const HostFacts &facts)
{
    return m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        auto ins = execSql(db,
                           QStringLiteral("INSERT INTO hosts (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                               .arg(QLatin1String(kColumns)),
                           {r.id, r.name, r.uri, r.availabilityZone, r.enabled, r.disabledReason,
                            r.cpuAllocationRatio, r.ramAllocationRatio, r.diskAllocationRatio,
                            r.reservedHostMemoryMb, r.reservedHostDiskMb, now(), now()});
        if (!ins)
            return ins;
        return execSql(db, QLatin1String(kUpsertFacts), factValues(r.id, facts));
    });
}

Result<void> HostRepository::update(const HostRecord &r)
{
    QSqlDatabase db = m_db->connection();
    return execSql(db,
                   QStringLiteral("UPDATE hosts SET name=?, availability_zone=?, enabled=?, disabled_reason=?, "
                                  "cpu_allocation_ratio=?, ram_allocation_ratio=?, disk_allocation_ratio=?, "
                                  "reserved_host_memory_mb=?, reserved_host_disk_mb=?, updated_at=? WHERE id=?"),
                   {r.name, r.availabilityZone, r.enabled, r.disabledReason, r.cpuAllocationRatio,
                    r.ramAllocationRatio, r.diskAllocationRatio, r.reservedHostMemoryMb, r.reservedHostDiskMb, now(),
                    r.id});
}

Result<void> HostRepository::remove(const QString &id)
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QStringLiteral("DELETE FROM hosts WHERE id=?"), {id});
}

Result<void> HostRepository::saveFacts(const QString &hostId, const HostFacts &facts)
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QLatin1String(kUpsertFacts), factValues(hostId, facts));
}

Result<void> HostRepository::saveLastError(const QString &hostId, const QString &error)
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QStringLiteral("UPDATE host_facts SET last_error=? WHERE host_id=?"), {error, hostId});
}

HostFacts HostRepository::facts(const QString &hostId) const
{
    HostFacts f;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT hostname, hypervisor_type, hypervisor_version, libvirt_version, cpu_model, "
                             "vcpus, memory_mb, disk_gb, capabilities, last_seen_at FROM host_facts WHERE host_id=?"));
    q.addBindValue(hostId);
    if (q.exec() && q.next()) {
        f.hostname = q.value(0).toString();
        f.hypervisorType = q.value(1).toString();
        f.hypervisorVersion = q.value(2).toULongLong();
        f.libvirtVersion = q.value(3).toULongLong();
        f.cpuModel = q.value(4).toString();
        f.vcpus = q.value(5).toInt();
        f.memoryMb = q.value(6).toLongLong();
        f.diskGb = q.value(7).toLongLong();
        f.capabilities = HostCapabilities::fromList(q.value(8).toString());
        f.seenAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    }
    return f;
}

QString HostRepository::lastError(const QString &hostId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT last_error FROM host_facts WHERE host_id=?"));
    q.addBindValue(hostId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace sd
