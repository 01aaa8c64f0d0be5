#pragma once

#include "compute/flavor.h"
#include "image/image.h"
#include "launchquota.h"

#include <QCoreApplication>

namespace sd {

// Why a flavor cannot launch the chosen source count times: the vCPU and RAM quotas, the image's
// min_ram, and its min_disk (or virtual size) against the root disk, by the same rules and in the same
// words as InstanceService::prepare(). Empty when it can.
class FlavorFit
{
    Q_DECLARE_TR_FUNCTIONS(sd::FlavorFit)

public:
    // Where the instance's root disk is: a local disk of the flavor's size, or a volume (then Nova does
    // not check the flavor's root disk against the image, only its RAM against min_ram).
    enum class Root
    {
        Local,
        Volume,
    };

    // image: the image the root disk's data comes from (for a volume, the one it was made from); nullptr
    // when there is none or it is unknown.
    static QString refusal(const Flavor &flavor, const Image *image, const LaunchQuota &quota, int count,
                           Root root = Root::Local);
};

} // namespace sd
