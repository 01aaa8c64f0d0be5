#include "migrationrepository.h"

#include "core/ids.h"
#include "core/logging.h"
#include "store/database.h"

#include <QSqlQuery>

namespace sd {

namespace {
const char *kColumns =
    "m.id, m.instance_id, COALESCE(i.name, ''), COALESCE(i.project_id, ''), m.kind, m.status, "
    "m.source_host_id, "
    "COALESCE(s.name, ''), m.dest_host_id, COALESCE(d.name, ''), m.old_flavor_id, m.old_flavor_name, "
    "m.old_vcpus, "
    "m.old_ram_mb, m.old_disk_gb, m.old_ephemeral_gb, m.old_swap_mb, m.new_flavor_id, m.new_flavor_name, "
    "m.new_vcpus, m.new_ram_mb, m.new_disk_gb, m.new_ephemeral_gb, m.new_swap_mb, m.old_power_state, "
    "m.error, "
    "m.created_at, m.updated_at";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

InstanceFlavor flavorAt(const QSqlQuery &q, int c)
{
    InstanceFlavor f;
    f.id = q.value(c).toString();
    f.name = q.value(c + 1).toString();
    f.vcpus = q.value(c + 2).toInt();
    f.ramMb = q.value(c + 3).toLongLong();
    f.diskGb = q.value(c + 4).toLongLong();
    f.ephemeralGb = q.value(c + 5).toLongLong();
    f.swapMb = q.value(c + 6).toLongLong();
    return f;
}

QString statusList(const QStringList &statuses, QVariantList *values)
{
    if (statuses.isEmpty())
        return QStringLiteral("1");
    QStringList marks;
    for (const QString &s : statuses) {
        marks << QStringLiteral("?");
        values->append(s);
    }
    return QStringLiteral("m.status IN (%1)").arg(marks.join(QLatin1Char(',')));
}
} // namespace

QList<InstanceMigration> MigrationRepository::load(QSqlDatabase &db, const QString &where,
                                                   const QVariantList &values) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM instance_migrations m LEFT JOIN instances i ON i.id = m.instance_id "
                  "LEFT JOIN hosts s ON s.id = m.source_host_id LEFT JOIN hosts d ON d.id = m.dest_host_id "
                  "WHERE %2 ORDER BY m.created_at DESC, m.rowid DESC")
                  .arg(QLatin1String(kColumns), where));
    bindValues(q, values);
    q.exec();
    QList<InstanceMigration> list;
    while (q.next()) {
        InstanceMigration m;
        m.id = q.value(0).toString();
        m.instanceId = q.value(1).toString();
        m.instanceName = q.value(2).toString();
        m.projectId = q.value(3).toString();
        m.kind = q.value(4).toString();
        m.status = q.value(5).toString();
        m.sourceHostId = q.value(6).toString();
        m.sourceHostName = q.value(7).toString();
        m.destHostId = q.value(8).toString();
        m.destHostName = q.value(9).toString();
        m.oldFlavor = flavorAt(q, 10);
        m.newFlavor = flavorAt(q, 17);
        m.oldPowerState = powerStateFromInt(q.value(24).toInt());
        m.error = q.value(25).toString();
        m.createdAt = QDateTime::fromString(q.value(26).toString(), Qt::ISODateWithMs);
        m.updatedAt = QDateTime::fromString(q.value(27).toString(), Qt::ISODateWithMs);
        list.append(m);
    }
    return list;
}

InstanceMigration MigrationRepository::started(const Instance &i, const QString &kind,
                                               const InstanceFlavor &newFlavor)
{
    InstanceMigration m;
    m.id = newId();
    m.instanceId = i.id;
    m.kind = kind;
    m.status = QStringLiteral("migrating");
    m.sourceHostId = i.hostId;
    m.oldFlavor = i.flavor;
    m.newFlavor = newFlavor;
    m.oldPowerState = i.powerState;
    return m;
}

