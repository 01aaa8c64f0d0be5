#pragma once

#include "actiongate.h"
#include "core/requestcontext.h"
#include "core/result.h"
#include "hosts/hostinfo.h"
#include "image/image.h"
#include "instance.h"
#include "seediso.h"
#include "tasks/taskrunner.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

typedef struct _virConnect *virConnectPtr;

namespace sd {

class HostConnection;
class InstanceService;

// What rescue, unrescue, rebuild and Create Snapshot share: the up host they run on, the task on its
// worker, the image they boot, the seed of a new boot, and how a failure is stored.
class LifecycleSupport
{
    Q_DECLARE_TR_FUNCTIONS(sd::LifecycleSupport)

public:
    // What every one of these actions checks before it changes anything.
    struct Checked
    {
        Instance instance;
        HostInfo host;
        Image image;    // when an image was asked for
        QString ownXml; // the instance's own domain XML, as the store keeps it
    };
    // The instance named, when the caller may run the action now (visible, policy, gate), its host up,
    // and its own domain defined; with `image` (empty: the instance's own) checked by bootableImage()
    // when imageField is set.
    static Result<Checked> check(InstanceService &service, const RequestContext &ctx, const QString &nameOrId,
                                 InstanceAction action, const QString &imageField = {}, const QString &image = {});

    // The instance's host when it is up; otherwise the refusal, naming both.
    static Result<HostInfo> upHost(InstanceService &service, const Instance &instance);
    // A task on the instance's host for the action: title, action-log name ("server.<action>"), target
    // and worker filled in.
    static TaskSpec hostTask(InstanceService &service, const Instance &instance, const HostInfo &host,
                             InstanceAction action);
    static HostConnection *connectionOf(InstanceService &service, const Instance &instance);
    // The connection of a task's work, or the error that its host went down meanwhile.
    static Result<virConnectPtr> live(HostConnection *connection, const QString &hostName);

    // An image the instance can boot on its host: visible to the caller, active, qcow2 or raw, small
    // enough for the flavor (min_disk, min_ram) and matching the host (architecture, hypervisor type).
    // `field` names the request's field in the messages ("Image", "Rescue image").
    static Result<Image> bootableImage(InstanceService &service, const RequestContext &ctx, const QString &nameOrId,
                                       const Instance &instance, const QString &field);
    // The image's volume on the host as far as the store knows; when it is not cached there, starts the
    // copy. The host's worker runs its tasks in the order they were started, so a task started after
    // this call runs after the copy and finds the volume with cachedVolume().
    static Result<QString> cacheOnHost(InstanceService &service, const QString &imageId, const QString &hostId);
    // Worker side: knownPath when the store knew it, else the volume in the host's image cache pool.
    static Result<QString> cachedVolume(virConnectPtr conn, const QString &imageId, const QString &imageName,
                                        const QString &knownPath);

    // Worker side: defines the instance's own domain again (after a rescue or rebuild that failed),
    // and starts it when it ran before.
    static Result<void> defineOwn(virConnectPtr conn, const QString &xml, bool start);

    // Worker side: the seed ISO written into dir, or an empty path on a simulated host (libvirt's test
    // driver keeps no volume data, so there is nothing to read).
    static Result<QString> writeSeed(const SeedData &seed, const QString &dir, bool simulated);

    // The seed of a new boot: the instance's hostname and user data, the key pair's public key (of
    // keyOwner), the admin password. A key pair asked for now must be there; the one the instance was
    // launched with may have been deleted since (StackDesk keeps no copy of it), and is then left out.
    enum class Key { AskedFor, Kept };
    static Result<SeedData> seedFor(InstanceService &service, const Instance &instance, const QString &name,
                                    const QString &keyOwner, const QString &keyName, Key key,
                                    const QString &adminPassword);
    // A public key of the user, or the refusal naming the key pair.
    static Result<QString> publicKey(InstanceService &service, const QString &userId, const QString &keyName);

    // Sets the task state from the host's worker: queued to the main thread, so it lands before the
    // task's finish step (which runs from the same queue).
    static void postTaskState(InstanceService *service, const QString &instanceId, const QString &taskState);
    // An action that failed: the task state cleared, the instance in `state`, the failure its fault
    // (Nova's instance fault), so the user sees why.
    static void failed(InstanceService &service, const QString &instanceId, VmState state, const Error &error);
};

} // namespace sd
