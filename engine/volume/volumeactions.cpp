// VolumeService's actions on one volume's data: extend, delete, retype, upload to image.

#include "volumeservice.h"

#include "compute/instance/instancerepository.h"
#include "compute/instance/instanceservice.h"
#include "core/ids.h"
#include "core/namecheck.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"
#include "image/imageservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"
#include "volumerepository.h"
#include "volumestorage.h"
#include "volumetasks.h"
#include "volumetypeservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace sd {

namespace {

// The running domain a volume is plugged into on a real host, if any: there a change of size goes
// through QEMU (virDomainBlockResize), which owns the image while it runs.
std::optional<Instance> runningInstanceOf(VolumeService &service, const Volume &v, const HostInfo &host)
{
    if (!v.attachment || host.kind == HostKind::Simulated)
        return std::nullopt;
    auto instance = service.services().instances->repository().find(v.attachment->instanceId);
    if (!instance || (instance->powerState != PowerState::Running && instance->powerState != PowerState::Paused))
        return std::nullopt;
    return instance;
}

} // namespace

Result<QString> VolumeService::extend(const RequestContext &ctx, const QString &nameOrId, qint64 newSizeGb)
{
    const QString action = QStringLiteral("volume.extend");
    auto volume = visible(ctx, nameOrId);
    if (!volume)
        return volume.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume:extend"), volume->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    if (auto s = validateSize(newSizeGb, tr("New size")); !s)
        return refused(s.error());
    if (newSizeGb <= volume->sizeGb)
        return refused(makeError(ErrorCode::BadRequest,
                                 tr("New size: volume %1 is %2 GiB; it can only grow (give more than %2 GiB)")
                                     .arg(volume->label())
                                     .arg(volume->sizeGb)));
    auto host = VolumeTasks::upHost(*this, volume->hostId, tr("Volume %1").arg(volume->label()));
    if (!host)
        return refused(host.error());
    const auto running = runningInstanceOf(*this, *volume, *host);
    if (running && !host->facts.capabilities.hotplug)
        return refused(makeError(ErrorCode::Conflict, tr("Host %1 cannot resize a disk under a running instance; "
                                                         "shut instance %2 off first")
                                                          .arg(host->record.name, running->name)));
    const qint64 delta = newSizeGb - volume->sizeGb;
    if (auto q = m_db->transaction([&](QSqlDatabase &db) {
            return VolumeTasks::checkQuota(*this, db, volume->projectId, 0, 0, delta, 0);
        });
        !q)
        return refused(q.error());
    const VolumeStatus back = volume->status;
    auto claimed = VolumeTasks::claim(*this, volume->id, {VolumeStatus::Available, VolumeStatus::InUse},
                                      VolumeStatus::Extending, tr("Extend"));
    if (!claimed)
        return refused(claimed.error());

    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Extend volume %1 to %2 GiB").arg(volume->label()).arg(newSizeGb);
    job.targetId = volume->id;
    job.targetName = volume->label();
    job.hostId = volume->hostId;
    job.work = [ref = VolumeTasks::storageOf(*this, *volume), newSizeGb,
                domain = running ? running->domainName() : QString(),
                device = volume->attachment ? volume->attachment->device : QString()](
                   virConnectPtr conn, bool simulated, TaskControl &control) -> Result<QVariant> {
        const qint64 bytes = newSizeGb * VolumeTasks::kGiB;
        control.setProgress(30, tr("Growing to %1 GiB").arg(newSizeGb));
        auto grown = domain.isEmpty() ? VolumeStorage::resize(conn, ref, bytes, simulated)
                                      : VolumeStorage::blockResize(conn, domain, device, bytes);
        if (!grown)
            return grown.error();
        return QVariant(newSizeGb);
    };
    job.finish = [this, id = volume->id, back, newSizeGb](const Result<QVariant> &r) -> Result<QVariant> {
        auto v = m_repo->volume(id);
        if (!v)
            return r;
        if (!r) {
            // Cinder's error_extending for a detached volume; an attached one stays usable as it was.
            VolumeTasks::fail(*this, id, back == VolumeStatus::InUse ? VolumeStatus::InUse : VolumeStatus::ErrorExtending,
                              r.error());
            return r;
        }
        v->sizeGb = newSizeGb;
        v->status = back;
        v->fault.clear();
        (void)m_repo->save(*v);
        emit volumeChanged(id);
        return r;
    };
    auto task = VolumeTasks::start(*this, ctx, std::move(job));
    if (!task)
        VolumeTasks::fail(*this, volume->id, back, task.error());
    return task;
}