Result<void> MigrationRepository::insert(QSqlDatabase &db, const InstanceMigration &m)
{
    const QString t = now();
    const InstanceFlavor &o = m.oldFlavor;
    const InstanceFlavor &n = m.newFlavor;
    return execSql(
        db,
        QStringLiteral("INSERT INTO instance_migrations (id, instance_id, kind, status, source_host_id, "
                       "dest_host_id, old_flavor_id, old_flavor_name, old_vcpus, old_ram_mb, old_disk_gb, "
                       "old_ephemeral_gb, old_swap_mb, new_flavor_id, new_flavor_name, new_vcpus, "
                       "new_ram_mb, new_disk_gb, new_ephemeral_gb, new_swap_mb, old_power_state, error, "
                       "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {m.id,
         m.instanceId,
         m.kind,
         m.status,
         m.sourceHostId,
         m.destHostId,
         o.id,
         o.name,
         o.vcpus,
         o.ramMb,
         o.diskGb,
         o.ephemeralGb,
         o.swapMb,
         n.id,
         n.name,
         n.vcpus,
         n.ramMb,
         n.diskGb,
         n.ephemeralGb,
         n.swapMb,
         int(m.oldPowerState),
         m.error,
         t,
         t});
}

Result<void> MigrationRepository::setStatus(QSqlDatabase &db, const QString &id, const QString &status,
                                            const QString &error)
{
    return execSql(
        db,
        QStringLiteral("UPDATE instance_migrations SET status = ?, error = ?, updated_at = ? WHERE id = ?"),
        {status, error, now(), id});
}

void MigrationRepository::setStatus(const QString &id, const QString &status, const QString &error)
{
    QSqlDatabase db = m_db->connection();
    if (auto r = setStatus(db, id, status, error); !r)
        qCWarning(lcStore) << "migration update failed:" << r.error().toString();
}

std::optional<InstanceMigration> MigrationRepository::latest(QSqlDatabase &db, const QString &instanceId,
                                                             const QStringList &statuses) const
{
    QVariantList values{instanceId};
    const QString where = QStringLiteral("m.instance_id = ? AND ") + statusList(statuses, &values);
    const auto list = load(db, where, values);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<InstanceMigration> MigrationRepository::latest(const QString &instanceId,
                                                             const QStringList &statuses) const
{
    QSqlDatabase db = m_db->connection();
    return latest(db, instanceId, statuses);
}

QList<InstanceMigration> MigrationRepository::list(const QString &instanceId) const
{
    QSqlDatabase db = m_db->connection();
    return load(db, QStringLiteral("(? = '' OR m.instance_id = ?)"), {instanceId, instanceId});
}

Result<void> MigrationRepository::releaseClaimOn(QSqlDatabase &db, const QString &instanceId,
                                                 const QString &hostId)
{
    return execSql(db, QStringLiteral("DELETE FROM instance_claims WHERE instance_id = ? AND host_id = ?"),
                   {instanceId, hostId});
}

QStringList MigrationRepository::leftoverHosts(const Instance &instance) const
{
    QStringList hosts;
    if (!instance.diskHostId.isEmpty() && instance.diskHostId != instance.hostId)
        hosts << instance.diskHostId;
    if (instance.vmState == VmState::Resized)
        if (auto m = latest(instance.id, {QStringLiteral("finished")});
            m && m->sourceHostId != instance.hostId)
            hosts << m->sourceHostId;
    hosts.removeDuplicates();
    return hosts;
}

QStringList MigrationRepository::abandonUnfinished()
{
    QStringList instances;
    const auto done = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        const auto rows = load(db, QStringLiteral("m.status IN ('pre-migrating', 'migrating')"), {});
        for (const InstanceMigration &m : rows) {
            if (auto e = setStatus(db, m.id, QStringLiteral("error"),
                                   QStringLiteral("StackDesk stopped during the %1").arg(m.kind));
                !e)
                return e;
            // The instance stays where its row says; a claim elsewhere has nothing behind it any more.
            if (auto e =
                    execSql(db,
                            QStringLiteral("DELETE FROM instance_claims WHERE instance_id = ? AND host_id <> "
                                           "(SELECT host_id FROM instances WHERE id = ?)"),
                            {m.instanceId, m.instanceId});
                !e)
                return e;
            instances << m.instanceId;
        }
        return {};
    });
    if (!done)
        qCWarning(lcStore) << "abandoning unfinished migrations failed:" << done.error().toString();
    return instances;
}

} // namespace sd
