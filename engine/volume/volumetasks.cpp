#include "volumetasks.h"

#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "volumerepository.h"
#include "volumeservice.h"
#include "volumetypeservice.h"

#include <limits>

namespace sd {

Result<HostInfo> VolumeTasks::upHost(VolumeService &service, const QString &hostId, const QString &what)
{
    auto info = service.services().hosts->show(RequestContext::system(), hostId);
    if (!info)
        return makeError(ErrorCode::HostUnavailable, tr("%1: its host is gone").arg(what));
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable, tr("%1: host %2 is %3; try again when it is up")
                                                         .arg(what, info->record.name, hostStateName(info->state)));
    return info;
}

Result<HostInfo> VolumeTasks::pickHost(VolumeService &service, const QString &zone, const QString &what)
{
    auto hosts = service.services().hosts->list(RequestContext::system());
    if (!hosts)
        return hosts.error();
    QHash<QString, qint64> placed;
    for (const Volume &v : service.repository().volumes(QString()))
        placed[v.hostId] += v.sizeGb;
    std::optional<HostInfo> best;
    bool zoneKnown = zone.isEmpty();
    for (const HostInfo &h : *hosts) {
        if (!zone.isEmpty() && h.record.availabilityZone != zone)
            continue;
        zoneKnown = true;
        if (h.state != HostState::Up || !h.record.enabled)
            continue;
        if (!best || placed.value(h.record.id) < placed.value(best->record.id))
            best = h;
    }
    if (!zoneKnown)
        return makeError(ErrorCode::BadRequest, tr("Availability zone '%1': no host is in it").arg(zone));
    if (!best)
        return makeError(ErrorCode::NoValidHost,
                         zone.isEmpty() ? tr("%1: no host is up and enabled to hold it").arg(what)
                                        : tr("%1: no host in zone %2 is up and enabled to hold it").arg(what, zone));
    return *best;
}

Result<QString> VolumeTasks::start(VolumeService &service, const RequestContext &ctx, Job job)
{
    auto host = upHost(service, job.hostId, job.targetName);
    if (!host)
        return host.error();
    HostConnection *connection = service.services().hosts->connectionOf(job.hostId);
    TaskSpec task;
    task.title = job.title;
    task.action = job.action;
    task.targetKind = job.targetKind;
    task.targetId = job.targetId;
    task.targetName = job.targetName;
    task.runIn = connection;
    task.work = [connection, work = std::move(job.work), hostName = host->record.name,
                 simulated = host->kind == HostKind::Simulated](TaskControl &control) -> Result<QVariant> {
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn)
            return makeError(ErrorCode::HostUnavailable, tr("Host %1 went down").arg(hostName));
        return work(conn, simulated, control);
    };
    task.finish = std::move(job.finish);
    return service.services().tasks->start(ctx, std::move(task));
}

QString VolumeTasks::statusList(std::initializer_list<VolumeStatus> allowed)
{
    QStringList names;
    for (VolumeStatus s : allowed)
        names.append(volumeStatusName(s));
    return names.join(tr(" or "));
}

Result<Volume> VolumeTasks::claim(VolumeService &service, const QString &volumeId,
                                  std::initializer_list<VolumeStatus> allowed, VolumeStatus next,
                                  const QString &action)
{
    std::optional<Volume> claimed;
    auto db = service.m_db;
    const auto done = db->transaction([&](QSqlDatabase &conn) -> Result<void> {
        auto v = service.repository().volume(volumeId);
        if (!v)
            return makeError(ErrorCode::NotFound, tr("Volume %1: no such volume").arg(volumeId));
        if (!std::count(allowed.begin(), allowed.end(), v->status))
            return makeError(ErrorCode::Conflict, tr("Volume %1 is %2: %3 needs it %4")
                                                      .arg(v->label(), volumeStatusName(v->status), action,
                                                           statusList(allowed)));
        v->status = next;
        v->fault.clear();
        if (auto w = service.repository().save(conn, *v); !w)
            return w;
        claimed = *v;
        return {};
    });
    if (!done)
        return done.error();
    emit service.volumeChanged(volumeId);
    return *claimed;
}

StorageRef VolumeTasks::storageOf(VolumeService &service, const Volume &volume)
{
    const auto type = service.services().types->find(volume.typeId);
    return {type ? type->poolName() : QString(), volume.storageName, volume.format};
}

StorageRef VolumeTasks::storageOf(VolumeService &service, const VolumeSnapshot &snapshot, const Volume &volume)
{
    const auto type = service.services().types->find(volume.typeId);
    return {type ? type->poolName() : QString(), snapshot.storageName, volume.format};
}

void VolumeTasks::setStatus(VolumeService &service, const QString &volumeId, VolumeStatus status)
{
    (void)service.repository().setStatus(volumeId, status);
    emit service.volumeChanged(volumeId);
}

void VolumeTasks::fail(VolumeService &service, const QString &volumeId, VolumeStatus status, const Error &error)
{
    (void)service.repository().setStatus(volumeId, status, error.message);
    emit service.volumeChanged(volumeId);
}

Result<void> VolumeTasks::checkQuota(VolumeService &service, QSqlDatabase &db, const QString &projectId,
                                     qint64 volumes, qint64 snapshots, qint64 gigabytes, qint64 backups)
{
    QuotaService *quotas = service.services().quotas;
    const auto left = [&](const char *resource, qint64 used) {
        const qint64 limit = quotas->limitOf(db, projectId, QLatin1String(resource));
        return limit < 0 ? std::numeric_limits<qint64>::max() : limit - used;
    };
    if (volumes > 0 && left("volumes", VolumeRepository::volumeCount(db, projectId)) < volumes)
        return makeError(ErrorCode::QuotaExceeded,
                         tr("You are already using all of your available volumes; ask an administrator to raise "
                            "the project's quota"));
    if (snapshots > 0 && left("snapshots", VolumeRepository::snapshotCountOf(db, projectId)) < snapshots)
        return makeError(ErrorCode::QuotaExceeded,
                         tr("You are already using all of your available snapshots; ask an administrator to raise "
                            "the project's quota"));
    if (backups > 0 && left("backups", VolumeRepository::backupCount(db, projectId)) < backups)
        return makeError(ErrorCode::QuotaExceeded,
                         tr("You are already using all of your available backups; ask an administrator to raise "
                            "the project's quota"));
    if (gigabytes > 0) {
        const qint64 available = left("gigabytes", VolumeRepository::gigabytes(db, projectId));
        if (available < gigabytes)
            return makeError(ErrorCode::QuotaExceeded,
                             tr("A volume of %1 GiB cannot be created as you only have %2 GiB of your quota "
                                "available")
                                 .arg(gigabytes)
                                 .arg(qMax<qint64>(available, 0)));
    }
    return {};
}

Error VolumeTasks::refuse(VolumeService &service, const RequestContext &ctx, const QString &action,
                          const Volume &volume, const Error &error)
{
    service.services().log->record(ctx, action, QStringLiteral("volume"), volume.id, volume.label(),
                                   QDateTime::currentDateTimeUtc(), QStringLiteral("failed"), error.toString());
    return error;
}

} // namespace sd