Result<QString> VolumeService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    const QString action = QStringLiteral("volume.delete");
    auto volume = visible(ctx, nameOrId);
    if (!volume)
        return volume.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume:delete"), volume->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    if (volume->attachment)
        return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is attached to instance %2: detach it first")
                                                          .arg(volume->label(), volume->attachment->instanceName)));
    if (volume->status == VolumeStatus::AwaitingTransfer)
        return refused(makeError(ErrorCode::Conflict,
                                 tr("Volume %1 is awaiting transfer: cancel the transfer first").arg(volume->label())));
    if (const qint64 snapshots = m_repo->snapshotCount(volume->id); snapshots > 0)
        return refused(makeError(ErrorCode::Conflict,
                                 tr("Volume %1 has %n snapshot(s): delete them first", nullptr, int(snapshots))
                                     .arg(volume->label())));
    const auto host = m_s.hosts->show(RequestContext::system(), volume->hostId);
    auto claimed = VolumeTasks::claim(*this, volume->id,
                                      {VolumeStatus::Available, VolumeStatus::Error, VolumeStatus::ErrorDeleting,
                                       VolumeStatus::ErrorExtending, VolumeStatus::ErrorRestoring},
                                      VolumeStatus::Deleting, tr("Delete"));
    if (!claimed)
        return refused(claimed.error());
    // A volume whose host was removed from StackDesk has nothing left to clean up but its row.
    if (!host) {
        (void)m_repo->removeVolume(volume->id);
        emit volumeRemoved(volume->id);
        m_s.log->record(ctx, action, QStringLiteral("volume"), volume->id, volume->label(),
                        QDateTime::currentDateTimeUtc(), QStringLiteral("succeeded"), QString());
        return QString();
    }
    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Delete volume %1").arg(volume->label());
    job.targetId = volume->id;
    job.targetName = volume->label();
    job.hostId = volume->hostId;
    job.work = [ref = VolumeTasks::storageOf(*this, *volume)](virConnectPtr conn, bool,
                                                              TaskControl &control) -> Result<QVariant> {
        control.setProgress(50, tr("Removing the volume's data"));
        if (auto r = VolumeStorage::remove(conn, ref); !r)
            return r.error();
        return QVariant(true);
    };
    job.finish = [this, id = volume->id](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            VolumeTasks::fail(*this, id, VolumeStatus::ErrorDeleting, r.error());
            return r;
        }
        (void)m_repo->removeVolume(id);
        emit volumeRemoved(id);
        return r;
    };
    auto task = VolumeTasks::start(*this, ctx, std::move(job));
    if (!task)
        VolumeTasks::fail(*this, volume->id, volume->status, task.error());
    return task;
}

