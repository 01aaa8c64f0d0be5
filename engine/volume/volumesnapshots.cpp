// Volume snapshots (Cinder's snapshots): a copy of the volume in its own pool on its host (libvirt's
// virStorageVolCreateXMLFrom, qemu-img convert for file pools), from which new volumes are made.

#include "volumeservice.h"

#include "compute/instance/instancerepository.h"
#include "compute/instance/instanceservice.h"
#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "volumerepository.h"
#include "volumestorage.h"
#include "volumetasks.h"
#include "volumetypeservice.h"

namespace sd {

Result<VolumeSnapshot> VolumeService::visibleSnapshot(const RequestContext &ctx, const QString &nameOrId) const
{
    const auto notFound = [&] {
        return makeError(ErrorCode::NotFound, tr("Snapshot '%1': no such volume snapshot").arg(nameOrId));
    };
    if (auto s = m_repo->snapshot(nameOrId)) {
        if (ctx.isAdmin() || s->projectId == ctx.projectId)
            return *s;
        return notFound();
    }
    QStringList ids = m_repo->snapshotIdsByName(nameOrId, ctx.projectId);
    if (ids.isEmpty() && ctx.isAdmin())
        ids = m_repo->snapshotIdsByName(nameOrId, QString());
    if (ids.isEmpty())
        return notFound();
    if (ids.size() > 1)
        return makeError(ErrorCode::Conflict,
                         tr("Snapshot '%1': %2 snapshots have this name; use the ID").arg(nameOrId).arg(ids.size()));
    return *m_repo->snapshot(ids.first());
}

Result<QList<VolumeSnapshot>> VolumeService::listSnapshots(const RequestContext &ctx, bool allProjects,
                                                           const QString &volume) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_snapshot:list")); !p)
        return p.error();
    if (allProjects && !ctx.isAdmin())
        return makeError(ErrorCode::Forbidden, tr("All projects: only administrators may list every project's snapshots"));
    QString volumeId;
    if (!volume.isEmpty()) {
        auto v = visible(ctx, volume);
        if (!v)
            return v.error();
        volumeId = v->id;
    }
    return m_repo->snapshots(allProjects ? QString() : ctx.projectId, volumeId);
}

Result<VolumeSnapshot> VolumeService::showSnapshot(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_snapshot:show")); !p)
        return p.error();
    return visibleSnapshot(ctx, nameOrId);
}

Result<VolumeSnapshot> VolumeService::createSnapshot(const RequestContext &ctx, const QString &volumeName,
                                                     const QString &name, const QString &description, bool force)
{
    const QString action = QStringLiteral("volume_snapshot.create");
    auto volume = visible(ctx, volumeName);
    if (!volume)
        return volume.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_snapshot:create"), volume->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    const QString snapshotName = name.trimmed();
    if (snapshotName.size() > 255)
        return refused(makeError(ErrorCode::BadRequest, tr("Snapshot name: %1 characters, at most 255").arg(snapshotName.size())));
    auto text = checkedText(tr("Description"), description);
    if (!text)
        return refused(text.error());
    auto host = VolumeTasks::upHost(*this, volume->hostId, tr("Volume %1").arg(volume->label()));
    if (!host)
        return refused(host.error());
    if (volume->status == VolumeStatus::InUse) {
        if (!force)
            return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is in-use by instance %2: a snapshot of an "
                                                             "attached volume needs force")
                                                              .arg(volume->label(), volume->attachment->instanceName)));
        auto instance = m_s.instances->repository().find(volume->attachment->instanceId);
        const bool running = instance && (instance->powerState == PowerState::Running ||
                                          instance->powerState == PowerState::Paused);
        if (running && host->kind != HostKind::Simulated)
            return refused(makeError(ErrorCode::Conflict,
                                     tr("Volume %1 is in use by running instance %2, whose QEMU holds the disk locked: "
                                        "detach the volume or shut the instance off, then take the snapshot")
                                         .arg(volume->label(), volume->attachment->instanceName)));
    } else if (volume->status != VolumeStatus::Available) {
        return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is %2: Create Snapshot needs it available")
                                                          .arg(volume->label(), volumeStatusName(volume->status))));
    }

    VolumeSnapshot s;
    s.id = newId();
    s.name = snapshotName;
    s.description = *text;
    s.volumeId = volume->id;
    s.projectId = volume->projectId;
    s.sizeGb = volume->sizeGb;
    s.status = CopyStatus::Creating;
    s.hostId = volume->hostId;
    s.storageName = VolumeTasks::snapshotStorageName(s.id);
    s.createdAt = QDateTime::currentDateTimeUtc();
    const auto stored = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        if (auto q = VolumeTasks::checkQuota(*this, db, volume->projectId, 0, 1, s.sizeGb, 0); !q)
            return q;
        return m_repo->insertSnapshot(db, s);
    });
    if (!stored)
        return refused(stored.error());
    emit snapshotChanged(s.id);

    const auto type = m_s.types->find(volume->typeId);
    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Snapshot volume %1").arg(volume->label());
    job.targetKind = QStringLiteral("volume_snapshot");
    job.targetId = s.id;
    job.targetName = s.label();
    job.hostId = volume->hostId;
    job.work = [t = *type, from = VolumeTasks::storageOf(*this, *volume), storage = s.storageName,
                bytes = s.sizeGb * VolumeTasks::kGiB](virConnectPtr conn, bool simulated,
                                                      TaskControl &control) -> Result<QVariant> {
        control.setProgress(10, tr("Copying the volume"));
        auto copy = VolumeStorage::createFrom(conn, t, storage, bytes, from, simulated);
        if (!copy)
            return copy.error();
        return QVariant(true);
    };
    job.finish = [this, id = s.id](const Result<QVariant> &r) -> Result<QVariant> {
        auto snap = m_repo->snapshot(id);
        if (!snap)
            return r;
        snap->status = r ? CopyStatus::Available : CopyStatus::Error;
        snap->fault = r ? QString() : r.error().message;
        (void)m_repo->saveSnapshot(*snap);
        emit snapshotChanged(id);
        return r;
    };
    if (auto task = VolumeTasks::start(*this, ctx, std::move(job)); !task) {
        (void)m_repo->removeSnapshot(s.id);
        emit snapshotRemoved(s.id);
        return refused(task.error());
    }
    return *m_repo->snapshot(s.id);
}

