#include "imagecolumns.h"

#include "image/image.h"
#include "image/imagecache.h"

#include <algorithm>

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

// Every field of an image by its key; list and show pick theirs in their own order.
QVariantHash fields(const Image &image)
{
    QVariantMap properties;
    for (auto it = image.properties.cbegin(); it != image.properties.cend(); ++it)
        properties.insert(it.key(), it.value());
    // Sizes stay bytes in every format, as the OpenStack client prints them: scripts compare them.
    return {
        {QStringLiteral("checksum"), orNull(image.checksum)},
        {QStringLiteral("container_format"), image.containerFormat},
        {QStringLiteral("created_at"), orNull(image.createdAt)},
        {QStringLiteral("disk_format"), orNull(image.diskFormat)},
        {QStringLiteral("id"), image.id},
        {QStringLiteral("members"), image.memberProjectIds},
        {QStringLiteral("min_disk"), image.minDiskGb},
        {QStringLiteral("min_ram"), image.minRamMb},
        {QStringLiteral("name"), image.name},
        {QStringLiteral("owner"), image.ownerId},
        {QStringLiteral("owner_name"), orNull(image.ownerName)},
        {QStringLiteral("properties"), properties},
        {QStringLiteral("protected"), image.isProtected},
        {QStringLiteral("size"), image.size},
        {QStringLiteral("status"), imageStatusName(image.status)},
        {QStringLiteral("tags"), image.tags},
        {QStringLiteral("updated_at"), orNull(image.updatedAt)},
        {QStringLiteral("virtual_size"), image.virtualSize},
        {QStringLiteral("visibility"), imageVisibilityName(image.visibility)},
    };
}

} // namespace

QList<Column> ImageColumns::list(bool longList)
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("disk_format"), tr("Disk Format"), {}, longList},
        {QStringLiteral("container_format"), tr("Container Format"), {}, longList},
        {QStringLiteral("size"), tr("Size"), {}, longList},
        {QStringLiteral("checksum"), tr("Checksum"), {}, longList},
        {QStringLiteral("visibility"), tr("Visibility"), {}, longList},
        {QStringLiteral("protected"), tr("Protected"), {}, longList},
        // People read the project's name; `owner` keeps Glance's meaning, the project's id.
        {QStringLiteral("owner_name"), tr("Owner"), {}, longList},
        {QStringLiteral("tags"), tr("Tags"), {}, longList},
        {QStringLiteral("owner"), tr("Owner ID"), {}, false},
        {QStringLiteral("min_disk"), tr("Min Disk"), {}, false},
        {QStringLiteral("min_ram"), tr("Min RAM"), {}, false},
        {QStringLiteral("virtual_size"), tr("Virtual Size"), {}, false},
        {QStringLiteral("properties"), tr("Properties"), {}, false},
        {QStringLiteral("members"), tr("Members"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
        {QStringLiteral("updated_at"), tr("Updated At"), {}, false},
    };
}

QList<Column> ImageColumns::show()
{
    QList<Column> columns = list(true);
    std::sort(columns.begin(), columns.end(), [](const Column &a, const Column &b) { return a.key < b.key; });
    return columns;
}

Row ImageColumns::row(const QList<Column> &columns, const Image &image)
{
    const QVariantHash values = fields(image);
    Row row;
    for (const Column &column : columns)
        row.append(values.value(column.key));
    return row;
}

QList<Column> ImageColumns::members()
{
    return {
        {QStringLiteral("image_id"), tr("Image ID")},
        {QStringLiteral("member_id"), tr("Member ID")},
        {QStringLiteral("member_name"), tr("Member Name")},
    };
}

Row ImageColumns::memberRow(const QString &imageId, const QString &projectId, const QString &projectName)
{
    return {imageId, projectId, orNull(projectName)};
}

QList<Column> ImageColumns::cache()
{
    return {
        {QStringLiteral("host"), tr("Host")},
        {QStringLiteral("image"), tr("Image")},
        {QStringLiteral("volume_path"), tr("Volume Path")},
        {QStringLiteral("cached_at"), tr("Cached At")},
        {QStringLiteral("host_id"), tr("Host ID"), {}, false},
        {QStringLiteral("image_id"), tr("Image ID"), {}, false},
    };
}

Row ImageColumns::cacheRow(const CachedImage &entry)
{
    return {entry.hostName,         entry.imageName, entry.volumePath,
            orNull(entry.cachedAt), entry.hostId,    entry.imageId};
}

} // namespace sd::cli
