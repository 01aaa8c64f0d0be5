#pragma once

#include "hosts/hostinfo.h"

#include <QList>

namespace sd {

// What Horizon's "Hypervisor Summary" sums, and what one host's row shows, computed in one place so the
// donuts and the table always agree.
struct HypervisorTotals
{
    int vcpus = 0;
    int usedVcpus = 0;
    qint64 memoryMb = 0;
    qint64 usedMemoryMb = 0;
    qint64 diskGb = 0;
    qint64 usedDiskGb = 0;

    // Like Nova's memory_mb_used: the running domains plus what is reserved for the host itself.
    static qint64 usedMemoryMbOf(const HostInfo &host);
    // Only hosts that are up count: a down host's capacity cannot be used (as nova-compute's report).
    static HypervisorTotals of(const QList<HostInfo> &hosts);
};

} // namespace sd
