#include "filters.h"

#include <cmath>

namespace sd {

std::vector<std::unique_ptr<HostFilter>> defaultFilters()
{
    std::vector<std::unique_ptr<HostFilter>> list;
    list.push_back(std::make_unique<ForcedHostFilter>());
    list.push_back(std::make_unique<IgnoreHostsFilter>());
    list.push_back(std::make_unique<ComputeFilter>());
    list.push_back(std::make_unique<AvailabilityZoneFilter>());
    list.push_back(std::make_unique<ImagePropertiesFilter>());
    list.push_back(std::make_unique<ServerGroupFilter>());
    list.push_back(std::make_unique<RamFilter>());
    list.push_back(std::make_unique<CoreFilter>());
    list.push_back(std::make_unique<DiskFilter>());
    return list;
}

bool ComputeFilter::passes(const HostCandidate &host, const ScheduleRequest &, QString *why) const
{
    if (!host.record.enabled) {
        *why = host.record.disabledReason.isEmpty()
                   ? tr("%1 is disabled").arg(host.record.name)
                   : tr("%1 is disabled (%2)").arg(host.record.name, host.record.disabledReason);
        return false;
    }
    if (host.state != HostState::Up) {
        *why = tr("%1 is %2").arg(host.record.name, hostStateName(host.state));
        return false;
    }
    return true;
}

bool ForcedHostFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    if (request.forcedHost.isEmpty() || host.record.id == request.forcedHost)
        return true;
    *why = tr("%1 is not the requested host").arg(host.record.name);
    return false;
}

bool IgnoreHostsFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    if (!request.ignoreHosts.contains(host.record.id))
        return true;
    *why = tr("%1 is the instance's current host").arg(host.record.name);
    return false;
}

bool AvailabilityZoneFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    if (request.availabilityZone.isEmpty() || host.record.availabilityZone == request.availabilityZone)
        return true;
    *why = tr("%1 is in %2, not %3").arg(host.record.name, host.record.availabilityZone, request.availabilityZone);
    return false;
}

bool RamFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    const double free = host.freeRamMb();
    if (free >= request.ramMb)
        return true;
    *why = tr("%1 has %2 MB free, needs %3 MB")
               .arg(host.record.name)
               .arg(qMax<qint64>(0, qint64(std::floor(free))))
               .arg(request.ramMb);
    return false;
}

bool CoreFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    const double free = host.freeVcpus();
    if (free >= request.vcpus)
        return true;
    *why = tr("%1 has %2 vCPUs free, needs %3")
               .arg(host.record.name)
               .arg(qMax<qint64>(0, qint64(std::floor(free))))
               .arg(request.vcpus);
    return false;
}

bool DiskFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    const double free = host.freeDiskGb();
    if (free >= request.diskGb)
        return true;
    *why = tr("%1 has %2 GB of disk free, needs %3 GB")
               .arg(host.record.name)
               .arg(qMax<qint64>(0, qint64(std::floor(free))))
               .arg(request.diskGb);
    return false;
}

bool ImagePropertiesFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    if (!request.imageArchitecture.isEmpty() && !host.architecture.isEmpty()
        && request.imageArchitecture.compare(host.architecture, Qt::CaseInsensitive) != 0) {
        *why = tr("%1 is %2, the image needs %3")
                   .arg(host.record.name, host.architecture, request.imageArchitecture);
        return false;
    }
    // Glance's hypervisor_type values are lower case ("qemu", "kvm"); a QEMU host runs both.
    if (!request.imageHypervisorType.isEmpty()) {
        const QString wanted = request.imageHypervisorType.toLower();
        const QString have = host.hypervisorType.toLower();
        const bool ok = wanted == have || (have == QLatin1String("qemu") && wanted == QLatin1String("kvm"));
        if (!ok) {
            *why = tr("%1 runs %2, the image needs %3")
                       .arg(host.record.name, host.hypervisorType, request.imageHypervisorType);
            return false;
        }
    }
    return true;
}

bool ServerGroupFilter::passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const
{
    const int here = request.groupMembersOnHost.value(host.record.id);
    if (request.groupPolicy == QLatin1String("anti-affinity") && here > 0) {
        *why = tr("%1 already runs a member of the anti-affinity group").arg(host.record.name);
        return false;
    }
    if (request.groupPolicy == QLatin1String("affinity")) {
        int total = 0;
        for (int n : request.groupMembersOnHost)
            total += n;
        if (total > 0 && here == 0) {
            *why = tr("%1 runs no member of the affinity group").arg(host.record.name);
            return false;
        }
    }
    return true;
}

} // namespace sd
