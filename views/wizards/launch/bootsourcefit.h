#pragma once

#include "image/image.h"
#include "volume/volume.h"

#include <QCoreApplication>

namespace sd {

// The Source step's rules, as InstanceService::prepare() applies them: why an image, a volume or a
// volume snapshot cannot be the boot source (empty when it can), and the smallest new volume an image
// fits in. The Source step greys a row with its reason; the engine still has the last word.
class BootSourceFit
{
    Q_DECLARE_TR_FUNCTIONS(sd::BootSourceFit)

public:
    static QString refusal(const Image &image);
    // An existing volume boots in place: it must be available and bootable.
    static QString refusal(const Volume &volume);
    // A snapshot is copied into a new volume: it must be available.
    static QString refusal(const VolumeSnapshot &snapshot);

    // Nova's instance snapshots are images with image_type=snapshot (Horizon's "Instance Snapshot").
    static bool isInstanceSnapshot(const Image &image);
    // ceil(max(virtual size, min_disk)) GB, at least 1: Horizon's minimum for "Volume Size (GB)".
    static qint64 minimumVolumeGb(const Image &image);
};

} // namespace sd
