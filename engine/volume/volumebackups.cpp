// Volume backups: the volume's data streamed out of its host (virStorageVolDownload) into the data dir's
// backups/ folder, so a backup outlives the host, and streamed back (virStorageVolUpload) on restore.

#include "volumeservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "volumerepository.h"
#include "volumestorage.h"
#include "volumetasks.h"
#include "volumetypeservice.h"

#include <QDir>
#include <QFile>

namespace sd {

namespace {

QString backupFile(const QString &dir, const VolumeBackup &b)
{
    return QDir(dir).filePath(b.id + QLatin1Char('.') + b.format);
}

} // namespace

Result<VolumeBackup> VolumeService::visibleBackup(const RequestContext &ctx, const QString &nameOrId) const
{
    const auto notFound = [&] {
        return makeError(ErrorCode::NotFound, tr("Backup '%1': no such volume backup").arg(nameOrId));
    };
    if (auto b = m_repo->backup(nameOrId)) {
        if (ctx.isAdmin() || b->projectId == ctx.projectId)
            return *b;
        return notFound();
    }
    QStringList ids = m_repo->backupIdsByName(nameOrId, ctx.projectId);
    if (ids.isEmpty() && ctx.isAdmin())
        ids = m_repo->backupIdsByName(nameOrId, QString());
    if (ids.isEmpty())
        return notFound();
    if (ids.size() > 1)
        return makeError(ErrorCode::Conflict,
                         tr("Backup '%1': %2 backups have this name; use the ID").arg(nameOrId).arg(ids.size()));
    return *m_repo->backup(ids.first());
}

Result<QList<VolumeBackup>> VolumeService::listBackups(const RequestContext &ctx, bool allProjects) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_backup:list")); !p)
        return p.error();
    if (allProjects && !ctx.isAdmin())
        return makeError(ErrorCode::Forbidden, tr("All projects: only administrators may list every project's backups"));
    return m_repo->backups(allProjects ? QString() : ctx.projectId);
}

Result<VolumeBackup> VolumeService::showBackup(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_backup:show")); !p)
        return p.error();
    return visibleBackup(ctx, nameOrId);
}

Result<VolumeBackup> VolumeService::createBackup(const RequestContext &ctx, const QString &volumeName,
                                                 const QString &name, const QString &description, bool force)
{
    const QString action = QStringLiteral("volume_backup.create");
    auto volume = visible(ctx, volumeName);
    if (!volume)
        return volume.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_backup:create"), volume->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    if (name.trimmed().size() > 255)
        return refused(makeError(ErrorCode::BadRequest, tr("Backup name: %1 characters, at most 255").arg(name.size())));
    auto text = checkedText(tr("Description"), description);
    if (!text)
        return refused(text.error());
    if (volume->status == VolumeStatus::InUse && !force)
        return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is in-use by instance %2: a backup of an attached "
                                                         "volume needs force (it is then crash-consistent)")
                                                          .arg(volume->label(), volume->attachment->instanceName)));
    const VolumeStatus back = volume->status;
    VolumeBackup b;
    b.id = newId();
    b.name = name.trimmed();
    b.description = *text;
    b.volumeId = volume->id;
    b.volumeName = volume->label();
    b.projectId = volume->projectId;
    b.sizeGb = volume->sizeGb;
    b.format = volume->format;
    b.status = CopyStatus::Creating;
    b.createdAt = QDateTime::currentDateTimeUtc();
    if (auto q = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            if (auto quota = VolumeTasks::checkQuota(*this, db, volume->projectId, 0, 0, 0, 1); !quota)
                return quota;
            return m_repo->insertBackup(db, b);
        });
        !q)
        return refused(q.error());
    auto claimed = VolumeTasks::claim(*this, volume->id, {VolumeStatus::Available, VolumeStatus::InUse},
                                      VolumeStatus::BackingUp, tr("Create Backup"));
    if (!claimed) {
        (void)m_repo->removeBackup(b.id);
        return refused(claimed.error());
    }
    emit backupChanged(b.id);

    const QString file = backupFile(m_backupDir, b);
    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Back up volume %1").arg(volume->label());
    job.targetKind = QStringLiteral("volume_backup");
    job.targetId = b.id;
    job.targetName = b.label();
    job.hostId = volume->hostId;
    job.work = [ref = VolumeTasks::storageOf(*this, *volume), file](virConnectPtr conn, bool simulated,
                                                                    TaskControl &control) -> Result<QVariant> {
        auto got = VolumeStorage::download(conn, ref, file, simulated, [&control](qint64 done, qint64 total) {
            control.setProgress(int(done * 99 / qMax<qint64>(total, 1)),
                                tr("Backing up: %1 of %2 MiB").arg(done >> 20).arg(total >> 20));
            return !control.isCancelled();
        });
        if (!got)
            return got.error();
        return QVariant(*got);
    };
    job.finish = [this, id = b.id, volumeId = volume->id, back, file](const Result<QVariant> &r) -> Result<QVariant> {
        VolumeTasks::setStatus(*this, volumeId, back);
        auto backup = m_repo->backup(id);
        if (!backup)
            return r;
        if (!r) {
            QFile::remove(file);
            backup->status = CopyStatus::Error;
            backup->fault = r.error().message;
        } else {
            backup->status = CopyStatus::Available;
            backup->storedBytes = r.value().toLongLong();
        }
        (void)m_repo->saveBackup(*backup);
        emit backupChanged(id);
        return r;
    };
    if (auto task = VolumeTasks::start(*this, ctx, std::move(job)); !task) {
        VolumeTasks::setStatus(*this, volume->id, back);
        (void)m_repo->removeBackup(b.id);
        emit backupRemoved(b.id);
        return refused(task.error());
    }
    return *m_repo->backup(b.id);
}

