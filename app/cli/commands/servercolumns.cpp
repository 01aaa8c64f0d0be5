#include "servercolumns.h"

#include <QVariantMap>

namespace sd::cli {

namespace {
QVariant when(const QDateTime &t)
{
    return t.isValid() ? QVariant(t) : QVariant();
}

QVariantMap properties(const Instance &i)
{
    QVariantMap m;
    for (auto it = i.metadata.cbegin(); it != i.metadata.cend(); ++it)
        m.insert(it.key(), it.value());
    return m;
}
} // namespace

QString ServerColumns::networks(const Instance &i)
{
    QStringList parts;
    QString current;
    QStringList addresses;
    for (const InstanceAddress &a : i.addresses) {
        if (a.networkName != current && !current.isEmpty()) {
            parts << current + QLatin1Char('=') + addresses.join(QStringLiteral(", "));
            addresses.clear();
        }
        current = a.networkName;
        if (!a.address.isEmpty())
            addresses << a.address;
    }
    if (!current.isEmpty())
        parts << current + QLatin1Char('=') + addresses.join(QStringLiteral(", "));
    return parts.join(QStringLiteral("; "));
}

QList<Column> ServerColumns::list(bool longList)
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("task_state"), tr("Task State"), {}, longList},
        {QStringLiteral("power_state"), tr("Power State"), {}, longList},
        {QStringLiteral("networks"), tr("Networks")},
        {QStringLiteral("image"), tr("Image")},
        {QStringLiteral("flavor"), tr("Flavor")},
        {QStringLiteral("availability_zone"), tr("Availability Zone"), {}, longList},
        {QStringLiteral("host"), tr("Host"), {}, longList},
        {QStringLiteral("project"), tr("Project"), {}, longList},
        {QStringLiteral("properties"), tr("Properties"), {}, longList},
    };
}

Row ServerColumns::listRow(const Instance &i)
{
    return {i.id,
            i.name,
            i.status(),
            i.taskState.isEmpty() ? QVariant() : QVariant(i.taskState),
            powerStateName(i.powerState),
            networks(i),
            i.imageName,
            i.flavor.name,
            i.availabilityZone,
            i.hostName,
            i.projectName,
            properties(i)};
}

QList<Column> ServerColumns::show()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("vm_state"), tr("VM State")},
        {QStringLiteral("task_state"), tr("Task State")},
        {QStringLiteral("power_state"), tr("Power State")},
        {QStringLiteral("locked"), tr("Locked")},
        {QStringLiteral("addresses"), tr("Addresses")},
        {QStringLiteral("flavor"), tr("Flavor")},
        {QStringLiteral("vcpus"), tr("VCPUs")},
        {QStringLiteral("ram"), tr("RAM")},
        {QStringLiteral("disk"), tr("Disk")},
        {QStringLiteral("image"), tr("Image")},
        {QStringLiteral("key_name"), tr("Key Name")},
        {QStringLiteral("availability_zone"), tr("Availability Zone")},
        {QStringLiteral("host"), tr("Host")},
        {QStringLiteral("project"), tr("Project")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("user_id"), tr("User ID")},
        {QStringLiteral("properties"), tr("Properties")},
        {QStringLiteral("fault"), tr("Fault")},
        {QStringLiteral("created"), tr("Created")},
        {QStringLiteral("updated"), tr("Updated")},
        {QStringLiteral("launched_at"), tr("Launched At")},
    };
}

// As the OpenStack client: a volume-backed instance shows "N/A (booted from volume)", here with the volume.
QString ServerColumns::imageCell(const Instance &i)
{
    if (!i.bootVolumeId.isEmpty())
        return tr("N/A (booted from volume %1)").arg(i.bootVolumeId);
    return i.imageName.isEmpty() ? i.imageId : QStringLiteral("%1 (%2)").arg(i.imageName, i.imageId);
}

Row ServerColumns::showRow(const Instance &i)
{
    QVariant fault;
    if (i.fault.code != 0)
        fault = QVariantMap{{QStringLiteral("code"), i.fault.code}, {QStringLiteral("message"), i.fault.message}};
    return {i.id,
            i.name,
            i.description,
            i.status(),
            vmStateName(i.vmState),
            i.taskState.isEmpty() ? QVariant() : QVariant(i.taskState),
            powerStateName(i.powerState),
            i.locked,
            networks(i),
            i.flavor.name,
            qint64(i.flavor.vcpus),
            i.flavor.ramMb,
            i.flavor.diskGb,
            imageCell(i),
            i.keyName.isEmpty() ? QVariant() : QVariant(i.keyName),
            i.availabilityZone,
            i.hostName,
            i.projectName,
            i.projectId,
            i.userId,
            properties(i),
            fault,
            when(i.createdAt),
            when(i.updatedAt),
            when(i.launchedAt)};
}

} // namespace sd::cli
