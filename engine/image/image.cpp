#include "image.h"

namespace sd {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromName(const QString &name, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[value, text] : table)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

template<typename Enum, size_t N>
QString toName(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[v, text] : table)
        if (v == value)
            return QLatin1String(text);
    return {};
}

const std::pair<ImageStatus, const char *> kStatuses[] = {
    {ImageStatus::Queued, "queued"},   {ImageStatus::Saving, "saving"},   {ImageStatus::Active, "active"},
    {ImageStatus::Killed, "killed"},   {ImageStatus::Deleted, "deleted"}, {ImageStatus::Deactivated, "deactivated"},
};
const std::pair<ImageVisibility, const char *> kVisibilities[] = {
    {ImageVisibility::Public, "public"},
    {ImageVisibility::Private, "private"},
    {ImageVisibility::Shared, "shared"},
    {ImageVisibility::Community, "community"},
};

} // namespace

QString imageStatusName(ImageStatus status)
{
    return toName(status, kStatuses);
}

std::optional<ImageStatus> imageStatusFromName(const QString &name)
{
    return fromName(name, kStatuses);
}

QString imageVisibilityName(ImageVisibility visibility)
{
    return toName(visibility, kVisibilities);
}

std::optional<ImageVisibility> imageVisibilityFromName(const QString &name)
{
    return fromName(name, kVisibilities);
}

const QStringList &imageDiskFormats()
{
    static const QStringList formats{QStringLiteral("raw"),  QStringLiteral("qcow2"), QStringLiteral("vmdk"),
                                     QStringLiteral("vdi"),  QStringLiteral("vhd"),   QStringLiteral("vhdx"),
                                     QStringLiteral("iso")};
    return formats;
}

const QStringList &imageContainerFormats()
{
    static const QStringList formats{QStringLiteral("bare"), QStringLiteral("ovf"), QStringLiteral("ova"),
                                     QStringLiteral("docker"), QStringLiteral("compressed")};
    return formats;
}

} // namespace sd
