#pragma once

#include "actiongate.h"
#include "core/requestcontext.h"
#include "core/result.h"
#include "instance.h"
#include "launchspec.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace sd {

class ActionLog;
struct ActionLogEntry;
class Database;
class FlavorService;
class HostManager;
class ImageCache;
class ImageService;
class InstanceBuild;
class InstanceRepository;
class NetworkRealizer;
class NetworkService;
class Policy;
class PortService;
class QuotaService;
class Scheduler;
class TaskRunner;
struct HostCandidate;
class BootVolumes;

// Nova's servers: launch across the hosts (quota, scheduler and claims in one transaction, then the
// build on the chosen host), the power actions, lock, edit, delete. Reads come from the store; every
// action that touches a host is a task on that host's worker, with an action-log row.
class InstanceService : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        FlavorService *flavors = nullptr;
        ImageService *images = nullptr;
        ImageCache *imageCache = nullptr;
        NetworkService *networks = nullptr;
        PortService *ports = nullptr;
        NetworkRealizer *realizer = nullptr;
        HostManager *hosts = nullptr;
        TaskRunner *tasks = nullptr;
        QuotaService *quotas = nullptr;
        ActionLog *log = nullptr;
    };

    InstanceService(std::shared_ptr<Database> db, const Policy *policy, const Services &services,
                    QObject *parent = nullptr);
    ~InstanceService() override;

    Result<QList<Instance>> list(const RequestContext &ctx, const InstanceListFilter &filter = {}) const;
    Result<Instance> show(const RequestContext &ctx, const QString &nameOrId) const;

    // Validates everything, then reserves quota, schedules and claims in one transaction; the builds run
    // as tasks afterwards. An instance no host can take is stored in ERROR with the NoValidHost fault, as
    // in Nova. Returns the instances made.
    Result<QList<Instance>> launch(const RequestContext &ctx, const LaunchSpec &spec);
    // A power action, lock or unlock. Returns the task id (empty for lock and unlock, which are instant).
    Result<QString> perform(const RequestContext &ctx, const QString &nameOrId, InstanceAction action);
    Result<Instance> update(const RequestContext &ctx, const QString &nameOrId, const InstanceUpdate &change);
    // Deletes the instance, also during a build. Returns the task id (empty when nothing is on a host).
    Result<QString> remove(const RequestContext &ctx, const QString &nameOrId);
    // The action log of the instance (Nova's os-instance-actions), newest first.
    Result<QList<ActionLogEntry>> events(const RequestContext &ctx, const QString &nameOrId) const;
    // --- Beyond power: each returns the id of the task doing it (empty when nothing runs on a host). Each
    // checks visibility, policy and ActionGate first and changes nothing when it refuses.

    // Shelve: stop, undefine the domain, keep the disks on the host, release the claims (Nova's
    // shelve + offload at once, shelved_offload_time = 0). Unshelve schedules again (zone or, for
    // admins, host), copies the disks over when the new host is another one, defines and starts.
    Result<QString> shelve(const RequestContext &ctx, const QString &nameOrId);
    Result<QString> unshelve(const RequestContext &ctx, const QString &nameOrId, const QString &availabilityZone = {},
                             const QString &host = {});
    // Rescue: boot from a fresh disk of the rescue image with the root disk attached second; unrescue
    // boots the instance's own domain again and removes the rescue disk.
    Result<QString> rescue(const RequestContext &ctx, const QString &nameOrId, const RescueSpec &spec = {});
    Result<QString> unrescue(const RequestContext &ctx, const QString &nameOrId);
    // Rebuild: a new root disk from the image (and a new seed); ports, addresses and the host stay.
    Result<QString> rebuild(const RequestContext &ctx, const QString &nameOrId, const RebuildSpec &spec);
    // Create Snapshot: the root disk (flattened) becomes a new private image of the instance's project,
    // with Nova's image_type=snapshot, instance_uuid, base_image_ref properties. The task's result is
    // the new image's id.
    Result<QString> createImage(const RequestContext &ctx, const QString &nameOrId, const QString &imageName,
                                const QMap<QString, QString> &properties = {});
    // Resize to another flavor (scheduled again; the disk grows, never shrinks) and cold migration
    // both end in VERIFY_RESIZE, waiting for confirm (drop the source) or revert (back as before).
    Result<QString> resize(const RequestContext &ctx, const QString &nameOrId, const QString &flavor);
    Result<QString> confirmResize(const RequestContext &ctx, const QString &nameOrId);
    Result<QString> revertResize(const RequestContext &ctx, const QString &nameOrId);
    // Cold or live migration (libvirt migration between hosts; simulated hosts: the engine moves the
    // domain, DESIGN.md §3). A live migration ends ACTIVE on the new host, no confirmation.
    Result<QString> migrate(const RequestContext &ctx, const QString &nameOrId, const MigrateSpec &spec);
    // Interfaces: a new port on a network (or an existing port) hot-plugged, or a port unplugged and,
    // when the instance made it, deleted.
    Result<QString> attachInterface(const RequestContext &ctx, const QString &nameOrId, const InterfaceRequest &request);
    Result<QString> detachInterface(const RequestContext &ctx, const QString &nameOrId, const QString &port);
    // Security groups of all the instance's ports; floating IPs on one of its ports (the first one
    // with an address on a network the floating IP's router reaches, unless fixedIp says which).
    Result<void> addSecurityGroup(const RequestContext &ctx, const QString &nameOrId, const QString &group);
    Result<void> removeSecurityGroup(const RequestContext &ctx, const QString &nameOrId, const QString &group);
    Result<void> addFloatingIp(const RequestContext &ctx, const QString &nameOrId, const QString &floatingIp,
                               const QString &fixedIp = {});
    Result<void> removeFloatingIp(const RequestContext &ctx, const QString &nameOrId, const QString &floatingIp);

    // The instance named, when the caller may run the action on it now: visible, allowed by policy
    // (rule "server:<action name>"), and in a state ActionGate accepts. Every action starts here.
    Result<Instance> checkedFor(const RequestContext &ctx, const QString &nameOrId, InstanceAction action) const;

    // The last lines of the serial console's log, read from the host. Returns the task id; its result is
    // the text.
    Result<QString> consoleLog(const RequestContext &ctx, const QString &nameOrId, int lines);

    // Spins the event loop until the instance has no task state (or the timeout passes): for the CLI's
    // --wait and for tests.
    Result<Instance> waitUntilSettled(const QString &instanceId, int timeoutMs);

    // Engine-internal: what the reconciler, the builds and the action classes use.
    InstanceRepository &repository() { return *m_repo; }
    const Services &services() const { return m_s; }
    std::shared_ptr<Database> database() const { return m_db; }
    const Policy *policy() const { return m_policy; }
    // Deletes the instance's row and releases what it holds (for the action classes' failure paths).
    Result<QString> deleteInstance(const RequestContext &ctx, const Instance &instance) { return startDelete(ctx, instance); }
    void setScheduler(std::unique_ptr<Scheduler> scheduler);
    // Block storage, for boot from volume (the Engine sets it; without it such launches are refused).
    void setBootVolumes(BootVolumes *bootVolumes) { m_bootVolumes = bootVolumes; }
    BootVolumes *bootVolumes() const { return m_bootVolumes; }
    // Another service's say on an action (block storage refuses moves of instances with volumes
    // attached); consulted by checkedFor after the gate.
    using ActionGuard = std::function<Result<void>(const Instance &, InstanceAction)>;
    void addActionGuard(ActionGuard guard) { m_guards.append(std::move(guard)); }
    const Scheduler &scheduler() const { return *m_scheduler; }
    QList<HostCandidate> hostCandidates(QSqlDatabase &db) const;
    void notifyChanged(const QString &id) { emit instanceChanged(id); }

    static Result<void> validateName(const QString &name);
    static Result<void> validateMetadata(const QMap<QString, QString> &items);

Q_SIGNALS:
    void instanceChanged(const QString &id);
    void instanceRemoved(const QString &id);

private:
    friend class InstanceBuild;
    struct Prepared;
    Result<Prepared> prepare(const RequestContext &ctx, const LaunchSpec &spec) const;
    Result<Instance> visible(const RequestContext &ctx, const QString &nameOrId) const;
    Result<QString> runPowerAction(const RequestContext &ctx, const Instance &instance, InstanceAction action);
    void startBuild(const RequestContext &ctx, const QString &instanceId);
    void buildFinished(const QString &instanceId);
    // Releases what a failed build held (claims, ports) and stores the fault.
    void failBuild(const QString &instanceId, const Error &error);
    Result<QString> startDelete(const RequestContext &ctx, const Instance &instance);
    void finishDelete(const QString &instanceId);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    Services m_s;
    std::unique_ptr<InstanceRepository> m_repo;
    std::unique_ptr<Scheduler> m_scheduler;
    QHash<QString, QPointer<InstanceBuild>> m_builds;
    QList<ActionGuard> m_guards;
    BootVolumes *m_bootVolumes = nullptr;
};

} // namespace sd
