#pragma once

#include "core/result.h"
#include "instance.h"

#include <QCoreApplication>

namespace sd {

// The actions a user can ask of an instance. Each one is allowed only in some vm_states and never while
// another action is under way (Nova's @check_instance_state and its task_state=None rule).
enum class InstanceAction {
    Start,
    Stop,
    Reboot,
    HardReboot,
    Pause,
    Unpause,
    Suspend,
    Resume,
    Lock,
    Unlock,
    Update, // name, description, metadata
    Delete,
    Shelve,
    Unshelve,
    Rescue,
    Unrescue,
    Resize,
    ConfirmResize, // also confirms a cold migration (Nova: both end in VERIFY_RESIZE)
    RevertResize,
    Rebuild,
    CreateImage, // Horizon's Create Snapshot
    Migrate,     // cold
    LiveMigrate,
    AttachInterface,
    DetachInterface,
    AttachVolume,
    DetachVolume,
    AddSecurityGroup,
    RemoveSecurityGroup,
    AddFloatingIp,
    RemoveFloatingIp,
};

QString instanceActionName(InstanceAction action); // "start", "stop", "reboot", ... as the action log names them

// Whether the action may run now, and if not, why, in the user's words: "Instance web-1 is SHUTOFF:
// Stop needs it ACTIVE or ERROR".
class ActionGate
{
    Q_DECLARE_TR_FUNCTIONS(sd::ActionGate)

public:
    static Result<void> check(const Instance &instance, InstanceAction action, bool callerIsAdmin);
    static bool allows(const Instance &instance, InstanceAction action, bool callerIsAdmin)
    {
        return check(instance, action, callerIsAdmin).ok();
    }
    // The vm_states the action needs; empty: any state.
    static QList<VmState> allowedStates(InstanceAction action);
    static QString label(InstanceAction action);
};

} // namespace sd
