#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "compute/instance/actiongate.h"
#include "volume.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class HostManager;
class ImageCache;
class ImageService;
class InstanceService;
class Policy;
class QuotaService;
class TaskRunner;
class VolumeRepository;
class VolumeTypeService;
class VolumeBoot;
struct HostInfo;

// Cinder's volumes, snapshots, backups and transfers on libvirt storage pools. Reads come from the
// store; everything that touches a host is a task on that host's worker with an action-log row, and
// moves the volume through Cinder's statuses (creating → available → attaching → in-use ...). Quota
// (volumes, snapshots, gigabytes, backups) is checked and taken in the transaction that stores the row.
class VolumeService : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        VolumeTypeService *types = nullptr;
        ImageService *images = nullptr;
        ImageCache *imageCache = nullptr;
        InstanceService *instances = nullptr;
        HostManager *hosts = nullptr;
        TaskRunner *tasks = nullptr;
        QuotaService *quotas = nullptr;
        ActionLog *log = nullptr;
    };

    VolumeService(std::shared_ptr<Database> db, const Policy *policy, const Services &services,
                  QString backupDir, QObject *parent = nullptr);
    ~VolumeService() override;
    // Follows the instances: attachments end with their instance, and moves of instances with volumes
    // are refused. The Engine calls it once both services exist.
    void watchInstances();

    // --- Volumes
    Result<QList<Volume>> list(const RequestContext &ctx, const VolumeListFilter &filter = {}) const;
    Result<Volume> show(const RequestContext &ctx, const QString &nameOrId) const;
    // Validates the spec (size against the source and the image's min_disk, quota, type access), picks a
    // host in the zone, stores the volume as creating and starts the task that makes it. A failed task
    // leaves the volume in error with the reason as its fault (Cinder's way), never a half-made volume.
    Result<Volume> create(const RequestContext &ctx, const VolumeSpec &spec);
    Result<Volume> update(const RequestContext &ctx, const QString &nameOrId, const VolumeUpdate &change);
    // Extend to a larger size: offline when available; online (virDomainBlockResize) when in-use on a
    // running instance of a host that can. Returns the task id.
    Result<QString> extend(const RequestContext &ctx, const QString &nameOrId, qint64 newSizeGb);
    // Refused while in-use, with snapshots, or awaiting transfer. Returns the task id.
    Result<QString> remove(const RequestContext &ctx, const QString &nameOrId);
    // Moves an available volume to another type's pool on its host (migration policy "on-demand";
    // "never" refuses when the pools differ, as Cinder does).
    Result<QString> retype(const RequestContext &ctx, const QString &nameOrId, const QString &type,
                           bool migrateOnDemand);
    // Upload to Image: the volume's data becomes a new private image of its project; the task's result is
    // the image id. An in-use volume needs force.
    Result<QString> uploadToImage(const RequestContext &ctx, const QString &nameOrId, const QString &imageName,
                                  const QString &diskFormat, bool force);

    // --- Attachments (Nova's os-volume_attachments)
    // Attaches an available volume to an instance on the volume's host (any host for a shared type):
    // hot-plugged into a running domain, written into the definition of one that is off. device: empty for
    // the next free one, else "/dev/vdX". Returns the task id.
    Result<QString> attach(const RequestContext &ctx, const QString &volume, const QString &instance,
                           const QString &device = {});
    // Refused for the instance's root volume. Returns the task id.
    Result<QString> detach(const RequestContext &ctx, const QString &volume, const QString &instance);
    // The volumes attached to an instance (for its detail page and Nova's volumes_attached).
    QList<Volume> attachedTo(const QString &instanceId) const;

    // --- Snapshots
    Result<QList<VolumeSnapshot>> listSnapshots(const RequestContext &ctx, bool allProjects = false,
                                                const QString &volume = {}) const;
    Result<VolumeSnapshot> showSnapshot(const RequestContext &ctx, const QString &nameOrId) const;
    // A copy of the volume in its pool. An in-use volume of a running instance needs force, and on a real
    // host is refused even then (QEMU holds its image locked): detach it or shut the instance off.
    Result<VolumeSnapshot> createSnapshot(const RequestContext &ctx, const QString &volume, const QString &name,
                                          const QString &description = {}, bool force = false);
    Result<VolumeSnapshot> updateSnapshot(const RequestContext &ctx, const QString &nameOrId,
                                          const std::optional<QString> &name,
                                          const std::optional<QString> &description);
    Result<QString> removeSnapshot(const RequestContext &ctx, const QString &nameOrId);

    // --- Backups (into the data dir's backups/ folder, so a backup outlives its host)
    Result<QList<VolumeBackup>> listBackups(const RequestContext &ctx, bool allProjects = false) const;
    Result<VolumeBackup> showBackup(const RequestContext &ctx, const QString &nameOrId) const;
    Result<VolumeBackup> createBackup(const RequestContext &ctx, const QString &volume, const QString &name,
                                      const QString &description = {}, bool force = false);
    // Into an existing available volume at least as large (same format), or, volume empty, a new volume
    // named `newName` (empty: "restore_backup_<id>", as Cinder names it). Returns the target volume.
    Result<Volume> restoreBackup(const RequestContext &ctx, const QString &backup, const QString &volume = {},
                                 const QString &newName = {});
    Result<QString> removeBackup(const RequestContext &ctx, const QString &nameOrId);

    // --- Transfers between projects
    Result<QList<VolumeTransfer>> listTransfers(const RequestContext &ctx, bool allProjects = false) const;
    // The volume becomes awaiting-transfer; the answer carries the auth key, which is never stored (only
    // its hash) and so is shown once.
    Result<VolumeTransfer> createTransfer(const RequestContext &ctx, const QString &volume, const QString &name = {});
    // Gives the volume (and its snapshots) to the caller's project, within its quota.
    Result<Volume> acceptTransfer(const RequestContext &ctx, const QString &transferId, const QString &authKey);
    Result<void> removeTransfer(const RequestContext &ctx, const QString &nameOrId);

    // Spins the event loop until the volume is in no transitional status (or the timeout passes, or it
    // is gone): for the CLI and tests.
    Result<Volume> waitUntilSettled(const QString &volumeId, int timeoutMs);

    // Engine-internal.
    VolumeRepository &repository() { return *m_repo; }
    const Services &services() const { return m_s; }
    static Result<void> validateSize(qint64 sizeGb, const QString &field);

Q_SIGNALS:
    void volumeChanged(const QString &id);
    void volumeRemoved(const QString &id);
    void snapshotChanged(const QString &id);
    void snapshotRemoved(const QString &id);
    void backupChanged(const QString &id);
    void backupRemoved(const QString &id);
    void transferChanged(const QString &id);
    void transferRemoved(const QString &id);

private:
    friend class VolumeTasks;
    friend class VolumeBoot;
    // An instance went away: its attachments end, and volumes made to be deleted with it go too.
    void instanceGone(const QString &instanceId);
    // Moves of an instance with volumes attached are refused (the data stays in its host's pool).
    Result<void> guardInstanceAction(const Instance &instance, InstanceAction action) const;
    Result<Volume> visible(const RequestContext &ctx, const QString &nameOrId) const;
    Result<VolumeSnapshot> visibleSnapshot(const RequestContext &ctx, const QString &nameOrId) const;
    Result<VolumeBackup> visibleBackup(const RequestContext &ctx, const QString &nameOrId) const;

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    Services m_s;
    QString m_backupDir;
    std::unique_ptr<VolumeRepository> m_repo;
    std::unique_ptr<VolumeBoot> m_boot; // boot from volume, for InstanceService
};

} // namespace sd
