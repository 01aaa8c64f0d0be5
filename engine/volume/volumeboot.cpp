#include "volumeboot.h"

#include "image/imageservice.h"
#include "store/database.h"
#include "volumerepository.h"
#include "volumeservice.h"
#include "volumetasks.h"
#include "volumetypeservice.h"

#include <memory>

namespace sd {

namespace {

qint64 ceilGiB(qint64 bytes)
{
    return (bytes + VolumeTasks::kGiB - 1) / VolumeTasks::kGiB;
}

// Horizon's Source step: "The volume size must be at least N GB".
Result<qint64> newVolumeSize(const LaunchSpec &spec, qint64 minGb, const QString &sourceLabel)
{
    if (spec.newVolumeSizeGb == 0)
        return qMax<qint64>(minGb, 1);
    if (auto valid = VolumeService::validateSize(spec.newVolumeSizeGb, VolumeBoot::tr("Volume size")); !valid)
        return valid.error();
    if (spec.newVolumeSizeGb < minGb)
        return makeError(ErrorCode::BadRequest,
                         VolumeBoot::tr("Volume size: the volume size must be at least %1 GB for %2; %3 GB is too small")
                             .arg(minGb)
                             .arg(sourceLabel)
                             .arg(spec.newVolumeSizeGb));
    return spec.newVolumeSizeGb;
}

} // namespace

Result<BootVolumes::Plan> VolumeBoot::planBoot(const RequestContext &ctx, const LaunchSpec &spec, int count) const
{
    switch (spec.bootSource) {
    case BootSource::Volume:
        return planExisting(ctx, spec, count);
    case BootSource::VolumeSnapshot: {
        auto plan = planFromSnapshot(ctx, spec);
        if (!plan)
            return plan;
        if (auto q = checkQuota(ctx, count, plan->sizeGb); !q)
            return q.error();
        return plan;
    }
    case BootSource::Image:
        break;
    }
    auto plan = planFromImage(ctx, spec);
    if (!plan)
        return plan;
    if (auto q = checkQuota(ctx, count, plan->sizeGb); !q)
        return q.error();
    return plan;
}

Result<BootVolumes::Plan> VolumeBoot::planExisting(const RequestContext &ctx, const LaunchSpec &spec, int count) const
{
    if (spec.bootVolume.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Volume: choose the volume to boot from"));
    auto volume = m_volumes.visible(ctx, spec.bootVolume);
    if (!volume)
        return volume.error();
    if (count > 1)
        return makeError(ErrorCode::BadRequest, tr("Count: volume %1 can boot one instance, not %2; boot more "
                                                   "instances from an image or a volume snapshot")
                                                    .arg(volume->label())
                                                    .arg(count));
    if (volume->projectId != ctx.projectId)
        return makeError(ErrorCode::Forbidden, tr("Volume %1 belongs to project %2: an instance boots from a volume "
                                                  "of its own project")
                                                   .arg(volume->label(), volume->projectName));
    if (volume->status != VolumeStatus::Available)
        return makeError(ErrorCode::Conflict, tr("Volume %1 is %2: an instance boots from an available volume")
                                                  .arg(volume->label(), volumeStatusName(volume->status)));
    if (!volume->bootable)
        return makeError(ErrorCode::BadRequest, tr("Volume %1 is not bootable: mark it bootable (Edit Volume, or "
                                                   "volume set --bootable) to boot from it")
                                                    .arg(volume->label()));
    Plan plan;
    plan.volumeId = volume->id;
    // Even a shared type's volume boots where its pool is defined: the instance goes to the volume's host.
    plan.hostId = volume->hostId;
    plan.sizeGb = volume->sizeGb;
    plan.imageId = volume->imageId;
    if (auto image = m_volumes.m_s.images->show(RequestContext::system(), volume->imageId); image.ok()) {
        plan.imageName = image->name;
        plan.minRamMb = image->minRamMb;
    }
    return plan;
}

Result<BootVolumes::Plan> VolumeBoot::planFromSnapshot(const RequestContext &ctx, const LaunchSpec &spec) const
{
    if (spec.bootSnapshot.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Volume snapshot: choose the snapshot to boot from"));
    auto snapshot = m_volumes.visibleSnapshot(ctx, spec.bootSnapshot);
    if (!snapshot)
        return snapshot.error();
    if (snapshot->status != CopyStatus::Available)
        return makeError(ErrorCode::Conflict, tr("Snapshot %1 is %2: a volume is made from an available one")
                                                  .arg(snapshot->label(), copyStatusName(snapshot->status)));
    auto origin = m_volumes.repository().volume(snapshot->volumeId);
    if (!origin)
        return makeError(ErrorCode::Conflict, tr("Snapshot %1: its volume is gone").arg(snapshot->label()));
    if (!spec.newVolumeType.isEmpty()) {
        auto type = m_volumes.m_s.types->show(ctx, spec.newVolumeType);
        if (!type)
            return type.error();
        if (type->id != origin->typeId)
            return makeError(ErrorCode::BadRequest,
                             tr("Volume type %1: a volume from snapshot %2 is made in the snapshot's type %3")
                                 .arg(type->name, snapshot->label(), origin->typeName));
    }
    auto size = newVolumeSize(spec, snapshot->sizeGb, tr("snapshot %1").arg(snapshot->label()));
    if (!size)
        return size.error();
    Plan plan;
    plan.hostId = snapshot->hostId; // the copy is made beside the snapshot
    plan.sizeGb = *size;
    plan.imageId = origin->imageId;
    if (auto image = m_volumes.m_s.images->show(RequestContext::system(), origin->imageId); image.ok()) {
        plan.imageName = image->name;
        plan.minRamMb = image->minRamMb;
    }
    return plan;
}

Result<BootVolumes::Plan> VolumeBoot::planFromImage(const RequestContext &ctx, const LaunchSpec &spec) const
{
    auto image = m_volumes.m_s.images->show(ctx, spec.image);
    if (!image)
        return image.error();
    if (image->status != ImageStatus::Active)
        return makeError(ErrorCode::Conflict, tr("Image %1 is %2: a volume is made from an active image")
                                                  .arg(image->name, imageStatusName(image->status)));
    auto type = spec.newVolumeType.isEmpty() ? m_volumes.m_s.types->defaultType(ctx)
                                             : m_volumes.m_s.types->show(ctx, spec.newVolumeType);
    if (!type)
        return type.error();
    const qint64 minGb = qMax(ceilGiB(qMax(image->virtualSize, image->size)), image->minDiskGb);
    auto size = newVolumeSize(spec, minGb, tr("image %1").arg(image->name));
    if (!size)
        return size.error();
    Plan plan;
    plan.sizeGb = *size;
    plan.imageId = image->id;
    plan.imageName = image->name;
    plan.minRamMb = image->minRamMb;
    return plan;
}

Result<void> VolumeBoot::checkQuota(const RequestContext &ctx, int count, qint64 sizeGb) const
{
    return m_volumes.m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        return VolumeTasks::checkQuota(m_volumes, db, ctx.projectId, count, 0, qint64(count) * sizeGb, 0);
    });
}

Result<void> VolumeBoot::markRoot(const QString &volumeId, const Instance &instance, bool deleteOnTermination)
{
    auto v = m_volumes.repository().volume(volumeId);
    if (!v)
        return makeError(ErrorCode::NotFound, tr("Volume %1: no such volume").arg(volumeId));
    VolumeAttachment a;
    a.instanceId = instance.id;
    a.instanceName = instance.name;
    a.hostId = instance.hostId;
    a.device = QStringLiteral("/dev/vda");
    a.attachedAt = QDateTime::currentDateTimeUtc();
    v->attachment = a;
    v->bootIndexZero = true;
    v->deleteOnTermination = deleteOnTermination;
    if (auto saved = m_volumes.repository().save(*v); !saved)
        return saved;
    emit m_volumes.volumeChanged(volumeId);
    return {};
}

Result<QString> VolumeBoot::provideBootVolume(const RequestContext &ctx, const LaunchSpec &spec, const Plan &plan,
                                              const Instance &instance)
{
    if (!plan.volumeId.isEmpty()) {
        // Cinder's reserve: no other launch or attach can take it from here on.
        auto reserved = VolumeTasks::claim(m_volumes, plan.volumeId, {VolumeStatus::Available}, VolumeStatus::Reserved,
                                           tr("Boot"));
        if (!reserved)
            return reserved.error();
        if (auto marked = markRoot(plan.volumeId, instance, spec.deleteVolumeOnTermination); !marked) {
            VolumeTasks::setStatus(m_volumes, plan.volumeId, VolumeStatus::Available);
            return marked.error();
        }
        return plan.volumeId;
    }
    VolumeSpec volume;
    volume.sizeGb = plan.sizeGb;
    volume.type = spec.newVolumeType;
    volume.bootable = true;
    volume.hostId = instance.hostId;
    volume.description = tr("Root disk of instance %1").arg(instance.name);
    if (spec.bootSource == BootSource::VolumeSnapshot)
        volume.snapshot = spec.bootSnapshot;
    else
        volume.image = spec.image;
    auto made = m_volumes.create(ctx, volume);
    if (!made)
        return made.error();
    if (auto marked = markRoot(made->id, instance, spec.deleteVolumeOnTermination); !marked)
        return marked.error();
    return made->id;
}

std::optional<Result<void>> VolumeBoot::readiness(const QString &volumeId) const
{
    auto v = m_volumes.repository().volume(volumeId);
    if (!v)
        return Result<void>(makeError(ErrorCode::NotFound, tr("Boot volume %1 is gone").arg(volumeId)));
    switch (v->status) {
    case VolumeStatus::Available:
    case VolumeStatus::Reserved:
        return Result<void>();
    case VolumeStatus::Creating:
        return std::nullopt;
    default:
        break;
    }
    return Result<void>(makeError(ErrorCode::Conflict,
                                  v->fault.isEmpty()
                                      ? tr("Boot volume %1 is %2: the instance cannot boot from it")
                                            .arg(v->label(), volumeStatusName(v->status))
                                      : tr("Boot volume %1 could not be made: %2").arg(v->label(), v->fault)));
}

void VolumeBoot::whenBootVolumeReady(const QString &volumeId, QObject *context,
                                     std::function<void(const Result<void> &)> done)
{
    if (auto now = readiness(volumeId)) {
        done(*now);
        return;
    }
    // Still being made: wait for its status to settle, then drop both connections.
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto check = [this, volumeId, done, connections](const QString &id) {
        if (id != volumeId)
            return;
        auto now = readiness(volumeId);
        if (!now)
            return;
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            QObject::disconnect(c);
        done(*now);
    };
    connections->append(QObject::connect(&m_volumes, &VolumeService::volumeChanged, context, check));
    connections->append(QObject::connect(&m_volumes, &VolumeService::volumeRemoved, context, check));
}

Result<DomainDisk> VolumeBoot::takeBootVolume(const QString &volumeId, const Instance &instance)
{
    auto v = VolumeTasks::claim(m_volumes, volumeId, {VolumeStatus::Available, VolumeStatus::Reserved},
                                VolumeStatus::Attaching, tr("Boot"));
    if (!v)
        return v.error();
    if (!v->attachment || v->attachment->instanceId != instance.id || v->attachment->hostId != instance.hostId)
        if (auto marked = markRoot(volumeId, instance, v->deleteOnTermination); !marked)
            return marked.error();
    const StorageRef ref = VolumeTasks::storageOf(m_volumes, *v);
    DomainDisk disk;
    disk.format = ref.format.isEmpty() ? QStringLiteral("raw") : ref.format;
    disk.target = QStringLiteral("vda");
    disk.pool = ref.pool;
    disk.volume = ref.volume;
    // As for attached volumes: the guest finds it by id (/dev/disk/by-id/virtio-<first 20 characters>).
    disk.serial = v->id.left(20);
    return disk;
}

Result<void> VolumeBoot::guardInstanceAction(const Instance &instance, InstanceAction action) const
{
    if (instance.bootVolumeId.isEmpty())
        return {};
    const auto volume = m_volumes.repository().volume(instance.bootVolumeId);
    const QString label = volume ? volume->label() : instance.bootVolumeId;
    switch (action) {
    case InstanceAction::Rebuild:
    case InstanceAction::Rescue:
        return makeError(ErrorCode::Conflict, tr("Instance %1 boots from volume %2: %3 makes a new root disk from an "
                                                 "image, which a volume-backed instance does not have here")
                                                  .arg(instance.name, label, ActionGate::label(action)));
    case InstanceAction::CreateImage:
        return makeError(ErrorCode::Conflict, tr("Instance %1 boots from volume %2: snapshot the volume, or use "
                                                 "Upload to Image on it, to make an image of its disk")
                                                  .arg(instance.name, label));
    default:
        return {};
    }
}

void VolumeBoot::bootVolumeAttached(const QString &volumeId)
{
    VolumeTasks::setStatus(m_volumes, volumeId, VolumeStatus::InUse);
}

} // namespace sd
