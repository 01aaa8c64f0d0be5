#include "volume.h"

#include <utility>

namespace sd {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromName(const QString &name, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[value, text] : table)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

template <typename Enum, size_t N> QString toName(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[v, text] : table)
        if (v == value)
            return QLatin1String(text);
    return {};
}

// Cinder's spelling, dashes included (api-ref: block-storage, "Volume statuses").
const std::pair<VolumeStatus, const char *> kVolumeStatuses[] = {
    {VolumeStatus::Creating, "creating"},
    {VolumeStatus::Available, "available"},
    {VolumeStatus::Reserved, "reserved"},
    {VolumeStatus::Attaching, "attaching"},
    {VolumeStatus::InUse, "in-use"},
    {VolumeStatus::Detaching, "detaching"},
    {VolumeStatus::Extending, "extending"},
    {VolumeStatus::Uploading, "uploading"},
    {VolumeStatus::Retyping, "retyping"},
    {VolumeStatus::BackingUp, "backing-up"},
    {VolumeStatus::RestoringBackup, "restoring-backup"},
    {VolumeStatus::Deleting, "deleting"},
    {VolumeStatus::Error, "error"},
    {VolumeStatus::ErrorDeleting, "error_deleting"},
    {VolumeStatus::ErrorExtending, "error_extending"},
    {VolumeStatus::ErrorRestoring, "error_restoring"},
    {VolumeStatus::AwaitingTransfer, "awaiting-transfer"},
};

const std::pair<CopyStatus, const char *> kCopyStatuses[] = {
    {CopyStatus::Creating, "creating"},   {CopyStatus::Available, "available"},
    {CopyStatus::Restoring, "restoring"}, {CopyStatus::Deleting, "deleting"},
    {CopyStatus::Error, "error"},         {CopyStatus::ErrorDeleting, "error_deleting"},
};

const std::pair<PoolType, const char *> kPoolTypes[] = {
    {PoolType::Dir, "dir"},     {PoolType::Logical, "logical"}, {PoolType::Netfs, "netfs"},
    {PoolType::Iscsi, "iscsi"}, {PoolType::Rbd, "rbd"},
};

} // namespace

QString volumeStatusName(VolumeStatus status)
{
    return toName(status, kVolumeStatuses);
}

std::optional<VolumeStatus> volumeStatusFromName(const QString &name)
{
    return fromName(name, kVolumeStatuses);
}

QList<VolumeStatus> allVolumeStatuses()
{
    QList<VolumeStatus> all;
    for (const auto &entry : kVolumeStatuses)
        all.append(entry.first);
    return all;
}

bool isTransitional(VolumeStatus status)
{
    switch (status) {
    case VolumeStatus::Creating:
    case VolumeStatus::Attaching:
    case VolumeStatus::Detaching:
    case VolumeStatus::Extending:
    case VolumeStatus::Uploading:
    case VolumeStatus::Retyping:
    case VolumeStatus::BackingUp:
    case VolumeStatus::RestoringBackup:
    case VolumeStatus::Deleting:
        return true;
    case VolumeStatus::Available:
    case VolumeStatus::Reserved:
    case VolumeStatus::InUse:
    case VolumeStatus::Error:
    case VolumeStatus::ErrorDeleting:
    case VolumeStatus::ErrorExtending:
    case VolumeStatus::ErrorRestoring:
    case VolumeStatus::AwaitingTransfer:
        return false;
    }
    return false;
}

QString copyStatusName(CopyStatus status)
{
    return toName(status, kCopyStatuses);
}

std::optional<CopyStatus> copyStatusFromName(const QString &name)
{
    return fromName(name, kCopyStatuses);
}

QString poolTypeName(PoolType type)
{
    return toName(type, kPoolTypes);
}

std::optional<PoolType> poolTypeFromName(const QString &name)
{
    return fromName(name, kPoolTypes);
}

QStringList poolTypeNames()
{
    QStringList names;
    for (const auto &entry : kPoolTypes)
        names.append(QLatin1String(entry.second));
    return names;
}

bool isSharedPoolType(PoolType type)
{
    return type == PoolType::Netfs || type == PoolType::Iscsi || type == PoolType::Rbd;
}

QString volumeFormatFor(PoolType type)
{
    return type == PoolType::Dir || type == PoolType::Netfs ? QStringLiteral("qcow2") : QStringLiteral("raw");
}

} // namespace sd
