#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// Nova's flavor: the size of an instance. Instances keep a copy of their flavor, so deleting one in use
// is allowed (as in Nova).
struct Flavor
{
    QString id;
    QString name;
    QString description;
    int vcpus = 1;
    qint64 ramMb = 512;
    qint64 diskGb = 0;
    qint64 ephemeralGb = 0;
    qint64 swapMb = 0;
    bool isPublic = true;
    QMap<QString, QString> extraSpecs;
    QStringList projectIds; // who may use a private flavor
    QDateTime createdAt;
};

struct FlavorSpec
{
    QString id; // empty: a new UUID
    QString name;
    QString description;
    int vcpus = 1;
    qint64 ramMb = 512;
    qint64 diskGb = 0;
    qint64 ephemeralGb = 0;
    qint64 swapMb = 0;
    bool isPublic = true;
    QMap<QString, QString> extraSpecs;
    QStringList projects; // names or ids, for a private flavor
};

} // namespace sd
