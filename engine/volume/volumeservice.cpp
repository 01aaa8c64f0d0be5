// VolumeService: reads, edits, and what the engine needs from it (quota counters, the simulated hosts'
// state). The actions that touch hosts live in volumecreate.cpp, volumeactions.cpp, volumeattachments.cpp,
// volumesnapshots.cpp, volumebackups.cpp and volumetransfers.cpp.

#include "volumeservice.h"

#include "volumeboot.h"

#include "compute/instance/instancedisks.h"
#include "compute/instance/instanceservice.h"
#include "core/namecheck.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"
#include "volumerepository.h"
#include "volumestorage.h"
#include "volumetasks.h"
#include "volumetypeservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

namespace sd {

VolumeService::VolumeService(std::shared_ptr<Database> db, const Policy *policy, const Services &services,
                             QString backupDir, QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_s(services), m_backupDir(std::move(backupDir)),
      m_repo(std::make_unique<VolumeRepository>(db))
{
    QDir().mkpath(m_backupDir);
    m_s.quotas->registerUsageCounter(QStringLiteral("volumes"), &VolumeRepository::volumeCount);
    m_s.quotas->registerUsageCounter(QStringLiteral("snapshots"), &VolumeRepository::snapshotCountOf);
    m_s.quotas->registerUsageCounter(QStringLiteral("gigabytes"), &VolumeRepository::gigabytes);
    m_s.quotas->registerUsageCounter(QStringLiteral("backups"), &VolumeRepository::backupCount);

    // libvirt's test driver forgets pools and volumes with the process: a simulated host gets back the
    // pools of the types it holds volumes of, and the volumes and snapshots themselves.
    m_s.hosts->addSimulatedStateProvider([this](const HostRecord &host) {
        SimulatedState state;
        QSet<QString> types;
        const auto add = [&](const QString &typeId, const QString &name, qint64 sizeGb, const QString &format) {
            const auto type = m_s.types->find(typeId);
            if (!type)
                return;
            if (!types.contains(typeId)) {
                types.insert(typeId);
                state.storagePoolXml.append(VolumeStorage::poolXml(*type));
            }
            state.volumes.append({type->poolName(), InstanceDisks::volumeXml(name, sizeGb * VolumeTasks::kGiB, format)});
        };
        for (const Volume &v : m_repo->volumes(QString()))
            if (v.hostId == host.id && v.status != VolumeStatus::Creating)
                add(v.typeId, v.storageName, v.sizeGb, v.format);
        for (const VolumeSnapshot &s : m_repo->snapshots(QString()))
            if (s.hostId == host.id)
                if (auto v = m_repo->volume(s.volumeId))
                    add(v->typeId, s.storageName, s.sizeGb, v->format);
        return state;
    });
}

VolumeService::~VolumeService()
{
    if (m_boot && m_s.instances->bootVolumes() == m_boot.get())
        m_s.instances->setBootVolumes(nullptr);
}

void VolumeService::watchInstances()
{
    m_boot = std::make_unique<VolumeBoot>(*this);
    m_s.instances->setBootVolumes(m_boot.get());
    connect(m_s.instances, &InstanceService::instanceRemoved, this, &VolumeService::instanceGone);
    m_s.instances->addActionGuard(
        [this](const Instance &instance, InstanceAction action) { return guardInstanceAction(instance, action); });
    m_s.instances->addActionGuard([boot = m_boot.get()](const Instance &instance, InstanceAction action) {
        return boot->guardInstanceAction(instance, action);
    });
}

Result<void> VolumeService::validateSize(qint64 sizeGb, const QString &field)
{
    // Cinder takes whole GiB; 16 TiB is far beyond what a qcow2 on a training host should be, and keeps
    // byte arithmetic far from overflow.
    if (sizeGb < 1 || sizeGb > 16384)
        return makeError(ErrorCode::BadRequest, tr("%1: %2 GiB is not 1 to 16384 GiB").arg(field).arg(sizeGb));
    return {};
}

Result<Volume> VolumeService::visible(const RequestContext &ctx, const QString &nameOrId) const
{
    const auto notFound = [&] {
        return makeError(ErrorCode::NotFound, tr("Volume '%1': no such volume").arg(nameOrId));
    };
    if (nameOrId.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Volume: give its name or ID"));
    if (auto v = m_repo->volume(nameOrId)) {
        if (ctx.isAdmin() || v->projectId == ctx.projectId)
            return *v;
        return notFound();
    }
    QStringList ids = m_repo->volumeIdsByName(nameOrId, ctx.projectId);
    if (ids.isEmpty() && ctx.isAdmin())
        ids = m_repo->volumeIdsByName(nameOrId);
    if (ids.isEmpty())
        return notFound();
    if (ids.size() > 1)
        return makeError(ErrorCode::Conflict,
                         tr("Volume '%1': %2 volumes have this name; use the ID").arg(nameOrId).arg(ids.size()));
    return *m_repo->volume(ids.first());
}

Result<QList<Volume>> VolumeService::list(const RequestContext &ctx, const VolumeListFilter &filter) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume:list")); !p)
        return p.error();
    if ((filter.allProjects || !filter.project.isEmpty() || !filter.host.isEmpty()) && !ctx.isAdmin())
        return makeError(ErrorCode::Forbidden,
                         tr("All projects, project and host filters: only administrators may use them"));
    std::optional<VolumeStatus> status;
    if (!filter.status.isEmpty()) {
        status = volumeStatusFromName(filter.status);
        if (!status) {
            QStringList names;
            for (VolumeStatus s : allVolumeStatuses())
                names << volumeStatusName(s);
            return makeError(ErrorCode::BadRequest, tr("Status '%1': use one of %2")
                                                        .arg(filter.status, names.join(QStringLiteral(", "))));
        }
    }
    QSqlDatabase db = m_db->connection();
    QString projectId = ctx.projectId;
    if (filter.allProjects)
        projectId.clear();
    if (!filter.project.isEmpty()) {
        projectId = idByNameOrId(db, "projects", filter.project);
        if (projectId.isEmpty())
            return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(filter.project));
    }
    QString hostId;
    if (!filter.host.isEmpty()) {
        hostId = idByNameOrId(db, "hosts", filter.host);
        if (hostId.isEmpty())
            return makeError(ErrorCode::NotFound, tr("Host '%1': no such host").arg(filter.host));
    }
    QList<Volume> list;
    for (const Volume &v : m_repo->volumes(projectId)) {
        if (status && v.status != *status)
            continue;
        if (!filter.name.isEmpty() && !v.name.contains(filter.name, Qt::CaseInsensitive) && v.id != filter.name)
            continue;
        if (!hostId.isEmpty() && v.hostId != hostId)
            continue;
        list.append(v);
    }
    return list;
}

Result<Volume> VolumeService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume:show")); !p)
        return p.error();
    return visible(ctx, nameOrId);
}

