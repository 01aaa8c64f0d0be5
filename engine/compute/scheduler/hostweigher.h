#pragma once

#include "hostcandidate.h"

#include <memory>
#include <vector>

namespace sd {

// One weigher (Nova's BaseHostWeigher): a raw weight per host; the scheduler scales each weigher's raw
// weights to 0..1 over the hosts that passed the filters, multiplies by the multiplier and adds them up.
class HostWeigher
{
public:
    explicit HostWeigher(double multiplier) : m_multiplier(multiplier) {}
    virtual ~HostWeigher() = default;
    virtual double weigh(const HostCandidate &host, const ScheduleRequest &request) const = 0;
    double multiplier() const { return m_multiplier; }

private:
    double m_multiplier;
};

// Free RAM: a positive multiplier spreads instances over hosts (Nova's default), a negative one stacks
// them on the fullest host first.
class RamWeigher : public HostWeigher
{
public:
    using HostWeigher::HostWeigher;
    double weigh(const HostCandidate &host, const ScheduleRequest &) const override { return host.freeRamMb(); }
};

// Free vCPUs, the same way.
class CpuWeigher : public HostWeigher
{
public:
    using HostWeigher::HostWeigher;
    double weigh(const HostCandidate &host, const ScheduleRequest &) const override { return host.freeVcpus(); }
};

// soft-affinity prefers hosts with more members of the group; soft-anti-affinity hosts with fewer.
class ServerGroupSoftWeigher : public HostWeigher
{
public:
    using HostWeigher::HostWeigher;
    double weigh(const HostCandidate &host, const ScheduleRequest &request) const override;
};

struct SchedulerOptions
{
    double ramWeightMultiplier = 1.0;
    double cpuWeightMultiplier = 0.0;
    double softAffinityWeightMultiplier = 1.0;
};

std::vector<std::unique_ptr<HostWeigher>> weighersFor(const SchedulerOptions &options);

} // namespace sd
