#include "argumentparser.h"

#include <cmath>

namespace sd::cli {

QString OptionSpec::key() const
{
    QString name = names.constLast();
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name;
}

QString OptionSpec::displayName() const
{
    return names.join(QLatin1Char('/'));
}

QString ParsedArgs::value(const QString &key) const
{
    const QStringList all = m_values.value(key);
    return all.isEmpty() ? QString() : all.constLast();
}

void ParsedArgs::add(const OptionSpec &option, const QString &value)
{
    QStringList &slot = m_values[option.key()];
    // Like argparse: a repeated single-valued option keeps its last value.
    if (!option.repeatable)
        slot.clear();
    slot.append(value);
}

CliResult<std::optional<double>> ParsedArgs::number(const QString &key) const
{
    if (!isSet(key))
        return std::optional<double>();
    const QString text = value(key);
    bool ok = false;
    const double number = text.toDouble(&ok);
    // toDouble accepts "inf" and "nan"; neither is a ratio anyone means.
    if (!ok || !std::isfinite(number))
        return CliError::usage(tr("--%1: '%2' is not a number").arg(key, text));
    return std::optional<double>(number);
}

CliResult<std::optional<qint64>> ParsedArgs::integer(const QString &key) const
{
    if (!isSet(key))
        return std::optional<qint64>();
    const QString text = value(key);
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok)
        return CliError::usage(tr("--%1: '%2' is not a whole number").arg(key, text));
    return std::optional<qint64>(number);
}

bool ArgumentParser::looksLikeOption(const QString &arg)
{
    return arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
}

const OptionSpec *ArgumentParser::find(const QString &arg) const
{
    if (!looksLikeOption(arg))
        return nullptr;
    const bool isLong = arg.startsWith(QLatin1String("--"));
    const QString name = isLong ? arg.section(QLatin1Char('='), 0, 0) : arg.left(2);
    for (const OptionSpec &option : m_options) {
        if (!option.names.contains(name))
            continue;
        // "-fjson" is -f with a value; "-hx" is not -h.
        if (!isLong && arg.size() > 2 && !option.takesValue())
            return nullptr;
        if (isLong && arg.contains(QLatin1Char('=')) && !option.takesValue())
            return nullptr;
        return &option;
    }
    return nullptr;
}

CliResult<qsizetype> ArgumentParser::takeOption(const QStringList &args, qsizetype index,
                                                ParsedArgs &into) const
{
    const QString &arg = args.at(index);
    const OptionSpec *option = find(arg);
    if (!option)
        return CliError::usage(tr("unknown option '%1'").arg(arg));
    if (!option->takesValue()) {
        into.add(*option, QStringLiteral("1"));
        return index + 1;
    }
    if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
        into.add(*option, arg.section(QLatin1Char('='), 1));
        return index + 1;
    }
    if (!arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
        into.add(*option, arg.mid(2));
        return index + 1;
    }
    if (index + 1 >= args.size())
        return CliError::usage(tr("%1: missing value %2").arg(option->displayName(), option->valueName));
    into.add(*option, args.at(index + 1));
    return index + 2;
}

CliResult<void> ArgumentParser::parse(const QStringList &args, ParsedArgs &into) const
{
    qsizetype i = 0;
    while (i < args.size()) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            into.positionals.append(args.mid(i + 1));
            return {};
        }
        if (!looksLikeOption(arg)) {
            into.positionals.append(arg);
            ++i;
            continue;
        }
        auto next = takeOption(args, i, into);
        if (!next)
            return next.error();
        i = *next;
    }
    return {};
}

} // namespace sd::cli
