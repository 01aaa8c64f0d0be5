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

// What `server create` and the Launch Instance wizard ask for.
struct LaunchSpec
{
    QString name;
    QString description;
    QString flavor; // name or id
    QString image;  // name or id
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
