// InstanceService::createImage (Horizon's Create Snapshot, Nova's createImage): the instance's root disk,
// flattened, becomes a new private image of the instance's project, which boots like any other image.

#include "instanceservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "image/imageservice.h"
#include "instancerepository.h"
#include "lifecyclesupport.h"
#include "rootdisksnapshot.h"
#include "tasks/taskrunner.h"

#include <QDir>
#include <QFile>

namespace sd {

namespace {
// The properties Nova gives a snapshot; the user's own may not replace them.
const QStringList kSnapshotKeys = {QStringLiteral("image_type"), QStringLiteral("instance_uuid"),
                                   QStringLiteral("base_image_ref"), QStringLiteral("user_id"),
                                   QStringLiteral("stackdesk_snapshot_data")};
} // namespace

Result<QString> InstanceService::createImage(const RequestContext &ctx, const QString &nameOrId,
                                             const QString &imageName, const QMap<QString, QString> &properties)
{
    auto instance = checkedFor(ctx, nameOrId, InstanceAction::CreateImage);
    if (!instance)
        return instance.error();
    auto name = checkedName(tr("Snapshot name"), imageName.trimmed());
    if (!name)
        return name.error();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (kSnapshotKeys.contains(it.key()))
            return makeError(ErrorCode::BadRequest,
                             tr("Property '%1': a snapshot sets it itself").arg(it.key()));
        if (auto p = ImageService::validateProperty(it.key(), it.value()); !p)
            return p.error();
    }
    // The snapshot belongs to the instance's project, also when an admin takes it (Nova does the same).
    RequestContext owner = ctx;
    owner.projectId = instance->projectId;
    owner.projectName = instance->projectName;
    if (auto p = m_policy->check(owner, QStringLiteral("image:create"), instance->projectId); !p)
        return p.error();
    // StackDesk has no image quota (Glance's image_count_total is a unified limit, not a Nova quota):
    // nothing to reserve here.
    auto host = LifecycleSupport::upHost(*this, *instance);
    if (!host)
        return host.error();
    const bool simulated = host->kind == HostKind::Simulated;
    auto base = m_s.images->show(RequestContext::system(), instance->imageId);

    ImageSpec spec;
    spec.name = *name;
    spec.visibility = ImageVisibility::Private;
    // Nova: what the base image needs still holds, and the disk is the flavor's root disk now.
    spec.minDiskGb = qMax(base ? base->minDiskGb : 0, instance->flavor.diskGb);
    spec.minRamMb = base ? base->minRamMb : 0;
    if (base)
        spec.properties = base->properties;
    spec.properties.insert(properties);
    spec.properties.insert(QStringLiteral("image_type"), QStringLiteral("snapshot"));
    spec.properties.insert(QStringLiteral("instance_uuid"), instance->id);
    spec.properties.insert(QStringLiteral("base_image_ref"), instance->imageId);
    spec.properties.insert(QStringLiteral("user_id"), ctx.userId);
    // A base that was itself a simulated snapshot says so; this one says it only when it is one too.
    spec.properties.remove(QStringLiteral("stackdesk_snapshot_data"));
    QString dataFile;
    if (simulated) {
        // libvirt's test driver keeps no disk contents: a simulated instance's disk is its image as it
        // was, so the snapshot's data is the base image's data. The property says so.
        if (!base || base->status != ImageStatus::Active)
            return makeError(ErrorCode::Conflict,
                             tr("Image %1 of instance %2 is gone; on a simulated host a snapshot's data is that image's")
                                 .arg(instance->imageName, instance->name));
        auto data = m_s.images->dataPath(RequestContext::system(), base->id);
        if (!data)
            return data.error();
        dataFile = *data;
        spec.diskFormat = base->diskFormat;
        spec.properties.insert(QStringLiteral("stackdesk_snapshot_data"), QStringLiteral("base image (simulated host)"));
    } else {
        spec.diskFormat = QStringLiteral("qcow2");
        dataFile = QDir(QDir::tempPath()).filePath(QStringLiteral("stackdesk-snapshot-%1.qcow2").arg(newId()));
    }

    m_repo->setTaskState(instance->id, QStringLiteral("image_snapshot"));
    emit instanceChanged(instance->id);

    HostConnection *connection = LifecycleSupport::connectionOf(*this, *instance);
    TaskSpec task = LifecycleSupport::hostTask(*this, *instance, *host, InstanceAction::CreateImage);
    task.work = [this, connection, hostName = host->record.name, id = instance->id, domain = instance->domainName(),
                 simulated, dataFile](TaskControl &control) -> Result<QVariant> {
        auto conn = LifecycleSupport::live(connection, hostName);
        if (!conn)
            return conn.error();
        if (simulated)
            return QVariant(dataFile);
        control.setProgress(10, tr("Copying the root disk on %1").arg(hostName));
        auto flat = RootDiskSnapshot::flatten(*conn, id, domain);
        if (!flat)
            return flat.error();
        LifecycleSupport::postTaskState(this, id, QStringLiteral("image_uploading"));
        auto got = RootDiskSnapshot::download(*conn, *flat, dataFile, [&control](qint64 done, qint64 total) {
            control.setProgress(20 + int(done * 70 / qMax<qint64>(total, 1)),
                                tr("Downloading the snapshot: %1 of %2 MiB").arg(done >> 20).arg(total >> 20));
            return true;
        });
        RootDiskSnapshot::discard(*conn, *flat);
        if (!got) {
            QFile::remove(dataFile);
            return got.error();
        }
        return QVariant(dataFile);
    };
    task.finish = [this, id = instance->id, previous = instance->vmState, owner, spec, simulated,
                   dataFile](const Result<QVariant> &r) mutable -> Result<QVariant> {
        // Only a file this action downloaded is its to remove (a simulated snapshot reads the image store).
        const auto dropFile = [simulated, dataFile] {
            if (!simulated)
                QFile::remove(dataFile);
        };
        if (!r) {
            dropFile();
            LifecycleSupport::failed(*this, id, previous, r.error());
            return r;
        }
        spec.sourceFile = dataFile;
        auto upload = m_s.images->create(owner, spec);
        if (!upload) {
            dropFile();
            LifecycleSupport::failed(*this, id, previous, upload.error());
            return upload.error();
        }
        m_repo->setTaskState(id, QStringLiteral("image_uploading"));
        emit instanceChanged(id);
        TaskRunner *tasks = m_s.tasks;
        const QString imageId = tasks->task(*upload)->targetId;
        // The upload is ImageService's task; the instance is busy until it ends. A failed upload removes
        // its image row itself, so no half image stays.
        auto watch = std::make_shared<QMetaObject::Connection>();
        *watch = connect(tasks, &TaskRunner::taskFinished, this,
                         [this, tasks, watch, uploadId = *upload, id, previous, dropFile](const QString &taskId) {
                             if (taskId != uploadId)
                                 return;
                             disconnect(*watch);
                             dropFile();
                             const auto info = tasks->task(taskId);
                             if (info && info->state == TaskState::Succeeded) {
                                 m_repo->setTaskState(id, QString());
                                 emit instanceChanged(id);
                                 return;
                             }
                             LifecycleSupport::failed(
                                 *this, id, previous,
                                 info && info->state == TaskState::Failed
                                     ? info->error
                                     : makeError(ErrorCode::Conflict, tr("The snapshot's upload was cancelled")));
                         });
        return QVariant(imageId);
    };
    return m_s.tasks->start(ctx, std::move(task));
}

} // namespace sd
