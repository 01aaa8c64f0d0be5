#pragma once

#include "actiongate.h"
#include "compute/scheduler/hostcandidate.h"
#include "core/requestcontext.h"
#include "core/result.h"
#include "domainxml.h"
#include "hosts/hostinfo.h"
#include "instance.h"
#include "instancediskcopy.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <future>
#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace sd {

class HostConnection;
class InstanceService;
class TaskRunner;
struct TaskSpec;

// What shelve, unshelve, resize and the migrations share: the hosts at both ends, scheduling a move
// in the caller's transaction, the ports following the instance, the domain written for the new
// place, and the final write of where the instance now is. The actions themselves are in
// instanceshelve.cpp, instanceresize.cpp and instancemigrate.cpp.
class InstanceMoves
{
    Q_DECLARE_TR_FUNCTIONS(sd::InstanceMoves)

public:
    // One host of a move, as the move's task needs it off the main thread.
    struct End
    {
        QString id;
        QString name;
        QString zone;
        HostKind kind = HostKind::Simulated;
        HostConnection *connection = nullptr;
        bool vnc = false;
        bool spice = false;
        bool simulated() const { return kind == HostKind::Simulated; }
    };

    // The host, when it is up; otherwise why not, naming it and the instance.
    static Result<End> upHost(InstanceService &service, const QString &hostId, const QString &instanceName);

    struct Placement
    {
        InstanceFlavor flavor; // what the instance will need there
        QString zone;          // empty: any
        QString forcedHostId;  // an admin's choice
        QSet<QString> ignore;  // e.g. a migration's source
        QString ownHostId;     // where its claim already counts (a resize may stay there)
        HostKind kind = HostKind::Simulated;
    };
    // Nova's scheduling for a move, inside the caller's transaction. Hosts of the other kind are left
    // out: a simulated host keeps no disk data, so nothing moves between it and a real one.
    static Result<HostCandidate> schedule(InstanceService &service, QSqlDatabase &db,
                                          const Instance &instance, const Placement &placement);
    static qint64 diskGbOf(const InstanceFlavor &flavor);

    // Binds the instance's ports to the host (the port keeps its MAC and addresses); the realiser's tasks.
    static Result<QStringList> bindPorts(InstanceService &service, const QString &instanceId,
                                         const QString &hostId);
    static void unbindPorts(InstanceService &service, const QString &instanceId);
    // The image cached on the host: the task that copies it there, or none when it is there already.
    static Result<QStringList> ensureImage(InstanceService &service, const Instance &instance,
                                           const QString &hostId);

    // The domain of the instance on a host, disks filled in on the host; interfaces as the host binds them.
    static DomainSpec domainSpec(InstanceService &service, const Instance &instance,
                                 const InstanceFlavor &flavor, const End &host);
    // The domain XML with the disks and the console log filled in; runs on the host's thread.
    static QString writeXml(virConnectPtr conn, DomainSpec spec, const QList<DomainDisk> &disks);
    // Fills in the disks and the console log, defines the domain and starts it (and pauses it) when asked.
    // Runs on the host's thread. On failure nothing stays defined.
    static Result<QString> define(virConnectPtr conn, DomainSpec spec, const QList<DomainDisk> &disks,
                                  bool start, bool paused);
    // Soft shutdown, forced after the timeout (Nova's shelve and resize power the guest off first).
    static Result<void> powerOff(virConnectPtr conn, const QString &domainName);
    // The domain and the disks of the instance on this host go; missing ones are fine.
    static Result<void> removeFrom(virConnectPtr conn, const QString &instanceId);

    // What a move needs first (port bindings, the image cache) runs as tasks of its own. Once they have
    // ended, fn runs on the main thread (where the store is read) and its result, or the first task's
    // failure, is what the returned future gives the move's task. A future whose engine went away gives
    // an error instead of waiting for ever.
    static std::shared_future<Result<QString>> after(InstanceService &service, const QStringList &taskIds,
                                                     std::function<Result<QString>()> fn);
    // Shows a step's task state at once, from the move's task (any thread).
    static void setTaskState(InstanceService *service, const QString &instanceId, const QString &task);
    // A task of the move, logged as server.<action>, targeting the instance.
    static TaskSpec task(const Instance &instance, InstanceAction action, const QString &title);

    // Where an instance rests after a move, from its power state: ACTIVE, PAUSED or SHUTOFF.
    static VmState restingState(PowerState power);
    static bool runs(PowerState power) { return power == PowerState::Running || power == PowerState::Paused; }

    // The final write of a move, in the caller's transaction: only what is set changes.
    struct Settled
    {
        std::optional<QString> hostId;
        std::optional<QString> zone;
        std::optional<QString> diskHostId;
        std::optional<InstanceFlavor> flavor;
        std::optional<QString> domainXml;
        VmState vmState = VmState::Active;
        PowerState power = PowerState::NoState;
        QString taskState; // empty: the move has ended
    };
    static Result<void> settle(QSqlDatabase &db, const QString &instanceId, const Settled &settled);
    // Resize and cold migration (Nova: a cold migration is a resize to the same flavor on another host):
    // schedule and claim, power off, copy or grow the disks, define with the new size, start it again
    // when it ran -> VERIFY_RESIZE with a migration row 'finished'. Implemented in instanceresize.cpp.
    struct ResizeRequest
    {
        InstanceFlavor flavor;
        QString kind = QStringLiteral("resize"); // or "migration"
        QString forcedHostId;
        bool sameHostAllowed = true;
        InstanceAction action = InstanceAction::Resize;
    };
    static Result<QString> resizeTo(InstanceService &service, const RequestContext &ctx,
                                    const Instance &instance, const ResizeRequest &request);
    // The host named, for an admin's --host: not the one the instance is on.
    static Result<QString> chosenHost(InstanceService &service, const RequestContext &ctx,
                                      const Instance &instance, const QString &host);

    // Deleting: what the instance left on other hosts (a shelved instance's disks, an unconfirmed move's
    // source) is removed by a task on each of them that is up.
    static void removeLeftovers(InstanceService &service, const RequestContext &ctx,
                                const Instance &instance);

    // The end of a move that worked: the transaction writes where the instance now is; then its fault is
    // cleared and the change told. When the transaction fails, that is the move's fault. An instance
    // deleted during the move (Nova allows that) is not written back: what the move made on madeOnHostId
    // is removed instead, as the delete could not know of it.
    static Result<void> commit(InstanceService &service, const QString &instanceId,
                               const QString &madeOnHostId,
                               const std::function<Result<void>(QSqlDatabase &)> &write);
    // Whether a delete has taken the instance over (its row is deleted or being deleted).
    static bool deleting(InstanceService &service, const QString &instanceId);
    // Fills in the instance's disks on this host (InstanceDiskCopy::disksOn), then defines the domain;
    // runs on the host's thread.
    static Result<QString> defineWithDisks(virConnectPtr conn, const DomainSpec &spec,
                                           const InstanceDiskCopy::Request &disks, bool start);

    // A move that failed: the task state goes, the fault stays, the caller has put the rest back.
    static void fail(InstanceService &service, const QString &instanceId, const Error &error);
};

} // namespace sd
