#include "imageoptions.h"

#include "identityoptions.h"

namespace sd::cli {

namespace {

const char *const visibilityKeys[] = {"public", "private", "shared", "community"};

} // namespace

QList<OptionSpec> ImageOptions::visibility()
{
    return {
        {.names = {QStringLiteral("--public")}, .help = tr("every project sees it (administrators only)")},
        {.names = {QStringLiteral("--private")}, .help = tr("only its own project sees it (the default)")},
        {.names = {QStringLiteral("--shared")},
         .help = tr("its own project and the projects added with `image add project` see it")},
        {.names = {QStringLiteral("--community")},
         .help = tr("every project may use it, without the endorsement of --public")},
    };
}

CliResult<std::optional<ImageVisibility>> ImageOptions::visibility(const ParsedArgs &args)
{
    QStringList given;
    for (const char *key : visibilityKeys)
        if (args.isSet(QLatin1String(key)))
            given.append(QStringLiteral("--") + QLatin1String(key));
    if (given.size() > 1)
        return CliError::usage(
            tr("%1 exclude each other; give one of --public, --private, --shared, --community")
                .arg(given.join(QStringLiteral(", "))));
    if (given.isEmpty())
        return std::optional<ImageVisibility>();
    return imageVisibilityFromName(given.constFirst().mid(2));
}

QList<OptionSpec> ImageOptions::protection()
{
    return {
        {.names = {QStringLiteral("--protected")}, .help = tr("refuse to delete it until --unprotected")},
        {.names = {QStringLiteral("--unprotected")}, .help = tr("allow deleting it (the default)")},
    };
}

std::optional<bool> ImageOptions::isProtected(const ParsedArgs &args)
{
    if (args.isSet(QStringLiteral("protected")))
        return true;
    if (args.isSet(QStringLiteral("unprotected")))
        return false;
    return std::nullopt;
}

OptionSpec ImageOptions::minDisk()
{
    return {.names = {QStringLiteral("--min-disk")},
            .valueName = QStringLiteral("GB"),
            .help = tr("the smallest root disk, in GB, an instance of it needs"),
            .kind = ValueKind::Integer};
}

OptionSpec ImageOptions::minRam()
{
    return {.names = {QStringLiteral("--min-ram")},
            .valueName = QStringLiteral("MB"),
            .help = tr("the least RAM, in MB, an instance of it needs"),
            .kind = ValueKind::Integer};
}

OptionSpec ImageOptions::diskFormat()
{
    return {.names = {QStringLiteral("--disk-format")},
            .valueName = QStringLiteral("FORMAT"),
            .help = tr("%1; default: what the data is (a different format is refused)")
                        .arg(imageDiskFormats().join(QStringLiteral(", ")))};
}

OptionSpec ImageOptions::containerFormat()
{
    return {.names = {QStringLiteral("--container-format")},
            .valueName = QStringLiteral("FORMAT"),
            .help = tr("%1; default: bare").arg(imageContainerFormats().join(QStringLiteral(", ")))};
}

OptionSpec ImageOptions::property(const QString &valueName, const QString &help)
{
    return {
        .names = {QStringLiteral("--property")}, .valueName = valueName, .help = help, .repeatable = true};
}

OptionSpec ImageOptions::tag(const QString &help)
{
    return {.names = {QStringLiteral("--tag")},
            .valueName = QStringLiteral("TAG"),
            .help = help,
            .repeatable = true};
}

CliResult<QMap<QString, QString>> ImageOptions::properties(const ParsedArgs &args)
{
    QMap<QString, QString> map;
    for (const QString &pair : args.values(QStringLiteral("property"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq < 0)
            return CliError::usage(tr("--property %1: expected key=value").arg(pair));
        if (eq == 0)
            return CliError::usage(tr("--property %1: the key before '=' is empty").arg(pair));
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

CliResult<void> ImageOptions::checkFormats(const ParsedArgs &args)
{
    const struct
    {
        QString key;
        const QStringList &choices;
    } formats[] = {{QStringLiteral("disk-format"), imageDiskFormats()},
                   {QStringLiteral("container-format"), imageContainerFormats()}};
    for (const auto &format : formats) {
        const QString value = args.value(format.key);
        if (args.isSet(format.key) && !format.choices.contains(value))
            return CliError::usage(tr("--%1 %2: not one of %3")
                                       .arg(format.key, value, format.choices.join(QStringLiteral(", "))));
    }
    return {};
}

CliResult<void> ImageOptions::checkCommon(const ParsedArgs &args)
{
    if (auto v = visibility(args); !v)
        return v.error();
    if (auto r =
            IdentityOptions::checkExclusive(args, QStringLiteral("protected"), QStringLiteral("unprotected"));
        !r)
        return r;
    if (auto r = checkFormats(args); !r)
        return r;
    if (auto p = properties(args); !p)
        return p.error();
    return {};
}

} // namespace sd::cli
