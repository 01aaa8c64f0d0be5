#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sd {

// Glance's image statuses. StackDesk uses queued (row stored, task not started), saving (data arriving),
// active, deactivated; a failed or cancelled upload removes the row instead of leaving a "killed" one, so
// nothing stays half-registered. killed and deleted are kept for Glance's vocabulary (filters, JSON).
enum class ImageStatus { Queued, Saving, Active, Killed, Deleted, Deactivated };
enum class ImageVisibility { Public, Private, Shared, Community };

QString imageStatusName(ImageStatus status);
std::optional<ImageStatus> imageStatusFromName(const QString &name);
QString imageVisibilityName(ImageVisibility visibility);
std::optional<ImageVisibility> imageVisibilityFromName(const QString &name);

// The formats Glance accepts and StackDesk can check with qemu-img.
const QStringList &imageDiskFormats();      // raw, qcow2, vmdk, vdi, vhd, vhdx, iso
const QStringList &imageContainerFormats(); // bare, ovf, ova, docker, compressed

struct Image
{
    QString id;
    QString name;
    ImageStatus status = ImageStatus::Queued;
    QString diskFormat;
    QString containerFormat = QStringLiteral("bare");
    qint64 size = 0;        // bytes in the store
    qint64 virtualSize = 0; // bytes the guest sees
    QString checksum;       // sha256, hex (Glance's os_hash_value)
    qint64 minDiskGb = 0;
    qint64 minRamMb = 0;
    ImageVisibility visibility = ImageVisibility::Private;
    bool isProtected = false;
    QString ownerId; // project
    QString ownerName;
    QStringList tags;
    QMap<QString, QString> properties; // os_distro, os_version, hw_* ...
    QStringList memberProjectIds;      // for shared images
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What `image create` and the Create Image dialog give. Exactly one source.
struct ImageSpec
{
    QString name;
    QString diskFormat; // empty: take what the content is
    QString containerFormat = QStringLiteral("bare");
    qint64 minDiskGb = 0;
    qint64 minRamMb = 0;
    ImageVisibility visibility = ImageVisibility::Private;
    bool isProtected = false;
    QStringList tags;
    QMap<QString, QString> properties;
    QString sourceFile; // a local file, copied into the store
    QUrl sourceUrl;     // http or https, downloaded into the store
};

// An edit: only the fields that are set change.
struct ImageUpdate
{
    std::optional<QString> name;
    std::optional<qint64> minDiskGb;
    std::optional<qint64> minRamMb;
    std::optional<ImageVisibility> visibility;
    std::optional<bool> isProtected;
    std::optional<QString> containerFormat;
    QStringList addTags;
    QStringList removeTags;
    QMap<QString, QString> setProperties;
    QStringList unsetProperties;
};

struct ImageFilter
{
    std::optional<ImageVisibility> visibility;
    std::optional<ImageStatus> status;
    QString name; // substring, case-insensitive
    // Only what the context's project owns or may use, even for an admin (who otherwise sees every
    // image): Horizon's Project › Compute › Images.
    bool projectScope = false;
};

} // namespace sd
