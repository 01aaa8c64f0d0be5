// VolumeService::create (Horizon's Create Volume, `volume create`): empty, from an image, from a snapshot
// or from another volume. The row is stored as creating with its quota in one transaction; the data is
// made by a task on the host that holds it.

#include "volumeservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "volumerepository.h"
#include "volumestorage.h"
#include "volumetasks.h"
#include "volumetypeservice.h"

namespace sd {

namespace {

qint64 ceilGiB(qint64 bytes)
{
    return (bytes + VolumeTasks::kGiB - 1) / VolumeTasks::kGiB;
}

// What the new volume's data comes from, once checked.
struct Source
{
    QString kind; // "", image, snapshot, volume
    QString id;
    QString label;
    qint64 minGb = 0;
    QString hostId; // a snapshot or volume fixes the host
    QString typeId; // ... and the type
    QString imageId;
    QString imageName;
    StorageRef ref;
    bool bootable = false;
};

} // namespace

Result<Volume> VolumeService::create(const RequestContext &ctx, const VolumeSpec &spec)
{
    const QString action = QStringLiteral("volume.create");
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const auto refused = [&](const Error &e) -> Result<Volume> {
        m_s.log->record(ctx, action, QStringLiteral("volume"), QString(), spec.name, started,
                        QStringLiteral("failed"), e.toString());
        return e;
    };
    if (auto p = m_policy->check(ctx, QStringLiteral("volume:create"), ctx.projectId); !p)
        return refused(p.error());
    const QString name = spec.name.trimmed();
    if (name.size() > 255)
        return refused(makeError(ErrorCode::BadRequest, tr("Volume name: %1 characters, at most 255").arg(name.size())));
    auto description = checkedText(tr("Description"), spec.description);
    if (!description)
        return refused(description.error());
    const int sources = int(!spec.image.isEmpty()) + int(!spec.snapshot.isEmpty()) + int(!spec.sourceVolume.isEmpty());
    if (sources > 1)
        return refused(makeError(ErrorCode::BadRequest,
                                 tr("Volume source: give at most one of image, snapshot and source volume")));
    if (spec.sizeGb != 0 || sources == 0)
        if (auto s = validateSize(spec.sizeGb, tr("Size")); !s)
            return refused(s.error());

    Source source;
    if (!spec.image.isEmpty()) {
        auto image = m_s.images->show(ctx, spec.image);
        if (!image)
            return refused(image.error());
        if (image->status != ImageStatus::Active)
            return refused(makeError(ErrorCode::Conflict, tr("Image %1 is %2: a volume is made from an active image")
                                                              .arg(image->name, imageStatusName(image->status))));
        source.kind = QStringLiteral("image");
        source.id = image->id;
        source.label = image->name;
        source.imageId = image->id;
        source.imageName = image->name;
        source.minGb = qMax(ceilGiB(qMax(image->virtualSize, image->size)), image->minDiskGb);
        source.ref = {QLatin1String(ImageCache::kPoolName), image->id, image->diskFormat};
        source.bootable = true;
        if (spec.sizeGb != 0 && spec.sizeGb < source.minGb)
            return refused(makeError(ErrorCode::BadRequest,
                                     tr("Size: the volume size must be at least %1 GiB for image %2 (its size and "
                                        "min_disk); %3 GiB is too small")
                                         .arg(source.minGb)
                                         .arg(image->name)
                                         .arg(spec.sizeGb)));
    } else if (!spec.snapshot.isEmpty()) {
        auto snapshot = visibleSnapshot(ctx, spec.snapshot);
        if (!snapshot)
            return refused(snapshot.error());
        if (snapshot->status != CopyStatus::Available)
            return refused(makeError(ErrorCode::Conflict, tr("Snapshot %1 is %2: a volume is made from an available one")
                                                              .arg(snapshot->label(), copyStatusName(snapshot->status))));
        auto origin = m_repo->volume(snapshot->volumeId);
        if (!origin)
            return refused(makeError(ErrorCode::Conflict, tr("Snapshot %1: its volume is gone").arg(snapshot->label())));
        source.kind = QStringLiteral("snapshot");
        source.id = snapshot->id;
        source.label = snapshot->label();
        source.minGb = snapshot->sizeGb;
        source.hostId = snapshot->hostId;
        source.typeId = origin->typeId;
        source.imageId = origin->imageId;
        source.ref = VolumeTasks::storageOf(*this, *snapshot, *origin);
        source.bootable = origin->bootable;
    } else if (!spec.sourceVolume.isEmpty()) {
        auto origin = visible(ctx, spec.sourceVolume);
        if (!origin)
            return refused(origin.error());
        if (origin->status != VolumeStatus::Available)
            return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is %2: a copy is made of an available volume")
                                                              .arg(origin->label(), volumeStatusName(origin->status))));
        source.kind = QStringLiteral("volume");
        source.id = origin->id;
        source.label = origin->label();
        source.minGb = origin->sizeGb;
        source.hostId = origin->hostId;
        source.typeId = origin->typeId;
        source.imageId = origin->imageId;
        source.ref = VolumeTasks::storageOf(*this, *origin);
        source.bootable = origin->bootable;
    }
    if (!source.kind.isEmpty() && spec.sizeGb != 0 && spec.sizeGb < source.minGb)
        return refused(makeError(ErrorCode::BadRequest, tr("Size: %1 GiB is smaller than %2 %3 (%4 GiB)")
                                                            .arg(spec.sizeGb)
                                                            .arg(source.kind, source.label)
                                                            .arg(source.minGb)));
    const qint64 sizeGb = spec.sizeGb != 0 ? spec.sizeGb : source.minGb;

    // The type: a copy stays in its source's pool (pools are per host, and the copy is made there).
    std::optional<VolumeType> type;
    if (!source.typeId.isEmpty()) {
        type = m_s.types->find(source.typeId);
        if (!type)
            return refused(makeError(ErrorCode::Conflict, tr("%1: its volume type is gone").arg(source.label)));
        if (!spec.type.isEmpty()) {
            auto asked = m_s.types->show(ctx, spec.type);
            if (!asked)
                return refused(asked.error());
            if (asked->id != type->id)
                return refused(makeError(ErrorCode::BadRequest,
                                         tr("Volume type %1: a copy of %2 is made in its type %3; retype it afterwards")
                                             .arg(asked->name, source.label, type->name)));
        }
    } else {
        auto t = spec.type.isEmpty() ? m_s.types->defaultType(ctx) : m_s.types->show(ctx, spec.type);
        if (!t)
            return refused(t.error());
        type = *t;
    }

    // The host.
    HostInfo host;
    const QString what = tr("Volume %1").arg(name.isEmpty() ? tr("(no name)") : name);
    if (!spec.hostId.isEmpty() && !source.hostId.isEmpty() && spec.hostId != source.hostId)
        return refused(makeError(ErrorCode::Conflict, tr("%1: %2 is on another host, where its copy is made")
                                                          .arg(what, source.label)));
    if (!source.hostId.isEmpty() || !spec.hostId.isEmpty()) {
        auto h = VolumeTasks::upHost(*this, source.hostId.isEmpty() ? spec.hostId : source.hostId, what);
        if (!h)
            return refused(h.error());
        host = *h;
        if (!spec.availabilityZone.isEmpty() && host.record.availabilityZone != spec.availabilityZone)
            return refused(makeError(ErrorCode::BadRequest,
                                     tr("Availability zone %1: %2 is on host %3 in zone %4, where its copy is made")
                                         .arg(spec.availabilityZone, source.label, host.record.name,
                                              host.record.availabilityZone)));
    } else {
        auto h = VolumeTasks::pickHost(*this, spec.availabilityZone, what);
        if (!h)
            return refused(h.error());
        host = *h;
    }

    Volume v;
    v.id = newId();
    v.name = name;
    v.description = *description;
    v.projectId = ctx.projectId;
    v.userId = ctx.userId;
    v.sizeGb = sizeGb;
    v.typeId = type->id;
    v.hostId = host.record.id;
    v.availabilityZone = host.record.availabilityZone;
    v.status = VolumeStatus::Creating;
    v.bootable = spec.bootable.value_or(source.bootable);
    v.sourceKind = source.kind;
    v.sourceId = source.id;
    v.imageId = source.imageId;
    v.metadata = spec.metadata;
    v.format = volumeFormatFor(type->poolType);
    v.storageName = VolumeTasks::storageName(v.id);
    v.createdAt = started;
    for (auto it = v.metadata.cbegin(); it != v.metadata.cend(); ++it)
        if (it.key().trimmed().isEmpty() || it.key().size() > 255 || it.value().size() > 255)
            return refused(makeError(ErrorCode::BadRequest,
                                     tr("Metadata '%1': keys 1 to 255 characters, values at most 255").arg(it.key())));

    const auto stored = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        if (auto q = VolumeTasks::checkQuota(*this, db, ctx.projectId, 1, 0, sizeGb, 0); !q)
            return q;
        return m_repo->insert(db, v);
    });
    if (!stored)
        return refused(stored.error());
    emit volumeChanged(v.id);

    // An image is copied into the host's image cache first (its own task on the same worker, which runs
    // tasks in order, so the copy below finds it).
    if (source.kind == QLatin1String("image") && m_s.imageCache->cachedPath(host.record.id, source.id).isEmpty())
        if (auto cached = m_s.imageCache->ensureOnHost(RequestContext::system(), source.id, host.record.id); !cached) {
            VolumeTasks::fail(*this, v.id, VolumeStatus::Error, cached.error());
            return *m_repo->volume(v.id);
        }

    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Create volume %1 (%2 GiB)").arg(v.label()).arg(sizeGb);
    job.targetId = v.id;
    job.targetName = v.label();
    job.hostId = host.record.id;
    job.work = [t = *type, v, source, hostName = host.record.name](virConnectPtr conn, bool simulated,
                                                                   TaskControl &control) -> Result<QVariant> {
        control.setProgress(5, tr("Preparing the pool of type %1 on %2").arg(t.name, hostName));
        auto pool = VolumeStorage::ensurePool(conn, t, hostName, simulated);
        if (!pool)
            return pool.error();
        const qint64 bytes = v.sizeGb * VolumeTasks::kGiB;
        if (source.kind.isEmpty()) {
            control.setProgress(50, tr("Creating %1 GiB").arg(v.sizeGb));
            auto made = VolumeStorage::createEmpty(conn, t, v.storageName, bytes);
            if (!made)
                return made.error();
        } else {
            control.setProgress(10, tr("Copying %1 %2").arg(source.kind, source.label));
            auto made = VolumeStorage::createFrom(conn, t, v.storageName, bytes, source.ref, simulated,
                                                  [&control](qint64 done, qint64 total) {
                                                      control.setProgress(10 + int(done * 89 / qMax<qint64>(total, 1)),
                                                                          tr("Copying: %1 of %2 MiB")
                                                                              .arg(done >> 20)
                                                                              .arg(total >> 20));
                                                      return true;
                                                  });
            if (!made)
                return made.error();
        }
        control.setProgress(100, tr("Volume %1 is available").arg(v.label()));
        return QVariant(v.id);
    };
    job.finish = [this, id = v.id](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r)
            VolumeTasks::fail(*this, id, VolumeStatus::Error, r.error());
        else
            VolumeTasks::setStatus(*this, id, VolumeStatus::Available);
        return r;
    };
    if (auto task = VolumeTasks::start(*this, ctx, std::move(job)); !task)
        VolumeTasks::fail(*this, v.id, VolumeStatus::Error, task.error());
    return *m_repo->volume(v.id);
}

} // namespace sd
