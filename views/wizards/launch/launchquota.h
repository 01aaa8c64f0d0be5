#pragma once

#include "compute/flavor.h"
#include "core/requestcontext.h"

#include <QCoreApplication>

namespace sd {

class Engine;

// The project's instances, vCPUs and RAM quotas as a launch sees them (QuotaService::show): what
// Horizon's Launch Instance button and wizard check before the engine does. -1 is unlimited.
class LaunchQuota
{
    Q_DECLARE_TR_FUNCTIONS(sd::LaunchQuota)

public:
    static LaunchQuota read(Engine &engine, const RequestContext &ctx);

    struct Line
    {
        qint64 limit = -1;
        qint64 used = 0;
        qint64 remaining() const { return limit < 0 ? -1 : qMax<qint64>(0, limit - used); }
        bool exhausted() const { return limit >= 0 && used >= limit; }
    };
    Line instances;
    Line cores;
    Line ram;

    // Why no instance can be launched at all ("the instances quota of 10 is used up"); empty: some can.
    QString exhausted() const;
    // Why count instances of the flavor exceed the vCPU or RAM quota; empty when they fit.
    QString flavorRefusal(const Flavor &flavor, int count) const;
};

} // namespace sd
