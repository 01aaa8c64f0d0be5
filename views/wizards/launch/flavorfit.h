#pragma once

#include "compute/flavor.h"
#include "image/image.h"
#include "launchquota.h"

#include <QCoreApplication>

namespace sd {

// Why a flavor cannot launch the chosen image count times: the vCPU and RAM quotas, the image's
// min_ram, and its min_disk (or virtual size) against the root disk, by the same rules and in the same
// words as InstanceService::prepare(). Empty when it can.
class FlavorFit
{
    Q_DECLARE_TR_FUNCTIONS(sd::FlavorFit)

public:
    static QString refusal(const Flavor &flavor, const Image *image, const LaunchQuota &quota, int count);
};

} // namespace sd
