#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sd {

// A host as StackDesk stores it: a libvirt URI plus what the administrator decided about it.
struct HostRecord
{
    QString id;
    QString name;
    QString uri;
    QString availabilityZone = QStringLiteral("nova");
    bool enabled = true;
    QString disabledReason;
    // Nova's defaults: CPUs are shared 16:1, RAM 1.5:1, disk not overcommitted.
    double cpuAllocationRatio = 16.0;
    double ramAllocationRatio = 1.5;
    double diskAllocationRatio = 1.0;
    qint64 reservedHostMemoryMb = 512;
    qint64 reservedHostDiskMb = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What `host add` and the Add Host dialog ask for.
struct HostSpec
{
    QString name;
    QString uri;
    QString availabilityZone = QStringLiteral("nova");
    double cpuAllocationRatio = 16.0;
    double ramAllocationRatio = 1.5;
    double diskAllocationRatio = 1.0;
    qint64 reservedHostMemoryMb = 512;
    qint64 reservedHostDiskMb = 0;
};

// The editable fields of a stored host, e.g. to fill a form with them.
inline HostSpec specOf(const HostRecord &r)
{
    return HostSpec{r.name, r.uri, r.availabilityZone, r.cpuAllocationRatio, r.ramAllocationRatio,
                    r.diskAllocationRatio, r.reservedHostMemoryMb, r.reservedHostDiskMb};
}

// A new host's record from what the user asked for.
inline HostRecord recordOf(const QString &id, const HostSpec &spec)
{
    HostRecord r;
    r.id = id;
    r.name = spec.name;
    r.uri = spec.uri;
    r.availabilityZone = spec.availabilityZone;
    r.cpuAllocationRatio = spec.cpuAllocationRatio;
    r.ramAllocationRatio = spec.ramAllocationRatio;
    r.diskAllocationRatio = spec.diskAllocationRatio;
    r.reservedHostMemoryMb = spec.reservedHostMemoryMb;
    r.reservedHostDiskMb = spec.reservedHostDiskMb;
    return r;
}

// `host set`: only the fields that are set change.
struct HostUpdate
{
    std::optional<QString> name;
    std::optional<QString> availabilityZone;
    std::optional<double> cpuAllocationRatio;
    std::optional<double> ramAllocationRatio;
    std::optional<double> diskAllocationRatio;
    std::optional<qint64> reservedHostMemoryMb;
    std::optional<qint64> reservedHostDiskMb;
};

} // namespace sd