Result<VolumeSnapshot> VolumeService::updateSnapshot(const RequestContext &ctx, const QString &nameOrId,
                                                     const std::optional<QString> &name,
                                                     const std::optional<QString> &description)
{
    auto snapshot = visibleSnapshot(ctx, nameOrId);
    if (!snapshot)
        return snapshot.error();
    return auditedOn(m_s.log, ctx, QStringLiteral("volume_snapshot.update"), QStringLiteral("volume_snapshot"),
                     snapshot->id, snapshot->label(), [&]() -> Result<VolumeSnapshot> {
                         if (auto p = m_policy->check(ctx, QStringLiteral("volume_snapshot:update"), snapshot->projectId);
                             !p)
                             return p.error();
                         VolumeSnapshot s = *snapshot;
                         if (name) {
                             if (name->size() > 255)
                                 return makeError(ErrorCode::BadRequest,
                                                  tr("Snapshot name: %1 characters, at most 255").arg(name->size()));
                             s.name = name->trimmed();
                         }
                         if (description) {
                             auto d = checkedText(tr("Description"), *description);
                             if (!d)
                                 return d.error();
                             s.description = *d;
                         }
                         if (auto w = m_repo->saveSnapshot(s); !w)
                             return w.error();
                         emit snapshotChanged(s.id);
                         return *m_repo->snapshot(s.id);
                     });
}

Result<QString> VolumeService::removeSnapshot(const RequestContext &ctx, const QString &nameOrId)
{
    const QString action = QStringLiteral("volume_snapshot.delete");
    auto snapshot = visibleSnapshot(ctx, nameOrId);
    if (!snapshot)
        return snapshot.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_snapshot:delete"), snapshot->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) {
        m_s.log->record(ctx, action, QStringLiteral("volume_snapshot"), snapshot->id, snapshot->label(),
                        QDateTime::currentDateTimeUtc(), QStringLiteral("failed"), e.toString());
        return e;
    };
    if (snapshot->status == CopyStatus::Creating || snapshot->status == CopyStatus::Deleting)
        return refused(makeError(ErrorCode::Conflict, tr("Snapshot %1 is %2: try again when it settles")
                                                          .arg(snapshot->label(), copyStatusName(snapshot->status))));
    auto volume = m_repo->volume(snapshot->volumeId);
    if (!volume) {
        (void)m_repo->removeSnapshot(snapshot->id);
        emit snapshotRemoved(snapshot->id);
        return QString();
    }
    VolumeSnapshot s = *snapshot;
    s.status = CopyStatus::Deleting;
    (void)m_repo->saveSnapshot(s);
    emit snapshotChanged(s.id);
    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Delete snapshot %1").arg(s.label());
    job.targetKind = QStringLiteral("volume_snapshot");
    job.targetId = s.id;
    job.targetName = s.label();
    job.hostId = s.hostId;
    job.work = [ref = VolumeTasks::storageOf(*this, s, *volume)](virConnectPtr conn, bool, TaskControl &) -> Result<QVariant> {
        if (auto r = VolumeStorage::remove(conn, ref); !r)
            return r.error();
        return QVariant(true);
    };
    job.finish = [this, id = s.id](const Result<QVariant> &r) -> Result<QVariant> {
        auto snap = m_repo->snapshot(id);
        if (!snap)
            return r;
        if (!r) {
            snap->status = CopyStatus::ErrorDeleting;
            snap->fault = r.error().message;
            (void)m_repo->saveSnapshot(*snap);
            emit snapshotChanged(id);
            return r;
        }
        (void)m_repo->removeSnapshot(id);
        emit snapshotRemoved(id);
        return r;
    };
    auto task = VolumeTasks::start(*this, ctx, std::move(job));
    if (!task) {
        s.status = snapshot->status;
        (void)m_repo->saveSnapshot(s);
        emit snapshotChanged(s.id);
        return refused(task.error());
    }
    return task;
}

} // namespace sd
