#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sd {

// Nova's server group: instances the scheduler places together (affinity) or apart (anti-affinity), hard
// or "soft" (best effort). Belongs to a project; an instance is in at most one group.
struct ServerGroup
{
    QString id;
    QString name;
    QString projectId;
    QString projectName;
    QString userId;
    QString policy;      // affinity | anti-affinity | soft-affinity | soft-anti-affinity
    QStringList members; // instance ids
    QDateTime createdAt;
};

} // namespace sd
