#include "hostweigher.h"

namespace sd {

double ServerGroupSoftWeigher::weigh(const HostCandidate &host, const ScheduleRequest &request) const
{
    const int here = request.groupMembersOnHost.value(host.record.id);
    if (request.groupPolicy == QLatin1String("soft-affinity"))
        return here;
    if (request.groupPolicy == QLatin1String("soft-anti-affinity"))
        return -here;
    return 0;
}

std::vector<std::unique_ptr<HostWeigher>> weighersFor(const SchedulerOptions &options)
{
    std::vector<std::unique_ptr<HostWeigher>> list;
    if (options.ramWeightMultiplier != 0)
        list.push_back(std::make_unique<RamWeigher>(options.ramWeightMultiplier));
    if (options.cpuWeightMultiplier != 0)
        list.push_back(std::make_unique<CpuWeigher>(options.cpuWeightMultiplier));
    if (options.softAffinityWeightMultiplier != 0)
        list.push_back(std::make_unique<ServerGroupSoftWeigher>(options.softAffinityWeightMultiplier));
    return list;
}

} // namespace sd
