#include "volumerepository.h"

#include "store/database.h"
#include "store/lookup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sd {

namespace {

QString isoOf(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QStringList idsOf(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    QStringList ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

const QString kVolumeColumns = QStringLiteral(
    "v.id, v.name, v.description, v.project_id, COALESCE(p.name, ''), v.user_id, v.size_gb, v.type_id, "
    "COALESCE(t.name, ''), v.host_id, COALESCE(h.name, ''), v.availability_zone, v.status, v.bootable, "
    "v.source_kind, v.source_id, v.image_id, v.metadata, v.format, v.storage_name, v.instance_id, "
    "COALESCE(i.name, ''), v.device, v.attached_at, v.delete_on_termination, v.boot_index_zero, "
    "v.transfer_id, v.fault, v.created_at, v.updated_at");
const QString kVolumeFrom = QStringLiteral(
    " FROM volumes v LEFT JOIN projects p ON p.id = v.project_id LEFT JOIN volume_types t ON t.id = v.type_id "
    "LEFT JOIN hosts h ON h.id = v.host_id LEFT JOIN instances i ON i.id = v.instance_id ");

Volume volumeFrom(const QSqlQuery &q)
{
    Volume v;
    v.id = q.value(0).toString();
    v.name = q.value(1).toString();
    v.description = q.value(2).toString();
    v.projectId = q.value(3).toString();
    v.projectName = q.value(4).toString();
    v.userId = q.value(5).toString();
    v.sizeGb = q.value(6).toLongLong();
    v.typeId = q.value(7).toString();
    v.typeName = q.value(8).toString();
    v.hostId = q.value(9).toString();
    v.hostName = q.value(10).toString();
    v.availabilityZone = q.value(11).toString();
    v.status = volumeStatusFromName(q.value(12).toString()).value_or(VolumeStatus::Error);
    v.bootable = q.value(13).toBool();
    v.sourceKind = q.value(14).toString();
    v.sourceId = q.value(15).toString();
    v.imageId = q.value(16).toString();
    v.metadata = VolumeRepository::fromJson(q.value(17).toString());
    v.format = q.value(18).toString();
    v.storageName = q.value(19).toString();
    const QString instanceId = q.value(20).toString();
    if (!instanceId.isEmpty()) {
        VolumeAttachment a;
        a.instanceId = instanceId;
        a.instanceName = q.value(21).toString();
        a.hostId = v.hostId;
        a.device = q.value(22).toString();
        a.attachedAt = timeOf(q.value(23));
        v.attachment = a;
    }
    v.deleteOnTermination = q.value(24).toBool();
    v.bootIndexZero = q.value(25).toBool();
    v.transferId = q.value(26).toString();
    v.fault = q.value(27).toString();
    v.createdAt = timeOf(q.value(28));
    v.updatedAt = timeOf(q.value(29));
    return v;
}

QList<Volume> volumesWhere(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kVolumeColumns + kVolumeFrom + where +
              QStringLiteral(" ORDER BY v.created_at, v.id"));
    bindValues(q, values);
    QList<Volume> list;
    if (q.exec())
        while (q.next())
            list.append(volumeFrom(q));
    return list;
}

QVariantList volumeValues(const Volume &v)
{
    return {v.id,
            v.name,
            v.description,
            v.projectId,
            v.userId,
            v.sizeGb,
            v.typeId,
            v.hostId,
            v.availabilityZone,
            volumeStatusName(v.status),
            v.bootable,
            v.sourceKind,
            v.sourceId,
            v.imageId,
            VolumeRepository::toJson(v.metadata),
            v.format,
            v.storageName,
            v.attachment ? v.attachment->instanceId : QString(),
            v.attachment ? v.attachment->device : QString(),
            v.attachment ? isoOf(v.attachment->attachedAt) : QString(),
            v.deleteOnTermination,
            v.bootIndexZero,
            v.transferId,
            v.fault,
            isoOf(v.createdAt),
            isoOf(QDateTime::currentDateTimeUtc())};
}

const QString kSnapshotSelect = QStringLiteral(
    "SELECT s.id, s.name, s.description, s.volume_id, COALESCE(v.name, ''), s.project_id, COALESCE(p.name, ''), "
    "s.size_gb, s.status, s.host_id, s.storage_name, s.metadata, s.fault, s.created_at FROM volume_snapshots s "
    "LEFT JOIN volumes v ON v.id = s.volume_id LEFT JOIN projects p ON p.id = s.project_id ");

VolumeSnapshot snapshotFrom(const QSqlQuery &q)
{
    VolumeSnapshot s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.description = q.value(2).toString();
    s.volumeId = q.value(3).toString();
    s.volumeName = q.value(4).toString();
    s.projectId = q.value(5).toString();
    s.projectName = q.value(6).toString();
    s.sizeGb = q.value(7).toLongLong();
    s.status = copyStatusFromName(q.value(8).toString()).value_or(CopyStatus::Error);
    s.hostId = q.value(9).toString();
    s.storageName = q.value(10).toString();
    s.metadata = VolumeRepository::fromJson(q.value(11).toString());
    s.fault = q.value(12).toString();
    s.createdAt = timeOf(q.value(13));
    return s;
}

const QString kBackupSelect = QStringLiteral(
    "SELECT b.id, b.name, b.description, b.volume_id, b.volume_name, b.project_id, COALESCE(p.name, ''), "
    "b.size_gb, b.stored_bytes, b.format, b.status, b.fault, b.created_at FROM volume_backups b "
    "LEFT JOIN projects p ON p.id = b.project_id ");

VolumeBackup backupFrom(const QSqlQuery &q)
{
    VolumeBackup b;
    b.id = q.value(0).toString();
    b.name = q.value(1).toString();
    b.description = q.value(2).toString();
    b.volumeId = q.value(3).toString();
    b.volumeName = q.value(4).toString();
    b.projectId = q.value(5).toString();
    b.projectName = q.value(6).toString();
    b.sizeGb = q.value(7).toLongLong();
    b.storedBytes = q.value(8).toLongLong();
    b.format = q.value(9).toString();
    b.status = copyStatusFromName(q.value(10).toString()).value_or(CopyStatus::Error);
    b.fault = q.value(11).toString();
    b.createdAt = timeOf(q.value(12));
    return b;
}

const QString kTransferSelect = QStringLiteral(
    "SELECT x.id, x.name, x.volume_id, COALESCE(v.name, ''), x.project_id, x.created_at, x.salt, x.key_hash "
    "FROM volume_transfers x LEFT JOIN volumes v ON v.id = x.volume_id ");

VolumeRepository::TransferRow transferFrom(const QSqlQuery &q)
{
    VolumeRepository::TransferRow row;
    row.transfer.id = q.value(0).toString();
    row.transfer.name = q.value(1).toString();
    row.transfer.volumeId = q.value(2).toString();
    row.transfer.volumeName = q.value(3).toString();
    row.transfer.projectId = q.value(4).toString();
    row.transfer.createdAt = timeOf(q.value(5));
    row.salt = q.value(6).toString();
    row.keyHash = q.value(7).toString();
    return row;
}

} // namespace

QString VolumeRepository::toJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> VolumeRepository::fromJson(const QString &json)
{
    QMap<QString, QString> map;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

std::optional<Volume> VolumeRepository::volume(const QString &id) const
{
    const auto list = volumesWhere(m_db->connection(), QStringLiteral("WHERE v.id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QStringList VolumeRepository::volumeIdsByName(const QString &name, const QString &projectId) const
{
    return idsOf(m_db->connection(), QStringLiteral("SELECT id FROM volumes WHERE name = ? AND project_id = ?"),
                 {name, projectId});
}

QStringList VolumeRepository::volumeIdsByName(const QString &name) const
{
    return idsOf(m_db->connection(), QStringLiteral("SELECT id FROM volumes WHERE name = ?"), {name});
}

QList<Volume> VolumeRepository::volumes(const QString &projectId) const
{
    if (projectId.isEmpty())
        return volumesWhere(m_db->connection(), QString(), {});
    return volumesWhere(m_db->connection(), QStringLiteral("WHERE v.project_id = ?"), {projectId});
}

QList<Volume> VolumeRepository::attachedTo(const QString &instanceId) const
{
    return volumesWhere(m_db->connection(), QStringLiteral("WHERE v.instance_id = ?"), {instanceId});
}

Result<void> VolumeRepository::insert(QSqlDatabase &db, const Volume &v) const
{
    return execSql(db,
                   QStringLiteral("INSERT INTO volumes (id, name, description, project_id, user_id, size_gb, type_id, "
                                  "host_id, availability_zone, status, bootable, source_kind, source_id, image_id, "
                                  "metadata, format, storage_name, instance_id, device, attached_at, "
                                  "delete_on_termination, boot_index_zero, transfer_id, fault, created_at, updated_at) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                   volumeValues(v));
}

Result<void> VolumeRepository::save(QSqlDatabase &db, const Volume &v) const
{
    QVariantList values = volumeValues(v);
    values.removeFirst();
    values.append(v.id);
    return execSql(db,
                   QStringLiteral("UPDATE volumes SET name = ?, description = ?, project_id = ?, user_id = ?, "
                                  "size_gb = ?, type_id = ?, host_id = ?, availability_zone = ?, status = ?, "
                                  "bootable = ?, source_kind = ?, source_id = ?, image_id = ?, metadata = ?, "
                                  "format = ?, storage_name = ?, instance_id = ?, device = ?, attached_at = ?, "
                                  "delete_on_termination = ?, boot_index_zero = ?, transfer_id = ?, fault = ?, "
                                  "created_at = ?, updated_at = ? WHERE id = ?"),
                   values);
}

Result<void> VolumeRepository::save(const Volume &v) const
{
    QSqlDatabase db = m_db->connection();
    return save(db, v);
}

Result<void> VolumeRepository::setStatus(const QString &id, VolumeStatus status, const QString &fault) const
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QStringLiteral("UPDATE volumes SET status = ?, fault = ?, updated_at = ? WHERE id = ?"),
                   {volumeStatusName(status), fault, isoOf(QDateTime::currentDateTimeUtc()), id});
}

Result<void> VolumeRepository::removeVolume(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QStringLiteral("DELETE FROM volumes WHERE id = ?"), {id});
}

std::optional<VolumeSnapshot> VolumeRepository::snapshot(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSnapshotSelect + QStringLiteral("WHERE s.id = ?"));
    bindValues(q, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return snapshotFrom(q);
}

QStringList VolumeRepository::snapshotIdsByName(const QString &name, const QString &projectId) const
{
    if (projectId.isEmpty())
        return idsOf(m_db->connection(), QStringLiteral("SELECT id FROM volume_snapshots WHERE name = ?"), {name});
    return idsOf(m_db->connection(),
                 QStringLiteral("SELECT id FROM volume_snapshots WHERE name = ? AND project_id = ?"), {name, projectId});
}

QList<VolumeSnapshot> VolumeRepository::snapshots(const QString &projectId, const QString &volumeId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSnapshotSelect +
              QStringLiteral("WHERE (? = '' OR s.project_id = ?) AND (? = '' OR s.volume_id = ?) "
                             "ORDER BY s.created_at, s.id"));
    bindValues(q, {projectId, projectId, volumeId, volumeId});
    QList<VolumeSnapshot> list;
    if (q.exec())
        while (q.next())
            list.append(snapshotFrom(q));
    return list;
}

Result<void> VolumeRepository::insertSnapshot(QSqlDatabase &db, const VolumeSnapshot &s) const
{
    return execSql(db,
                   QStringLiteral("INSERT INTO volume_snapshots (id, name, description, volume_id, project_id, size_gb, "
                                  "status, host_id, storage_name, metadata, fault, created_at) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                   {s.id, s.name, s.description, s.volumeId, s.projectId, s.sizeGb, copyStatusName(s.status),
                    s.hostId, s.storageName, toJson(s.metadata), s.fault, isoOf(s.createdAt)});
}

Result<void> VolumeRepository::saveSnapshot(const VolumeSnapshot &s) const
{
    QSqlDatabase db = m_db->connection();
    return execSql(db,
                   QStringLiteral("UPDATE volume_snapshots SET name = ?, description = ?, project_id = ?, status = ?, "
                                  "metadata = ?, fault = ? WHERE id = ?"),
                   {s.name, s.description, s.projectId, copyStatusName(s.status), toJson(s.metadata), s.fault, s.id});
}

Result<void> VolumeRepository::removeSnapshot(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QStringLiteral("DELETE FROM volume_snapshots WHERE id = ?"), {id});
}

qint64 VolumeRepository::snapshotCount(const QString &volumeId) const
{
    QSqlDatabase db = m_db->connection();
    return countRows(db, QStringLiteral("SELECT COUNT(*) FROM volume_snapshots WHERE volume_id = ?"), {volumeId});
}

std::optional<VolumeBackup> VolumeRepository::backup(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kBackupSelect + QStringLiteral("WHERE b.id = ?"));
    bindValues(q, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return backupFrom(q);
}

QStringList VolumeRepository::backupIdsByName(const QString &name, const QString &projectId) const
{
    if (projectId.isEmpty())
        return idsOf(m_db->connection(), QStringLiteral("SELECT id FROM volume_backups WHERE name = ?"), {name});
    return idsOf(m_db->connection(), QStringLiteral("SELECT id FROM volume_backups WHERE name = ? AND project_id = ?"),
                 {name, projectId});
}

QList<VolumeBackup> VolumeRepository::backups(const QString &projectId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kBackupSelect + QStringLiteral("WHERE (? = '' OR b.project_id = ?) ORDER BY b.created_at, b.id"));
    bindValues(q, {projectId, projectId});
    QList<VolumeBackup> list;
    if (q.exec())
        while (q.next())
            list.append(backupFrom(q));
    return list;
}

Result<void> VolumeRepository::insertBackup(QSqlDatabase &db, const VolumeBackup &b) const
{
    return execSql(db,
                   QStringLiteral("INSERT INTO volume_backups (id, name, description, volume_id, volume_name, "
                                  "project_id, size_gb, stored_bytes, format, status, fault, created_at) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                   {b.id, b.name, b.description, b.volumeId, b.volumeName, b.projectId, b.sizeGb, b.storedBytes,
                    b.format, copyStatusName(b.status), b.fault, isoOf(b.createdAt)});
}

Result<void> VolumeRepository::saveBackup(const VolumeBackup &b) const
{
    QSqlDatabase db = m_db->connection();
    return execSql(db,
                   QStringLiteral("UPDATE volume_backups SET name = ?, description = ?, stored_bytes = ?, status = ?, "
                                  "fault = ? WHERE id = ?"),
                   {b.name, b.description, b.storedBytes, copyStatusName(b.status), b.fault, b.id});
}

Result<void> VolumeRepository::removeBackup(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QStringLiteral("DELETE FROM volume_backups WHERE id = ?"), {id});
}

