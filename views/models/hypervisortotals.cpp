#include "hypervisortotals.h"

namespace sd {

qint64 HypervisorTotals::usedMemoryMbOf(const HostInfo &host)
{
    return host.facts.usedMemoryMb() + host.record.reservedHostMemoryMb;
}

HypervisorTotals HypervisorTotals::of(const QList<HostInfo> &hosts)
{
    HypervisorTotals t;
    for (const HostInfo &h : hosts) {
        if (h.state != HostState::Up)
            continue;
        t.vcpus += h.facts.vcpus;
        t.usedVcpus += h.facts.usedVcpus();
        t.memoryMb += h.facts.memoryMb;
        t.usedMemoryMb += usedMemoryMbOf(h);
        t.diskGb += h.facts.diskGb;
        t.usedDiskGb += h.facts.diskUsedGb;
    }
    return t;
}

} // namespace sd
