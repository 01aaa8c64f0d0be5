#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

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

} // namespace sd