Result<QString> VolumeService::retype(const RequestContext &ctx, const QString &nameOrId, const QString &typeName,
                                      bool migrateOnDemand)
{
    const QString action = QStringLiteral("volume.retype");
    auto volume = visible(ctx, nameOrId);
    if (!volume)
        return volume.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume:retype"), volume->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    auto type = m_s.types->show(ctx, typeName);
    if (!type)
        return refused(type.error());
    if (type->id == volume->typeId)
        return refused(makeError(ErrorCode::BadRequest,
                                 tr("Volume type: volume %1 is of type %2 already").arg(volume->label(), type->name)));
    // Every type is a pool of its own, so a new type always means moving the data.
    if (!migrateOnDemand)
        return refused(makeError(ErrorCode::BadRequest,
                                 tr("Migration policy: moving volume %1 into the pool of type %2 copies its data; "
                                    "choose On Demand")
                                     .arg(volume->label(), type->name)));
    if (const qint64 snapshots = m_repo->snapshotCount(volume->id); snapshots > 0)
        return refused(makeError(ErrorCode::Conflict,
                                 tr("Volume %1 has %n snapshot(s), which stay in its pool: delete them before a "
                                    "retype",
                                    nullptr, int(snapshots))
                                     .arg(volume->label())));
    auto claimed = VolumeTasks::claim(*this, volume->id, {VolumeStatus::Available}, VolumeStatus::Retyping,
                                      tr("Change Volume Type"));
    if (!claimed)
        return refused(claimed.error());
    const QString newFormat = volumeFormatFor(type->poolType);
    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Retype volume %1 to %2").arg(volume->label(), type->name);
    job.targetId = volume->id;
    job.targetName = volume->label();
    job.hostId = volume->hostId;
    job.work = [from = VolumeTasks::storageOf(*this, *volume), to = *type, name = volume->storageName,
                bytes = volume->sizeGb * VolumeTasks::kGiB,
                hostName = volume->hostName](virConnectPtr conn, bool simulated,
                                             TaskControl &control) -> Result<QVariant> {
        control.setProgress(5, tr("Preparing the pool of type %1").arg(to.name));
        if (auto pool = VolumeStorage::ensurePool(conn, to, hostName, simulated); !pool)
            return pool.error();
        control.setProgress(10, tr("Copying the data into the pool of type %1").arg(to.name));
        auto copy = VolumeStorage::createFrom(conn, to, name, bytes, from, simulated);
        if (!copy)
            return copy.error();
        // The copy is whole: the old data goes. Should that fail, the volume lives on in its new pool and
        // the old file is only wasted space, which the log names.
        if (auto gone = VolumeStorage::remove(conn, from); !gone)
            qWarning("volume retype: old data left in pool %s: %s", qPrintable(from.pool),
                     qPrintable(gone.error().message));
        return QVariant(true);
    };
    job.finish = [this, id = volume->id, typeId = type->id, newFormat](const Result<QVariant> &r) -> Result<QVariant> {
        auto v = m_repo->volume(id);
        if (!v)
            return r;
        if (!r) {
            VolumeTasks::fail(*this, id, VolumeStatus::Available, r.error());
            return r;
        }
        v->typeId = typeId;
        v->format = newFormat;
        v->status = VolumeStatus::Available;
        v->fault.clear();
        (void)m_repo->save(*v);
        emit volumeChanged(id);
        return r;
    };
    auto task = VolumeTasks::start(*this, ctx, std::move(job));
    if (!task)
        VolumeTasks::fail(*this, volume->id, VolumeStatus::Available, task.error());
    return task;
}