std::optional<VolumeRepository::TransferRow> VolumeRepository::transfer(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kTransferSelect + QStringLiteral("WHERE x.id = ?"));
    bindValues(q, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return transferFrom(q);
}

QStringList VolumeRepository::transferIdsByName(const QString &name) const
{
    return idsOf(m_db->connection(), QStringLiteral("SELECT id FROM volume_transfers WHERE name = ?"), {name});
}

QList<VolumeTransfer> VolumeRepository::transfers(const QString &projectId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kTransferSelect + QStringLiteral("WHERE (? = '' OR x.project_id = ?) ORDER BY x.created_at, x.id"));
    bindValues(q, {projectId, projectId});
    QList<VolumeTransfer> list;
    if (q.exec())
        while (q.next())
            list.append(transferFrom(q).transfer);
    return list;
}

Result<void> VolumeRepository::insertTransfer(QSqlDatabase &db, const TransferRow &t) const
{
    return execSql(db,
                   QStringLiteral("INSERT INTO volume_transfers (id, name, volume_id, project_id, salt, key_hash, "
                                  "created_at) VALUES (?,?,?,?,?,?,?)"),
                   {t.transfer.id, t.transfer.name, t.transfer.volumeId, t.transfer.projectId, t.salt, t.keyHash,
                    isoOf(t.transfer.createdAt)});
}

