#pragma once

#include "hostfilter.h"

namespace sd {

// Removes hosts that are disabled or not connected (Nova's ComputeFilter).
class ComputeFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::ComputeFilter)
public:
    QString name() const override { return tr("Enabled and up"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// Removes hosts that are not the one an administrator asked for with --host.
class ForcedHostFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::ForcedHostFilter)
public:
    QString name() const override { return tr("Requested host"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// Removes the hosts a move must leave (a migration's source).
class IgnoreHostsFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::IgnoreHostsFilter)
public:
    QString name() const override { return tr("Current host"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// Removes hosts outside the requested availability zone.
class AvailabilityZoneFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::AvailabilityZoneFilter)
public:
    QString name() const override { return tr("Availability zone"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// Removes hosts without the RAM, after the allocation ratio, the reserved RAM and the claims.
class RamFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::RamFilter)
public:
    QString name() const override { return tr("RAM"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// Removes hosts without the vCPUs, after the CPU allocation ratio and the claims.
class CoreFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::CoreFilter)
public:
    QString name() const override { return tr("vCPUs"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// Removes hosts without the disk for the root, ephemeral and swap disks.
class DiskFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::DiskFilter)
public:
    QString name() const override { return tr("Disk"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// Removes hosts whose architecture or hypervisor type differs from what the image asks for.
class ImagePropertiesFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImagePropertiesFilter)
public:
    QString name() const override { return tr("Image properties"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

// affinity: once the group has members, only their host; anti-affinity: never a host with a member.
class ServerGroupFilter : public HostFilter
{
    Q_DECLARE_TR_FUNCTIONS(sd::ServerGroupFilter)
public:
    QString name() const override { return tr("Server group"); }
    bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const override;
};

} // namespace sd