Result<Volume> VolumeService::update(const RequestContext &ctx, const QString &nameOrId, const VolumeUpdate &change)
{
    auto volume = visible(ctx, nameOrId);
    if (!volume)
        return volume.error();
    return auditedOn(m_s.log, ctx, QStringLiteral("volume.update"), QStringLiteral("volume"), volume->id,
                     volume->label(), [&]() -> Result<Volume> {
                         if (auto p = m_policy->check(ctx, QStringLiteral("volume:update"), volume->projectId); !p)
                             return p.error();
                         Volume v = *volume;
                         if (change.name) {
                             // Cinder allows an empty name (the ID stands in for it).
                             if (change.name->size() > 255)
                                 return makeError(ErrorCode::BadRequest,
                                                  tr("Volume name: %1 characters, at most 255").arg(change.name->size()));
                             v.name = change.name->trimmed();
                         }
                         if (change.description) {
                             auto d = checkedText(tr("Description"), *change.description);
                             if (!d)
                                 return d.error();
                             v.description = *d;
                         }
                         if (change.bootable)
                             v.bootable = *change.bootable;
                         for (auto it = change.setMetadata.cbegin(); it != change.setMetadata.cend(); ++it) {
                             if (it.key().trimmed().isEmpty() || it.key().size() > 255 || it.value().size() > 255)
                                 return makeError(ErrorCode::BadRequest,
                                                  tr("Metadata '%1': keys 1 to 255 characters, values at most 255")
                                                      .arg(it.key()));
                             v.metadata.insert(it.key(), it.value());
                         }
                         for (const QString &key : change.unsetMetadata) {
                             if (!v.metadata.contains(key))
                                 return makeError(ErrorCode::NotFound,
                                                  tr("Volume %1 has no metadata key %2").arg(v.label(), key));
                             v.metadata.remove(key);
                         }
                         if (auto w = m_repo->save(v); !w)
                             return w.error();
                         emit volumeChanged(v.id);
                         return *m_repo->volume(v.id);
                     });
}

QList<Volume> VolumeService::attachedTo(const QString &instanceId) const
{
    return m_repo->attachedTo(instanceId);
}

Result<Volume> VolumeService::waitUntilSettled(const QString &volumeId, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        auto v = m_repo->volume(volumeId);
        if (!v)
            return makeError(ErrorCode::NotFound, tr("Volume %1: no such volume (deleted)").arg(volumeId));
        if (!isTransitional(v->status))
            return *v;
        if (t.elapsed() > timeoutMs)
            return makeError(ErrorCode::Internal, tr("Volume %1 is still %2 after %3 s")
                                                      .arg(v->label(), volumeStatusName(v->status))
                                                      .arg(timeoutMs / 1000));
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        connect(this, &VolumeService::volumeChanged, &loop, &QEventLoop::quit);
        connect(this, &VolumeService::volumeRemoved, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace sd
