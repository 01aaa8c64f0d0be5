#include "volumeoptions.h"

namespace sd::cli {

OptionSpec VolumeOptions::description(const QString &help)
{
    return {
        .names = {QStringLiteral("--description")}, .valueName = QStringLiteral("DESCRIPTION"), .help = help};
}

OptionSpec VolumeOptions::property(const QString &valueName, const QString &help)
{
    return {
        .names = {QStringLiteral("--property")}, .valueName = valueName, .help = help, .repeatable = true};
}

OptionSpec VolumeOptions::allProjects(const QString &help)
{
    return {.names = {QStringLiteral("--all-projects")}, .help = help};
}

OptionSpec VolumeOptions::longList(const QString &help)
{
    return {.names = {QStringLiteral("--long")}, .help = help};
}

QList<OptionSpec> VolumeOptions::bootable()
{
    return {
        {.names = {QStringLiteral("--bootable")}, .help = tr("mark it bootable: instances may boot from it")},
        {.names = {QStringLiteral("--non-bootable")}, .help = tr("mark it not bootable")},
    };
}

std::optional<bool> VolumeOptions::isBootable(const ParsedArgs &args)
{
    if (args.isSet(QStringLiteral("bootable")))
        return true;
    if (args.isSet(QStringLiteral("non-bootable")))
        return false;
    return std::nullopt;
}

CliResult<QMap<QString, QString>> VolumeOptions::pairs(const ParsedArgs &args, const QString &key)
{
    QMap<QString, QString> map;
    for (const QString &pair : args.values(key)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq < 0)
            return CliError::usage(tr("--%1 %2: expected KEY=VALUE").arg(key, pair));
        if (eq == 0)
            return CliError::usage(tr("--%1 %2: the key before '=' is empty").arg(key, pair));
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

CliResult<void> VolumeOptions::checkOneOf(const ParsedArgs &args, const QStringList &keys)
{
    QStringList given;
    for (const QString &key : keys)
        if (args.isSet(key))
            given.append(QStringLiteral("--") + key);
    if (given.size() > 1)
        return CliError::usage(tr("%1 exclude each other; give one").arg(given.join(QStringLiteral(", "))));
    return {};
}

} // namespace sd::cli
