#pragma once

#include "compute/instance/actiongate.h"
#include "compute/instance/bootvolumes.h"

#include <QCoreApplication>

namespace sd {

class VolumeService;
struct Volume;

// Boot from volume on VolumeService (Nova's block device mapping with boot_index 0, Horizon's Source step):
// an existing available, bootable volume is reserved for the instance and booted in place; an image or a
// volume snapshot becomes a new volume on the instance's host first. The volume is attached to the
// instance as its root disk from the launch on, so deleting the instance frees it (or deletes it, with
// Delete Volume on Instance Delete) whatever state the build reached.
class VolumeBoot final : public BootVolumes
{
    Q_DECLARE_TR_FUNCTIONS(sd::VolumeBoot)

public:
    explicit VolumeBoot(VolumeService &volumes) : m_volumes(volumes) {}

    Result<Plan> planBoot(const RequestContext &ctx, const LaunchSpec &spec, int count) const override;
    Result<QString> provideBootVolume(const RequestContext &ctx, const LaunchSpec &spec, const Plan &plan,
                                      const Instance &instance) override;
    void whenBootVolumeReady(const QString &volumeId, QObject *context,
                             std::function<void(const Result<void> &)> done) override;
    Result<DomainDisk> takeBootVolume(const QString &volumeId, const Instance &instance) override;
    void bootVolumeAttached(const QString &volumeId) override;
    // What a volume-backed instance cannot do here: a new root disk from an image (Rebuild, Rescue), or an
    // image of its local root disk (Create Snapshot: Upload to Image on its volume does that).
    Result<void> guardInstanceAction(const Instance &instance, InstanceAction action) const;

private:
    Result<Plan> planExisting(const RequestContext &ctx, const LaunchSpec &spec, int count) const;
    Result<Plan> planFromSnapshot(const RequestContext &ctx, const LaunchSpec &spec) const;
    Result<Plan> planFromImage(const RequestContext &ctx, const LaunchSpec &spec) const;
    // The volume quota for `count` new volumes of `sizeGb`, checked now so the launch is refused whole.
    Result<void> checkQuota(const RequestContext &ctx, int count, qint64 sizeGb) const;
    // The root-disk attachment to `instance`, with delete-on-termination, stored with the status.
    Result<void> markRoot(const QString &volumeId, const Instance &instance, bool deleteOnTermination);
    // Ready to boot, failed for good, or still being made (empty optional).
    std::optional<Result<void>> readiness(const QString &volumeId) const;

    VolumeService &m_volumes;
};

} // namespace sd
