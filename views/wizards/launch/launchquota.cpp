#include "launchquota.h"

#include "units.h"

#include "engine.h"
#include "quota/quotaservice.h"

namespace sd {

LaunchQuota LaunchQuota::read(Engine &engine, const RequestContext &ctx)
{
    LaunchQuota q;
    auto lines = engine.quotas().show(ctx, ctx.projectId);
    if (!lines)
        return q;
    for (const QuotaLine &line : *lines) {
        Line *into = line.resource == QLatin1String("instances") ? &q.instances
                     : line.resource == QLatin1String("cores")   ? &q.cores
                     : line.resource == QLatin1String("ram")     ? &q.ram
                                                                 : nullptr;
        if (into)
            *into = {line.limit, line.inUse};
    }
    return q;
}

QString LaunchQuota::exhausted() const
{
    if (instances.exhausted())
        return tr("The project's instances quota (%1) is used up").arg(instances.limit);
    if (cores.exhausted())
        return tr("The project's vCPUs quota (%1) is used up").arg(cores.limit);
    if (ram.exhausted())
        return tr("The project's RAM quota (%1) is used up").arg(Units::megabytes(ram.limit));
    return {};
}

QString LaunchQuota::flavorRefusal(const Flavor &flavor, int count) const
{
    // Horizon's flavor step says "…requires more RAM than your quota allows"; this says how much.
    const QString what =
        count == 1 ? tr("Flavor %1").arg(flavor.name) : tr("%1 × flavor %2").arg(count).arg(flavor.name);
    if (cores.limit >= 0 && qint64(flavor.vcpus) * count > cores.remaining())
        return tr("%1 needs %2 vCPUs; your quota has %3 left")
            .arg(what)
            .arg(qint64(flavor.vcpus) * count)
            .arg(cores.remaining());
    if (ram.limit >= 0 && flavor.ramMb * count > ram.remaining())
        return tr("%1 needs %2 of RAM; your quota has %3 left")
            .arg(what, Units::megabytes(flavor.ramMb * count), Units::megabytes(ram.remaining()));
    return {};
}

} // namespace sd
