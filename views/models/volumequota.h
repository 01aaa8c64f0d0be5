#pragma once

#include "core/requestcontext.h"

#include <QCoreApplication>

namespace sd {

class Engine;

// The project's volumes, snapshots and gigabytes quotas (QuotaService::show), as Horizon's Create Volume
// button and form check them before the engine does. -1 is unlimited.
class VolumeQuota
{
    Q_DECLARE_TR_FUNCTIONS(sd::VolumeQuota)

public:
    static VolumeQuota read(Engine &engine, const RequestContext &ctx, const QString &projectId);

    struct Line
    {
        qint64 limit = -1;
        qint64 used = 0;
        qint64 remaining() const { return limit < 0 ? -1 : qMax<qint64>(0, limit - used); }
        bool exhausted() const { return limit >= 0 && used >= limit; }
    };
    Line volumes;
    Line snapshots;
    Line gigabytes;

    // Why no volume can be created at all; empty: one can.
    QString volumesExhausted() const;
    // Why no snapshot can be taken; empty: one can.
    QString snapshotsExhausted() const;
    // Horizon's refusal of a new volume of sizeGb; empty when it fits.
    QString createRefusal(qint64 sizeGb) const;
    // Horizon's refusal of extending a volume from currentGb to newGb; empty when it fits.
    QString extendRefusal(qint64 currentGb, qint64 newGb) const;
};

} // namespace sd
