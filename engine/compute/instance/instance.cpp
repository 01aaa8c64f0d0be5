#include "instance.h"

#include <QHash>

namespace sd {

namespace {
struct VmStateName
{
    VmState state;
    const char *name;
};
constexpr VmStateName kVmStates[] = {
    {VmState::Building, "building"},   {VmState::Active, "active"},
    {VmState::Stopped, "stopped"},     {VmState::Paused, "paused"},
    {VmState::Suspended, "suspended"}, {VmState::ShelvedOffloaded, "shelved_offloaded"},
    {VmState::Rescued, "rescued"},     {VmState::Resized, "resized"},
    {VmState::Error, "error"},         {VmState::Deleted, "deleted"},
};
} // namespace

QString vmStateName(VmState state)
{
    for (const auto &s : kVmStates)
        if (s.state == state)
            return QLatin1String(s.name);
    return QStringLiteral("error");
}

VmState vmStateFromName(const QString &name)
{
    for (const auto &s : kVmStates)
        if (name == QLatin1String(s.name))
            return s.state;
    return VmState::Error;
}

QString powerStateName(PowerState state)
{
    switch (state) {
    case PowerState::NoState: return QStringLiteral("NOSTATE");
    case PowerState::Running: return QStringLiteral("Running");
    case PowerState::Paused: return QStringLiteral("Paused");
    case PowerState::Shutdown: return QStringLiteral("Shutdown");
    case PowerState::Crashed: return QStringLiteral("Crashed");
    case PowerState::Suspended: return QStringLiteral("Suspended");
    }
    return QStringLiteral("NOSTATE");
}

PowerState powerStateFromInt(int value)
{
    switch (value) {
    case 1: return PowerState::Running;
    case 3: return PowerState::Paused;
    case 4: return PowerState::Shutdown;
    case 6: return PowerState::Crashed;
    case 7: return PowerState::Suspended;
    default: return PowerState::NoState;
    }
}

QString Instance::status() const
{
    // nova/api/openstack/common.py: a few task states show through while the instance is active.
    static const QHash<QString, QString> activeTasks = {
        {QStringLiteral("rebooting"), QStringLiteral("REBOOT")},
        {QStringLiteral("reboot_pending"), QStringLiteral("REBOOT")},
        {QStringLiteral("reboot_started"), QStringLiteral("REBOOT")},
        {QStringLiteral("rebooting_hard"), QStringLiteral("HARD_REBOOT")},
        {QStringLiteral("reboot_pending_hard"), QStringLiteral("HARD_REBOOT")},
        {QStringLiteral("reboot_started_hard"), QStringLiteral("HARD_REBOOT")},
        {QStringLiteral("rebuilding"), QStringLiteral("REBUILD")},
        {QStringLiteral("resize_prep"), QStringLiteral("RESIZE")},
        {QStringLiteral("resize_migrating"), QStringLiteral("RESIZE")},
        {QStringLiteral("resize_migrated"), QStringLiteral("RESIZE")},
        {QStringLiteral("resize_finish"), QStringLiteral("RESIZE")},
        {QStringLiteral("migrating"), QStringLiteral("MIGRATING")},
    };
    switch (vmState) {
    case VmState::Building: return QStringLiteral("BUILD");
    case VmState::Active: return activeTasks.value(taskState, QStringLiteral("ACTIVE"));
    case VmState::Stopped:
        return taskState == QLatin1String("resize_prep") || taskState == QLatin1String("resize_migrating")
                   ? QStringLiteral("RESIZE")
                   : QStringLiteral("SHUTOFF");
    case VmState::Paused: return QStringLiteral("PAUSED");
    case VmState::Suspended: return QStringLiteral("SUSPENDED");
    case VmState::ShelvedOffloaded: return QStringLiteral("SHELVED_OFFLOADED");
    case VmState::Rescued: return QStringLiteral("RESCUE");
    case VmState::Resized:
        return taskState == QLatin1String("resize_reverting") ? QStringLiteral("REVERT_RESIZE")
                                                              : QStringLiteral("VERIFY_RESIZE");
    case VmState::Error: return QStringLiteral("ERROR");
    case VmState::Deleted: return QStringLiteral("DELETED");
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace sd