Result<Volume> VolumeService::restoreBackup(const RequestContext &ctx, const QString &backupName,
                                            const QString &volumeName, const QString &newName)
{
    const QString action = QStringLiteral("volume_backup.restore");
    auto backup = visibleBackup(ctx, backupName);
    if (!backup)
        return backup.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_backup:restore"), backup->projectId); !p)
        return p.error();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const auto refused = [&](const Error &e) -> Error {
        m_s.log->record(ctx, action, QStringLiteral("volume_backup"), backup->id, backup->label(), started,
                        QStringLiteral("failed"), e.toString());
        return e;
    };
    if (backup->status != CopyStatus::Available)
        return refused(makeError(ErrorCode::Conflict, tr("Backup %1 is %2: Restore needs it available")
                                                          .arg(backup->label(), copyStatusName(backup->status))));
    const QString file = backupFile(m_backupDir, *backup);
    if (!QFile::exists(file))
        return refused(makeError(ErrorCode::Conflict, tr("Backup %1: its data file %2 is missing").arg(backup->label(), file)));

    std::optional<Volume> target;
    if (!volumeName.isEmpty()) {
        auto v = visible(ctx, volumeName);
        if (!v)
            return refused(v.error());
        if (v->sizeGb < backup->sizeGb)
            return refused(makeError(ErrorCode::BadRequest, tr("Volume %1 is %2 GiB; backup %3 needs at least %4 GiB")
                                                                .arg(v->label())
                                                                .arg(v->sizeGb)
                                                                .arg(backup->label())
                                                                .arg(backup->sizeGb)));
        if (v->format != backup->format)
            return refused(makeError(ErrorCode::BadRequest,
                                     tr("Volume %1 holds %2 data and backup %3 is %4: restore into a volume of the "
                                        "backup's kind, or into a new volume")
                                         .arg(v->label(), v->format, backup->label(), backup->format)));
        auto claimed = VolumeTasks::claim(*this, v->id, {VolumeStatus::Available}, VolumeStatus::RestoringBackup,
                                          tr("Restore Backup"));
        if (!claimed)
            return refused(claimed.error());
        target = *claimed;
    } else {
        // A new volume in the type the backed-up volume had, when it is still there; else the default.
        std::optional<VolumeType> type;
        if (auto origin = m_repo->volume(backup->volumeId))
            type = m_s.types->find(origin->typeId);
        if (!type) {
            auto t = m_s.types->defaultType(ctx);
            if (!t)
                return refused(t.error());
            type = *t;
        }
        if (volumeFormatFor(type->poolType) != backup->format)
            return refused(makeError(ErrorCode::BadRequest,
                                     tr("Backup %1 is %2 data; volume type %3 holds %4: restore into an existing %2 "
                                        "volume")
                                         .arg(backup->label(), backup->format, type->name,
                                              volumeFormatFor(type->poolType))));
        const QString name = newName.trimmed().isEmpty() ? QStringLiteral("restore_backup_") + backup->id : newName.trimmed();
        auto host = VolumeTasks::pickHost(*this, QString(), tr("Volume %1").arg(name));
        if (!host)
            return refused(host.error());
        Volume v;
        v.id = newId();
        v.name = name;
        v.projectId = backup->projectId;
        v.userId = ctx.userId;
        v.sizeGb = backup->sizeGb;
        v.typeId = type->id;
        v.hostId = host->record.id;
        v.availabilityZone = host->record.availabilityZone;
        v.status = VolumeStatus::RestoringBackup;
        v.sourceKind = QStringLiteral("backup");
        v.sourceId = backup->id;
        if (auto origin = m_repo->volume(backup->volumeId)) {
            v.bootable = origin->bootable;
            v.imageId = origin->imageId;
        }
        v.format = backup->format;
        v.storageName = VolumeTasks::storageName(v.id);
        v.createdAt = started;
        if (auto stored = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (auto q = VolumeTasks::checkQuota(*this, db, v.projectId, 1, 0, v.sizeGb, 0); !q)
                    return q;
                return m_repo->insert(db, v);
            });
            !stored)
            return refused(stored.error());
        emit volumeChanged(v.id);
        target = v;
    }

    VolumeBackup b = *backup;
    b.status = CopyStatus::Restoring;
    (void)m_repo->saveBackup(b);
    emit backupChanged(b.id);

    const auto type = m_s.types->find(target->typeId);
    const bool fresh = volumeName.isEmpty();
    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Restore backup %1 into volume %2").arg(backup->label(), target->label());
    job.targetKind = QStringLiteral("volume_backup");
    job.targetId = backup->id;
    job.targetName = backup->label();
    job.hostId = target->hostId;
    job.work = [t = *type, ref = VolumeTasks::storageOf(*this, *target), file, fresh, hostName = target->hostName,
                bytes = target->sizeGb * VolumeTasks::kGiB](virConnectPtr conn, bool simulated,
                                                            TaskControl &control) -> Result<QVariant> {
        if (fresh) {
            if (auto pool = VolumeStorage::ensurePool(conn, t, hostName, simulated); !pool)
                return pool.error();
            if (auto made = VolumeStorage::createEmpty(conn, t, ref.volume, bytes); !made)
                return made.error();
        }
        auto sent = VolumeStorage::upload(conn, ref, file, simulated, [&control](qint64 done, qint64 total) {
            control.setProgress(int(done * 95 / qMax<qint64>(total, 1)),
                                tr("Restoring: %1 of %2 MiB").arg(done >> 20).arg(total >> 20));
            return true;
        });
        if (!sent) {
            if (fresh)
                (void)VolumeStorage::remove(conn, ref);
            return sent.error();
        }
        // The data carries the backed-up size; a larger volume gets its own size back.
        if (!simulated)
            if (auto size = VolumeStorage::capacity(conn, ref); size && *size < bytes)
                if (auto grown = VolumeStorage::resize(conn, ref, bytes, simulated); !grown)
                    return grown.error();
        return QVariant(true);
    };
    job.finish = [this, backupId = backup->id, volumeId = target->id, fresh](const Result<QVariant> &r) -> Result<QVariant> {
        if (auto bk = m_repo->backup(backupId)) {
            bk->status = CopyStatus::Available;
            (void)m_repo->saveBackup(*bk);
            emit backupChanged(backupId);
        }
        if (!r)
            VolumeTasks::fail(*this, volumeId, fresh ? VolumeStatus::Error : VolumeStatus::ErrorRestoring, r.error());
        else
            VolumeTasks::setStatus(*this, volumeId, VolumeStatus::Available);
        return r;
    };
    if (auto task = VolumeTasks::start(*this, ctx, std::move(job)); !task) {
        VolumeTasks::fail(*this, target->id, fresh ? VolumeStatus::Error : VolumeStatus::Available, task.error());
        b.status = CopyStatus::Available;
        (void)m_repo->saveBackup(b);
        emit backupChanged(b.id);
        return refused(task.error());
    }
    m_s.log->record(ctx, action, QStringLiteral("volume_backup"), backup->id, backup->label(), started,
                    QStringLiteral("started"), target->id);
    return *m_repo->volume(target->id);
}

Result<QString> VolumeService::removeBackup(const RequestContext &ctx, const QString &nameOrId)
{
    auto backup = visibleBackup(ctx, nameOrId);
    if (!backup)
        return backup.error();
    return auditedOn(m_s.log, ctx, QStringLiteral("volume_backup.delete"), QStringLiteral("volume_backup"), backup->id,
                     backup->label(), [&]() -> Result<QString> {
                         if (auto p = m_policy->check(ctx, QStringLiteral("volume_backup:delete"), backup->projectId); !p)
                             return p.error();
                         if (backup->status != CopyStatus::Available && backup->status != CopyStatus::Error)
                             return makeError(ErrorCode::Conflict, tr("Backup %1 is %2: Delete needs it available or error")
                                                                       .arg(backup->label(), copyStatusName(backup->status)));
                         const QString file = backupFile(m_backupDir, *backup);
                         if (QFile::exists(file) && !QFile::remove(file))
                             return makeError(ErrorCode::Internal, tr("Backup %1: its file %2 cannot be removed")
                                                                       .arg(backup->label(), file));
                         if (auto w = m_repo->removeBackup(backup->id); !w)
                             return w.error();
                         emit backupRemoved(backup->id);
                         return QString();
                     });
}

} // namespace sd
