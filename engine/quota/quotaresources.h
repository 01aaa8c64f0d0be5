#pragma once

#include <QList>
#include <QString>

namespace sd {

// The resources a project's quota limits, with OpenStack's defaults (Nova, Cinder, Neutron). -1 means
// unlimited. The group decides the tab they appear on (Horizon's Modify Quotas: Compute, Volume, Network).
struct QuotaResource
{
    enum class Group { Compute, Volume, Network };
    const char *name;
    Group group;
    qint64 defaultLimit;
    const char *unit; // for messages: "", "MB", "GB"
};

const QList<QuotaResource> &quotaResources();
const QuotaResource *findQuotaResource(const QString &name);

} // namespace sd
