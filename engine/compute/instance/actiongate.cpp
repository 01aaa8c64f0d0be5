#include "actiongate.h"

namespace sd {

namespace {
Instance statusProbe(VmState state)
{
    Instance i;
    i.vmState = state;
    return i;
}
} // namespace

QString instanceActionName(InstanceAction action)
{
    switch (action) {
    case InstanceAction::Start: return QStringLiteral("start");
    case InstanceAction::Stop: return QStringLiteral("stop");
    case InstanceAction::Reboot: return QStringLiteral("reboot");
    case InstanceAction::HardReboot: return QStringLiteral("reboot_hard");
    case InstanceAction::Pause: return QStringLiteral("pause");
    case InstanceAction::Unpause: return QStringLiteral("unpause");
    case InstanceAction::Suspend: return QStringLiteral("suspend");
    case InstanceAction::Resume: return QStringLiteral("resume");
    case InstanceAction::Lock: return QStringLiteral("lock");
    case InstanceAction::Unlock: return QStringLiteral("unlock");
    case InstanceAction::Update: return QStringLiteral("update");
    case InstanceAction::Delete: return QStringLiteral("delete");
    // Nova's instance action names (nova/compute/instance_actions.py).
    case InstanceAction::Shelve: return QStringLiteral("shelve");
    case InstanceAction::Unshelve: return QStringLiteral("unshelve");
    case InstanceAction::Rescue: return QStringLiteral("rescue");
    case InstanceAction::Unrescue: return QStringLiteral("unrescue");
    case InstanceAction::Resize: return QStringLiteral("resize");
    case InstanceAction::ConfirmResize: return QStringLiteral("confirmResize");
    case InstanceAction::RevertResize: return QStringLiteral("revertResize");
    case InstanceAction::Rebuild: return QStringLiteral("rebuild");
    case InstanceAction::CreateImage: return QStringLiteral("createImage");
    case InstanceAction::Migrate: return QStringLiteral("migrate");
    case InstanceAction::LiveMigrate: return QStringLiteral("live-migration");
    case InstanceAction::AttachInterface: return QStringLiteral("attach_interface");
    case InstanceAction::DetachInterface: return QStringLiteral("detach_interface");
    case InstanceAction::AttachVolume: return QStringLiteral("attach_volume");
    case InstanceAction::DetachVolume: return QStringLiteral("detach_volume");
    case InstanceAction::AddSecurityGroup: return QStringLiteral("addSecurityGroup");
    case InstanceAction::RemoveSecurityGroup: return QStringLiteral("removeSecurityGroup");
    case InstanceAction::AddFloatingIp: return QStringLiteral("addFloatingIp");
    case InstanceAction::RemoveFloatingIp: return QStringLiteral("removeFloatingIp");
    }
    return {};
}

QString ActionGate::label(InstanceAction action)
{
    switch (action) {
    case InstanceAction::Start: return tr("Start");
    case InstanceAction::Stop: return tr("Shut Off");
    case InstanceAction::Reboot: return tr("Soft Reboot");
    case InstanceAction::HardReboot: return tr("Hard Reboot");
    case InstanceAction::Pause: return tr("Pause");
    case InstanceAction::Unpause: return tr("Resume (unpause)");
    case InstanceAction::Suspend: return tr("Suspend");
    case InstanceAction::Resume: return tr("Resume");
    case InstanceAction::Lock: return tr("Lock");
    case InstanceAction::Unlock: return tr("Unlock");
    case InstanceAction::Update: return tr("Edit");
    case InstanceAction::Delete: return tr("Delete");
    case InstanceAction::Shelve: return tr("Shelve");
    case InstanceAction::Unshelve: return tr("Unshelve");
    case InstanceAction::Rescue: return tr("Rescue");
    case InstanceAction::Unrescue: return tr("Unrescue");
    case InstanceAction::Resize: return tr("Resize");
    case InstanceAction::ConfirmResize: return tr("Confirm Resize/Migrate");
    case InstanceAction::RevertResize: return tr("Revert Resize/Migrate");
    case InstanceAction::Rebuild: return tr("Rebuild");
    case InstanceAction::CreateImage: return tr("Create Snapshot");
    case InstanceAction::Migrate: return tr("Migrate");
    case InstanceAction::LiveMigrate: return tr("Live Migrate");
    case InstanceAction::AttachInterface: return tr("Attach Interface");
    case InstanceAction::DetachInterface: return tr("Detach Interface");
    case InstanceAction::AttachVolume: return tr("Attach Volume");
    case InstanceAction::DetachVolume: return tr("Detach Volume");
    case InstanceAction::AddSecurityGroup: return tr("Add Security Group");
    case InstanceAction::RemoveSecurityGroup: return tr("Remove Security Group");
    case InstanceAction::AddFloatingIp: return tr("Associate Floating IP");
    case InstanceAction::RemoveFloatingIp: return tr("Disassociate Floating IP");
    }
    return {};
}

QList<VmState> ActionGate::allowedStates(InstanceAction action)
{
    using S = VmState;
    // nova/compute/api.py's check_instance_state lists, trimmed to the states StackDesk has.
    switch (action) {
    case InstanceAction::Start: return {S::Stopped};
    case InstanceAction::Stop: return {S::Active, S::Rescued, S::Error};
    case InstanceAction::Reboot: return {S::Active};
    case InstanceAction::HardReboot: return {S::Active, S::Stopped, S::Paused, S::Suspended, S::Error};
    case InstanceAction::Pause: return {S::Active};
    case InstanceAction::Unpause: return {S::Paused};
    case InstanceAction::Suspend: return {S::Active};
    case InstanceAction::Resume: return {S::Suspended};
    case InstanceAction::Shelve: return {S::Active, S::Stopped, S::Paused, S::Suspended};
    case InstanceAction::Unshelve: return {S::ShelvedOffloaded};
    case InstanceAction::Rescue: return {S::Active, S::Stopped, S::Error};
    case InstanceAction::Unrescue: return {S::Rescued};
    case InstanceAction::Resize: return {S::Active, S::Stopped};
    case InstanceAction::ConfirmResize:
    case InstanceAction::RevertResize: return {S::Resized};
    case InstanceAction::Rebuild: return {S::Active, S::Stopped, S::Error};
    case InstanceAction::CreateImage: return {S::Active, S::Stopped, S::Paused, S::Suspended};
    case InstanceAction::Migrate: return {S::Active, S::Stopped};
    case InstanceAction::LiveMigrate: return {S::Active, S::Paused};
    case InstanceAction::AttachInterface:
    case InstanceAction::DetachInterface:
    // Nova's attach/detach volume: ACTIVE, PAUSED, SHUTOFF (and more states StackDesk does not have).
    case InstanceAction::AttachVolume:
    case InstanceAction::DetachVolume: return {S::Active, S::Stopped, S::Paused};
    case InstanceAction::Lock:
    case InstanceAction::Unlock:
    case InstanceAction::Update:
    case InstanceAction::Delete:
    // Neutron's side of an instance: its ports' groups and floating IPs change in any state.
    case InstanceAction::AddSecurityGroup:
    case InstanceAction::RemoveSecurityGroup:
    case InstanceAction::AddFloatingIp:
    case InstanceAction::RemoveFloatingIp: return {};
    }
    return {};
}

Result<void> ActionGate::check(const Instance &instance, InstanceAction action, bool callerIsAdmin)
{
    if (instance.vmState == VmState::Deleted)
        return makeError(ErrorCode::NotFound, tr("Instance %1 is deleted").arg(instance.name));
    // Deleting is always possible (also during a build: Nova aborts the build), but only once.
    if (action == InstanceAction::Delete) {
        if (instance.taskState == QLatin1String("deleting"))
            return makeError(ErrorCode::Conflict, tr("Instance %1 is already being deleted").arg(instance.name));
    } else if (action != InstanceAction::Lock && action != InstanceAction::Unlock
               && action != InstanceAction::Update && !instance.taskState.isEmpty()) {
        return makeError(ErrorCode::Conflict,
                         tr("Instance %1 is busy (%2): %3 must wait until that ends")
                             .arg(instance.name, instance.taskState, label(action)));
    }
    // A locked instance refuses everything but unlock for non-admins (Nova: locked_by owner can unlock).
    if (instance.locked && !callerIsAdmin && action != InstanceAction::Unlock && action != InstanceAction::Lock)
        return makeError(ErrorCode::Conflict,
                         tr("Instance %1 is locked: unlock it before %2").arg(instance.name, label(action)));
    if (action == InstanceAction::Unlock && instance.locked && !callerIsAdmin
        && instance.lockedBy == QLatin1String("admin"))
        return makeError(ErrorCode::Forbidden,
                         tr("Instance %1 was locked by an administrator; only an administrator can unlock it")
                             .arg(instance.name));
    const QList<VmState> states = allowedStates(action);
    if (states.isEmpty() || states.contains(instance.vmState))
        return {};
    QStringList names;
    for (VmState s : states)
        names << statusProbe(s).status();
    // "ACTIVE, RESCUE or ERROR"
    const QString last = names.takeLast();
    const QString allowed = names.isEmpty() ? last : tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
    return makeError(ErrorCode::Conflict, tr("Instance %1 is %2: %3 needs it %4")
                                              .arg(instance.name, instance.status(), label(action), allowed));
}

} // namespace sd
