#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "domainxml.h"
#include "instance.h"
#include "launchspec.h"

#include <QObject>

#include <functional>

namespace sd {

// What the instance code needs of block storage to boot an instance from a volume (Nova's block device
// mapping with boot_index 0), so that compute/ knows no volumes: engine/volume/volumeboot.cpp implements
// it and the Engine hands it to InstanceService::setBootVolumes.
class BootVolumes
{
public:
    virtual ~BootVolumes() = default;

    // A launch's boot source, once checked, before anything is stored.
    struct Plan
    {
        QString volumeId;     // an existing volume booted in place; empty: a new one per instance
        QString hostId;       // the host the instances must go to (the data's host); empty: any
        qint64 sizeGb = 0;    // the root volume's size, which stands for the flavor's root disk
        QString imageId;      // where the root's data came from (Cinder's volume_image_metadata); may be empty
        QString imageName;
        qint64 minRamMb = 0;  // that image's min_ram
    };
    // Checks source, size, type and volume quota for `count` instances (Horizon's words on refusal).
    virtual Result<Plan> planBoot(const RequestContext &ctx, const LaunchSpec &spec, int count) const = 0;
    // Once the instance is stored and placed: reserves the existing volume, or starts making a new one on
    // the instance's host. Returns the volume's id, which the instance keeps as boot_volume_id.
    virtual Result<QString> provideBootVolume(const RequestContext &ctx, const LaunchSpec &spec, const Plan &plan,
                                              const Instance &instance) = 0;
    // Calls `done` (on the main thread, with `context` alive) once the volume can be booted, or with why not.
    virtual void whenBootVolumeReady(const QString &volumeId, QObject *context,
                                     std::function<void(const Result<void> &)> done) = 0;
    // The root disk for the instance's domain; from here the volume is attached to the instance as its
    // root disk (attaching until bootVolumeAttached).
    virtual Result<DomainDisk> takeBootVolume(const QString &volumeId, const Instance &instance) = 0;
    // The domain is defined: the volume is in-use. After a failed build it stays the ERROR instance's,
    // as in Nova, and goes back (or away, with delete-on-termination) when the instance is deleted.
    virtual void bootVolumeAttached(const QString &volumeId) = 0;
};

} // namespace sd
