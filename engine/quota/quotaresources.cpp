#include "quotaresources.h"

namespace sd {

const QList<QuotaResource> &quotaResources()
{
    using G = QuotaResource::Group;
    static const QList<QuotaResource> list = {
        {"instances", G::Compute, 10, ""},
        {"cores", G::Compute, 20, ""},
        {"ram", G::Compute, 51200, "MB"},
        {"key_pairs", G::Compute, 100, ""},
        {"server_groups", G::Compute, 10, ""},
        {"server_group_members", G::Compute, 10, ""},
        {"metadata_items", G::Compute, 128, ""},
        {"volumes", G::Volume, 10, ""},
        {"snapshots", G::Volume, 10, ""},
        {"gigabytes", G::Volume, 1000, "GB"},
        {"backups", G::Volume, 10, ""},
        {"networks", G::Network, 100, ""},
        {"subnets", G::Network, 100, ""},
        {"ports", G::Network, 500, ""},
        {"routers", G::Network, 10, ""},
        {"floating_ips", G::Network, 50, ""},
        {"security_groups", G::Network, 10, ""},
        {"security_group_rules", G::Network, 100, ""},
    };
    return list;
}

const QuotaResource *findQuotaResource(const QString &name)
{
    for (const QuotaResource &r : quotaResources())
        if (name == QLatin1String(r.name))
            return &r;
    return nullptr;
}

} // namespace sd
