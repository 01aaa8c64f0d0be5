#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "hosts/hostinfo.h"
#include "tasks/taskrunner.h"
#include "volume.h"
#include "volumestorage.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <initializer_list>

typedef struct _virConnect *virConnectPtr;

namespace sd {

class VolumeService;

// What every volume action shares: finding what the caller may touch, the status gate (Cinder's
// "Invalid volume: status must be available"), the host the data is on, and the task on that host's
// worker with its action-log row.
class VolumeTasks
{
    Q_DECLARE_TR_FUNCTIONS(sd::VolumeTasks)

public:
    // Work on the host's worker: the live connection and whether the host is simulated.
    using Work = std::function<Result<QVariant>(virConnectPtr conn, bool simulated, TaskControl &control)>;

    struct Job
    {
        QString action; // action-log name, e.g. "volume.extend"
        QString title;
        QString targetKind = QStringLiteral("volume");
        QString targetId;
        QString targetName;
        QString hostId;
        Work work;
        // On the main thread with work's result; its result is the task's.
        std::function<Result<QVariant>(const Result<QVariant> &)> finish;
    };
    // Starts the job on its host's worker; refuses when the host is unknown or not up.
    static Result<QString> start(VolumeService &service, const RequestContext &ctx, Job job);

    // The host a volume's data is on, when it is up.
    static Result<HostInfo> upHost(VolumeService &service, const QString &hostId, const QString &what);

    // Where a new volume without a source goes: an up, enabled host in the zone (any zone when empty),
    // the one holding the fewest GiB of volumes (Cinder's capacity weigher, by what StackDesk placed).
    static Result<HostInfo> pickHost(VolumeService &service, const QString &zone, const QString &what);

    // Checks the volume's status against `allowed` and sets `next` in one transaction, so two actions
    // (also from two processes) cannot both pass the gate. `action` names the action in the refusal.
    static Result<Volume> claim(VolumeService &service, const QString &volumeId,
                                std::initializer_list<VolumeStatus> allowed, VolumeStatus next,
                                const QString &action);
    static QString statusList(std::initializer_list<VolumeStatus> allowed);

    // Where a volume is in libvirt: its type's pool and its volume.
    static StorageRef storageOf(VolumeService &service, const Volume &volume);
    static StorageRef storageOf(VolumeService &service, const VolumeSnapshot &snapshot, const Volume &volume);
    // The libvirt volume names StackDesk gives (Cinder's volume-<id> and snapshot-<id>).
    static QString storageName(const QString &volumeId) { return QStringLiteral("volume-") + volumeId; }
    static QString snapshotStorageName(const QString &snapshotId) { return QStringLiteral("snapshot-") + snapshotId; }
    static constexpr qint64 kGiB = 1024LL * 1024 * 1024;

    // Stores a failure on the volume: status (error, or back to what it was) and the fault, and says so.
    static void fail(VolumeService &service, const QString &volumeId, VolumeStatus status, const Error &error);
    static void setStatus(VolumeService &service, const QString &volumeId, VolumeStatus status);

    // Cinder's quotas for what is about to be stored, in the storing transaction, with Horizon's words
    // ("A volume of 5 GiB cannot be created as you only have 2 GiB of your quota available").
    static Result<void> checkQuota(VolumeService &service, QSqlDatabase &db, const QString &projectId,
                                   qint64 volumes, qint64 snapshots, qint64 gigabytes, qint64 backups);

    // Records a refusal that got past visibility and policy in the action log, and returns it.
    static Error refuse(VolumeService &service, const RequestContext &ctx, const QString &action,
                        const Volume &volume, const Error &error);
};

} // namespace sd
