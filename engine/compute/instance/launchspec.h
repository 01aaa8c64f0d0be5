#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// One NIC of a launch: a network (with an optional fixed IP) or an existing port.
struct NicRequest
{
    QString network;
    QString fixedIp;
    QString port;
};

// Where an instance's root disk comes from (Horizon's "Select Boot Source"; an instance snapshot is an
// image, so it is Image here too).
enum class BootSource {
    Image,          // the image; a local overlay, or a new volume when LaunchSpec::newVolume
    Volume,         // an existing available, bootable volume (LaunchSpec::bootVolume), booted in place
    VolumeSnapshot, // a new volume made from a volume snapshot (LaunchSpec::bootSnapshot)
};

// What `server create` and the Launch Instance wizard ask for.
struct LaunchSpec
{
    QString name;
    QString description;
    QString flavor; // name or id
    BootSource bootSource = BootSource::Image;
    QString image;  // name or id (BootSource::Image)
    QString bootVolume;   // name or id (BootSource::Volume)
    QString bootSnapshot; // name or id of a volume snapshot (BootSource::VolumeSnapshot)
    // Horizon's "Create New Volume": the image's data goes to a new volume that is the root disk. Always
    // so for a volume snapshot.
    bool newVolume = false;
    qint64 newVolumeSizeGb = 0;  // 0: the source's size (at least the image's min_disk)
    QString newVolumeType;       // name or id; empty: the default type
    // "Delete Volume on Instance Delete": for a new volume, and for an existing boot volume too.
    bool deleteVolumeOnTermination = false;
    QList<NicRequest> nics; // empty: the project's only network, when it has exactly one
    QStringList securityGroups; // empty: the project's default group
    QString keyName;
    QByteArray userData;
    QString adminPassword;
    QString availabilityZone; // empty: any
    QString host;             // admins only
    int minCount = 1;
    int maxCount = 1;
    QString serverGroup; // name or id (scheduler hint group=)
    QMap<QString, QString> metadata;
};

struct InstanceListFilter
{
    bool allProjects = false; // admins: every project
    QString project;          // name or id (admins)
    QString host;             // name or id (admins)
    QString status;           // Horizon's status name, e.g. ACTIVE
    QString nameRegex;        // as `openstack server list --name`
};

struct InstanceUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    QMap<QString, QString> setMetadata;
    QStringList unsetMetadata;
};

// `server rebuild` and Horizon's Rebuild Instance form.
struct RebuildSpec
{
    QString image;         // name or id; empty: the instance's own image
    QString adminPassword; // written to the new seed; empty: none
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> keyName; // empty string: no key
};

// `server rescue` and Horizon's Rescue Instance form.
struct RescueSpec
{
    QString image;         // name or id; empty: the instance's own image (Nova's default)
    QString adminPassword; // for the rescue system's seed; empty: none
};

// `server migrate [--live-migration] [--host H]`, Horizon's Migrate and Live Migrate forms.
struct MigrateSpec
{
    bool live = false;
    QString host;             // name or id; empty: the scheduler chooses (admins only may name one)
    bool blockMigration = true; // live: copy the disks (no shared storage between StackDesk's hosts)
};

// `server add port|network` and Horizon's Attach Interface form: a network (with an optional fixed IP)
// or an existing port.
using InterfaceRequest = NicRequest;

} // namespace sd
