#include "volumecolumns.h"

#include "volume/volume.h"

#include <QVariantMap>

namespace sd::cli {

namespace {

QVariant orNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant();
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The source's id under Cinder's key for its kind (snapshot_id, source_volid, backup_id).
QVariant sourceId(const Volume &volume, const char *kind)
{
    return volume.sourceKind == QLatin1String(kind) ? orNull(volume.sourceId) : QVariant();
}

QVariantList attachments(const Volume &volume)
{
    if (!volume.attachment)
        return {};
    const VolumeAttachment &a = *volume.attachment;
    return {QVariantMap{
        {QStringLiteral("server_id"), a.instanceId},
        {QStringLiteral("server_name"), a.instanceName},
        {QStringLiteral("device"), a.device},
        {QStringLiteral("host_id"), a.hostId},
        {QStringLiteral("attached_at"), orNull(a.attachedAt)},
    }};
}

// Every field of a volume by its key; list and show pick theirs in their own order.
QVariantHash fields(const Volume &volume)
{
    QVariantMap properties;
    for (auto it = volume.metadata.cbegin(); it != volume.metadata.cend(); ++it)
        properties.insert(it.key(), it.value());
    return {
        {QStringLiteral("attached_to"), orNull(VolumeColumns::attachedTo(volume))},
        {QStringLiteral("attachments"), attachments(volume)},
        {QStringLiteral("availability_zone"), orNull(volume.availabilityZone)},
        {QStringLiteral("backup_id"), sourceId(volume, "backup")},
        {QStringLiteral("bootable"), volume.bootable},
        {QStringLiteral("created_at"), orNull(volume.createdAt)},
        {QStringLiteral("delete_on_termination"), volume.deleteOnTermination},
        {QStringLiteral("description"), orNull(volume.description)},
        {QStringLiteral("fault"), orNull(volume.fault)},
        {QStringLiteral("format"), orNull(volume.format)},
        {QStringLiteral("host"), orNull(volume.hostName)},
        {QStringLiteral("host_id"), orNull(volume.hostId)},
        {QStringLiteral("id"), volume.id},
        {QStringLiteral("image_id"), orNull(volume.imageId)},
        {QStringLiteral("name"), volume.name},
        {QStringLiteral("project_id"), volume.projectId},
        {QStringLiteral("project_name"), orNull(volume.projectName)},
        {QStringLiteral("properties"), properties},
        {QStringLiteral("size"), volume.sizeGb},
        {QStringLiteral("snapshot_id"), sourceId(volume, "snapshot")},
        {QStringLiteral("source_volid"), sourceId(volume, "volume")},
        {QStringLiteral("status"), volumeStatusName(volume.status)},
        {QStringLiteral("transfer_id"), orNull(volume.transferId)},
        {QStringLiteral("type"), orNull(volume.typeName)},
        {QStringLiteral("type_id"), orNull(volume.typeId)},
        {QStringLiteral("updated_at"), orNull(volume.updatedAt)},
        {QStringLiteral("user_id"), orNull(volume.userId)},
    };
}

} // namespace

QString VolumeColumns::attachedTo(const Volume &volume)
{
    if (!volume.attachment)
        return {};
    const VolumeAttachment &a = *volume.attachment;
    const QString server = a.instanceName.isEmpty() ? a.instanceId : a.instanceName;
    return tr("Attached to %1 on %2").arg(server, a.device);
}

QList<Column> VolumeColumns::list(bool longList)
{
    // In the order of `openstack volume list --long`; json, yaml and csv show every column.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("size"), tr("Size")},
        {QStringLiteral("type"), tr("Type"), {}, longList},
        {QStringLiteral("bootable"), tr("Bootable"), {}, longList},
        {QStringLiteral("attached_to"), tr("Attached to")},
        {QStringLiteral("host"), tr("Host"), {}, longList},
        {QStringLiteral("availability_zone"), tr("Availability Zone"), {}, longList},
        {QStringLiteral("properties"), tr("Properties"), {}, longList},
        {QStringLiteral("project_id"), tr("Project ID"), {}, false},
        {QStringLiteral("project_name"), tr("Project Name"), {}, false},
    };
}

QList<Column> VolumeColumns::show()
{
    return {
        {QStringLiteral("attachments"), tr("Attachments")},
        {QStringLiteral("availability_zone"), tr("Availability Zone")},
        {QStringLiteral("backup_id"), tr("Backup ID")},
        {QStringLiteral("bootable"), tr("Bootable")},
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("delete_on_termination"), tr("Delete On Termination")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("fault"), tr("Fault")},
        {QStringLiteral("format"), tr("Format")},
        {QStringLiteral("host"), tr("Host")},
        {QStringLiteral("host_id"), tr("Host ID")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("image_id"), tr("Image ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("project_name"), tr("Project Name")},
        {QStringLiteral("properties"), tr("Properties")},
        {QStringLiteral("size"), tr("Size")},
        {QStringLiteral("snapshot_id"), tr("Snapshot ID")},
        {QStringLiteral("source_volid"), tr("Source Volume ID")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("transfer_id"), tr("Transfer ID")},
        {QStringLiteral("type"), tr("Type")},
        {QStringLiteral("type_id"), tr("Type ID")},
        {QStringLiteral("updated_at"), tr("Updated At")},
        {QStringLiteral("user_id"), tr("User ID")},
    };
}

Row VolumeColumns::row(const QList<Column> &columns, const Volume &volume)
{
    const QVariantHash values = fields(volume);
    Row row;
    for (const Column &column : columns)
        row.append(values.value(column.key));
    return row;
}

} // namespace sd::cli
