#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sd {

// Nova's vm_state: where the instance rests between actions.
enum class VmState {
    Building,
    Active,
    Stopped,
    Paused,
    Suspended,
    ShelvedOffloaded,
    Rescued,
    Resized,
    Error,
    Deleted,
};

// libvirt's view, with Nova's numbers (nova/compute/power_state.py), so logs read the same.
enum class PowerState {
    NoState = 0,
    Running = 1,
    Paused = 3,
    Shutdown = 4,
    Crashed = 6,
    Suspended = 7,
};

QString vmStateName(VmState state);      // "active", "stopped", ... as Nova stores them
VmState vmStateFromName(const QString &name);
QString powerStateName(PowerState state); // "Running", "Shutdown", ... as Horizon's Power State column
PowerState powerStateFromInt(int value);

// The flavor as the instance copied it at launch (or at resize).
struct InstanceFlavor
{
    QString id;
    QString name;
    int vcpus = 1;
    qint64 ramMb = 512;
    qint64 diskGb = 0;
    qint64 ephemeralGb = 0;
    qint64 swapMb = 0;
};

struct InstanceFault
{
    int code = 0; // HTTP-like, as Nova: 500 for a build failure, 400 for NoValidHost...
    QString message;
    QString details;
    QDateTime createdAt;
};

struct InstanceAddress
{
    QString networkId;
    QString networkName;
    QString portId;
    QString macAddress;
    QString address;
    bool floating = false;
};

struct Instance
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QString projectName;
    QString userId;
    QString hostId; // empty until scheduled, and while shelved offloaded
    QString hostName;
    QString availabilityZone;
    QString diskHostId;    // while shelved offloaded: the host whose instances pool keeps the disks
    QString rescueImageId; // while rescued: the image the rescue disk was made from
    InstanceFlavor flavor;
    QString imageId;   // the image it booted from; for a volume-backed instance, its volume's image (or none)
    QString imageName;
    QString bootVolumeId; // booted from a volume (Nova's boot_index 0): its root disk is that volume
    QString keyName;
    QString serverGroupId;
    VmState vmState = VmState::Building;
    QString taskState; // Nova's task_state names ("spawning", "powering-off"); empty when none
    PowerState powerState = PowerState::NoState;
    bool locked = false;
    QString lockedBy; // "owner" or "admin", as Nova's locked_by
    QMap<QString, QString> metadata;
    QList<InstanceAddress> addresses;
    InstanceFault fault; // code 0: none
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime launchedAt;

    // Horizon's Status column: ACTIVE, BUILD, SHUTOFF, REBOOT, HARD_REBOOT, ... (Nova's status_from_state).
    QString status() const;
    QString domainName() const { return QStringLiteral("sd-") + id; }
};

} // namespace sd