Result<QString> VolumeService::uploadToImage(const RequestContext &ctx, const QString &nameOrId,
                                             const QString &imageName, const QString &diskFormat, bool force)
{
    const QString action = QStringLiteral("volume.upload_image");
    auto volume = visible(ctx, nameOrId);
    if (!volume)
        return volume.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume:upload_image"), volume->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    auto name = checkedName(tr("Image name"), imageName.trimmed());
    if (!name)
        return refused(name.error());
    const QString format = diskFormat.isEmpty() ? volume->format : diskFormat;
    if (format != QLatin1String("qcow2") && format != QLatin1String("raw"))
        return refused(makeError(ErrorCode::BadRequest, tr("Disk format '%1': use qcow2 or raw").arg(diskFormat)));
    if (volume->status == VolumeStatus::InUse && !force)
        return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is in-use by instance %2: upload it with force "
                                                         "(the image is then a crash-consistent copy)")
                                                          .arg(volume->label(), volume->attachment->instanceName)));
    RequestContext owner = ctx;
    owner.projectId = volume->projectId;
    owner.projectName = volume->projectName;
    if (auto p = m_policy->check(owner, QStringLiteral("image:create"), volume->projectId); !p)
        return refused(p.error());
    const VolumeStatus back = volume->status;
    auto claimed = VolumeTasks::claim(*this, volume->id, {VolumeStatus::Available, VolumeStatus::InUse},
                                      VolumeStatus::Uploading, tr("Upload to Image"));
    if (!claimed)
        return refused(claimed.error());

    const QString file =
        QDir(QDir::tempPath()).filePath(QStringLiteral("stackdesk-volume-%1.%2").arg(newId(), format));
    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Upload volume %1 to image %2").arg(volume->label(), *name);
    job.targetId = volume->id;
    job.targetName = volume->label();
    job.hostId = volume->hostId;
    job.work = [ref = VolumeTasks::storageOf(*this, *volume), file, format,
                bytes = volume->sizeGb * VolumeTasks::kGiB](virConnectPtr conn, bool simulated,
                                                            TaskControl &control) -> Result<QVariant> {
        if (simulated) {
            // The test driver keeps no data: the image is an empty disk of the volume's size.
            QProcess img;
            img.start(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                   format, file, QString::number(bytes)});
            if (!img.waitForFinished(60000) || img.exitCode() != 0)
                return makeError(ErrorCode::Internal, tr("qemu-img create failed: %1")
                                                          .arg(QString::fromLocal8Bit(img.readAllStandardError())));
            return QVariant(file);
        }
        const QString raw = format == ref.format ? file : file + QStringLiteral(".src");
        auto got = VolumeStorage::download(conn, ref, raw, false, [&control](qint64 done, qint64 total) {
            control.setProgress(int(done * 90 / qMax<qint64>(total, 1)),
                                tr("Reading the volume: %1 of %2 MiB").arg(done >> 20).arg(total >> 20));
            return true;
        });
        if (!got)
            return got.error();
        if (raw != file) {
            control.setProgress(92, tr("Converting to %1").arg(format));
            QProcess img;
            img.start(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-f"), ref.format,
                                                   QStringLiteral("-O"), format, raw, file});
            const bool ok = img.waitForFinished(-1) && img.exitCode() == 0;
            QFile::remove(raw);
            if (!ok)
                return makeError(ErrorCode::Internal, tr("qemu-img convert failed: %1")
                                                          .arg(QString::fromLocal8Bit(img.readAllStandardError())));
        }
        return QVariant(file);
    };
    ImageSpec spec;
    spec.name = *name;
    spec.diskFormat = format;
    spec.visibility = ImageVisibility::Private;
    spec.minDiskGb = volume->sizeGb;
    spec.properties.insert(QStringLiteral("volume_id"), volume->id);
    job.finish = [this, id = volume->id, back, owner, spec, file](const Result<QVariant> &r) mutable -> Result<QVariant> {
        VolumeTasks::setStatus(*this, id, back);
        if (!r) {
            QFile::remove(file);
            VolumeTasks::fail(*this, id, back, r.error());
            return r;
        }
        spec.sourceFile = file;
        auto upload = m_s.images->create(owner, spec);
        if (!upload) {
            QFile::remove(file);
            return upload.error();
        }
        TaskRunner *tasks = m_s.tasks;
        const QString imageId = tasks->task(*upload)->targetId;
        // The file is ImageService's to read until its upload ends.
        auto watch = std::make_shared<QMetaObject::Connection>();
        *watch = connect(tasks, &TaskRunner::taskFinished, this, [watch, uploadId = *upload, file](const QString &t) {
            if (t != uploadId)
                return;
            disconnect(*watch);
            QFile::remove(file);
        });
        return QVariant(imageId);
    };
    auto task = VolumeTasks::start(*this, ctx, std::move(job));
    if (!task)
        VolumeTasks::fail(*this, volume->id, back, task.error());
    return task;
}

} // namespace sd