Result<void> VolumeRepository::removeTransfer(QSqlDatabase &db, const QString &id) const
{
    return execSql(db, QStringLiteral("DELETE FROM volume_transfers WHERE id = ?"), {id});
}

qint64 VolumeRepository::volumeCount(QSqlDatabase &db, const QString &projectId)
{
    return countRows(db, QStringLiteral("SELECT COUNT(*) FROM volumes WHERE project_id = ?"), {projectId});
}

qint64 VolumeRepository::snapshotCountOf(QSqlDatabase &db, const QString &projectId)
{
    return countRows(db, QStringLiteral("SELECT COUNT(*) FROM volume_snapshots WHERE project_id = ?"), {projectId});
}

qint64 VolumeRepository::gigabytes(QSqlDatabase &db, const QString &projectId)
{
    // Cinder's gigabytes quota counts volumes and snapshots together.
    return countRows(db,
                     QStringLiteral("SELECT COALESCE((SELECT SUM(size_gb) FROM volumes WHERE project_id = ?), 0) + "
                                    "COALESCE((SELECT SUM(size_gb) FROM volume_snapshots WHERE project_id = ?), 0)"),
                     {projectId, projectId});
}

qint64 VolumeRepository::backupCount(QSqlDatabase &db, const QString &projectId)
{
    return countRows(db, QStringLiteral("SELECT COUNT(*) FROM volume_backups WHERE project_id = ?"), {projectId});
}

} // namespace sd
