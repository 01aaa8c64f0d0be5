#include "quotalabels.h"

#include <QLocale>

namespace sd {

QString QuotaLabels::name(const QString &resource)
{
    // Horizon's labels (admin/defaults/tables.py QUOTA_NAMES and the Modify Quotas workflow).
    static const struct
    {
        const char *resource;
        const char *label;
    } labels[] = {
        {"instances", QT_TR_NOOP("Instances")},
        {"cores", QT_TR_NOOP("vCPUs")},
        {"ram", QT_TR_NOOP("RAM (MB)")},
        {"key_pairs", QT_TR_NOOP("Key Pairs")},
        {"server_groups", QT_TR_NOOP("Server Groups")},
        {"server_group_members", QT_TR_NOOP("Server Group Members")},
        {"metadata_items", QT_TR_NOOP("Metadata Items")},
        {"volumes", QT_TR_NOOP("Volumes")},
        {"snapshots", QT_TR_NOOP("Volume Snapshots")},
        {"gigabytes", QT_TR_NOOP("Total Size of Volumes and Snapshots (GiB)")},
        {"backups", QT_TR_NOOP("Volume Backups")},
        {"networks", QT_TR_NOOP("Networks")},
        {"subnets", QT_TR_NOOP("Subnets")},
        {"ports", QT_TR_NOOP("Ports")},
        {"routers", QT_TR_NOOP("Routers")},
        {"floating_ips", QT_TR_NOOP("Floating IPs")},
        {"security_groups", QT_TR_NOOP("Security Groups")},
        {"security_group_rules", QT_TR_NOOP("Security Group Rules")},
    };
    for (const auto &l : labels)
        if (resource == QLatin1String(l.resource))
            return tr(l.label);
    // A resource the engine added later still shows, in its raw name, rather than as a blank row.
    return resource;
}

QString QuotaLabels::groupTitle(QuotaResource::Group group)
{
    switch (group) {
    case QuotaResource::Group::Compute:
        return tr("Compute");
    case QuotaResource::Group::Volume:
        return tr("Volume");
    case QuotaResource::Group::Network:
        return tr("Network");
    }
    return {};
}

QString QuotaLabels::limit(qint64 limit)
{
    return limit < 0 ? tr("Unlimited") : QLocale().toString(limit);
}

QList<QuotaResource::Group> QuotaLabels::groups()
{
    using G = QuotaResource::Group;
    return {G::Compute, G::Volume, G::Network};
}

} // namespace sd
