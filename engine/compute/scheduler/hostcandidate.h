#pragma once

#include "hosts/hostinfo.h"

#include <QHash>
#include <QSet>

namespace sd {

// One host as the scheduler weighs it: what the administrator set, what the host last reported, and what
// instances already claim there (from the store, inside the launch transaction).
struct HostCandidate
{
    HostRecord record;
    HostState state = HostState::Down;
    QString hypervisorType; // "QEMU", "Test"
    QString architecture;   // "x86_64"
    int totalVcpus = 0;
    qint64 totalRamMb = 0;
    qint64 totalDiskGb = 0;
    int claimedVcpus = 0;
    qint64 claimedRamMb = 0;
    qint64 claimedDiskGb = 0;
    int instances = 0;

    // Nova's arithmetic: capacity times the allocation ratio, less what is reserved and claimed.
    double freeVcpus() const { return totalVcpus * record.cpuAllocationRatio - claimedVcpus; }
    double freeRamMb() const
    {
        return totalRamMb * record.ramAllocationRatio - record.reservedHostMemoryMb - claimedRamMb;
    }
    double freeDiskGb() const
    {
        return totalDiskGb * record.diskAllocationRatio - record.reservedHostDiskMb / 1024.0 - claimedDiskGb;
    }
};

// What one launch (or move) needs.
struct ScheduleRequest
{
    int vcpus = 1;
    qint64 ramMb = 512;
    qint64 diskGb = 0; // root + ephemeral + swap, rounded up to GB
    QString availabilityZone; // empty: any
    QString forcedHost;       // admin's --host: only this host is considered (still filtered)
    // Image properties the ImagePropertiesFilter matches: architecture, hypervisor_type.
    QString imageArchitecture;
    QString imageHypervisorType;
    // Server group: its policy and how many of its members each host already has.
    QString groupPolicy; // "", "affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"
    QHash<QString, int> groupMembersOnHost;
    QSet<QString> ignoreHosts; // a migration's source host
};

} // namespace sd
