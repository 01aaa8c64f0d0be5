#include "flavorfit.h"

namespace sd {

QString FlavorFit::refusal(const Flavor &flavor, const Image *image, const LaunchQuota &quota, int count,
                           Root root)
{
    if (const QString q = quota.flavorRefusal(flavor, count); !q.isEmpty())
        return q;
    if (!image)
        return {};
    if (flavor.ramMb < image->minRamMb)
        return tr("Flavor %1 has %2 MB of RAM; image %3 needs at least %4 MB")
            .arg(flavor.name)
            .arg(flavor.ramMb)
            .arg(image->name)
            .arg(image->minRamMb);
    if (root == Root::Volume)
        return {};
    // Root disk 0 means "the image's size" (Nova), so only a sized root disk can be too small.
    const qint64 virtualGb = (image->virtualSize + (qint64(1) << 30) - 1) >> 30;
    const qint64 needGb = qMax(image->minDiskGb, virtualGb);
    if (flavor.diskGb > 0 && flavor.diskGb < needGb)
        return tr("Flavor %1 has a %2 GB root disk; image %3 needs at least %4 GB")
            .arg(flavor.name)
            .arg(flavor.diskGb)
            .arg(image->name)
            .arg(needGb);
    return {};
}

} // namespace sd
