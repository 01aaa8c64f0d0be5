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
