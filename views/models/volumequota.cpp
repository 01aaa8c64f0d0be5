#include "volumequota.h"

#include "engine.h"
#include "quota/quotaservice.h"

namespace sd {

VolumeQuota VolumeQuota::read(Engine &engine, const RequestContext &ctx, const QString &projectId)
{
    VolumeQuota q;
    auto lines = engine.quotas().show(ctx, projectId);
    if (!lines)
        return q;
    for (const QuotaLine &line : *lines) {
        Line *into = line.resource == QLatin1String("volumes")     ? &q.volumes
                     : line.resource == QLatin1String("snapshots") ? &q.snapshots
                     : line.resource == QLatin1String("gigabytes") ? &q.gigabytes
                                                                   : nullptr;
        if (into)
            *into = {line.limit, line.inUse};
    }
    return q;
}

QString VolumeQuota::volumesExhausted() const
{
    if (volumes.exhausted())
        return tr("You are already using all of your available volumes (quota %1).").arg(volumes.limit);
    if (gigabytes.exhausted())
        return tr("You are already using all of your available gigabytes (quota %1 GiB).")
            .arg(gigabytes.limit);
    return {};
}

QString VolumeQuota::snapshotsExhausted() const
{
    if (snapshots.exhausted())
        return tr("You are already using all of your available snapshots (quota %1).").arg(snapshots.limit);
    return {};
}

QString VolumeQuota::createRefusal(qint64 sizeGb) const
{
    if (gigabytes.limit >= 0 && sizeGb > gigabytes.remaining())
        return tr("A volume of %1 GiB cannot be created as you only have %2 GiB of your quota available.")
            .arg(sizeGb)
            .arg(gigabytes.remaining());
    if (volumes.exhausted())
        return tr("You are already using all of your available volumes.");
    return {};
}

QString VolumeQuota::extendRefusal(qint64 currentGb, qint64 newGb) const
{
    if (gigabytes.limit >= 0 && newGb - currentGb > gigabytes.remaining())
        return tr("Volume cannot be extended to %1 GiB as the maximum size it can be extended to is %2 GiB.")
            .arg(newGb)
            .arg(currentGb + gigabytes.remaining());
    return {};
}

} // namespace sd
