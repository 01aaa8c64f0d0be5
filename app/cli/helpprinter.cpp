#include "helpprinter.h"

#include "globaloptions.h"

#include <algorithm>

namespace sd::cli {

namespace {

QString twoColumns(const QList<QPair<QString, QString>> &lines)
{
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    QString text;
    for (const auto &line : lines)
        text += QStringLiteral("  ") + line.first.leftJustified(width + 2) + line.second + QLatin1Char('\n');
    return text;
}

QString optionSynopsis(const OptionSpec &option)
{
    QString text = option.names.constLast();
    if (option.takesValue())
        text += QLatin1Char(' ') + option.valueName;
    return option.required ? text : QLatin1Char('[') + text + QLatin1Char(']');
}

} // namespace

QString HelpPrinter::optionLines(const QList<OptionSpec> &options)
{
    QList<QPair<QString, QString>> lines;
    for (const OptionSpec &option : options) {
        QString names = option.names.join(QStringLiteral(", "));
        if (option.takesValue())
            names += QLatin1Char(' ') + option.valueName;
        lines.append({names, option.help});
    }
    return twoColumns(lines);
}

QString HelpPrinter::commandLines(const QList<const CommandSpec *> &commands)
{
    QList<QPair<QString, QString>> lines;
    for (const CommandSpec *command : commands)
        lines.append({command->name(), command->summary});
    return twoColumns(lines);
}

QString HelpPrinter::global(const CommandRegistry &registry)
{
    QList<const CommandSpec *> all;
    for (const CommandSpec &command : registry.commands())
        all.append(&command);
    return tr("usage: stackctl [--demo | --data-dir DIR] [--os-username USER --os-password PASSWORD "
              "--os-project-name PROJECT]\n"
              "                [-f table|json|yaml|csv|value] [-c COLUMN ...] <resource> <verb> [args]\n\n"
              "The StackDesk command line: manage a private cloud of libvirt hosts.\n"
              "Global options may also follow the command, e.g. stackctl host list -f json.\n\n"
              "Global options:\n") +
           optionLines(GlobalOptions::specs()) + tr("\nCommands:\n") + commandLines(all) +
           tr("\nRun 'stackctl <resource> <verb> --help' for the options of one command.\n");
}

QString HelpPrinter::resource(const CommandRegistry &registry, const QStringList &words)
{
    const QString prefix = words.join(QLatin1Char(' '));
    return tr("usage: stackctl %1 <verb> [args]\n\nCommands:\n").arg(prefix) +
           commandLines(registry.startingWith(words)) +
           tr("\nRun 'stackctl %1 <verb> --help' for the options of one command.\n").arg(prefix);
}

QString HelpPrinter::synopsis(const CommandSpec &command)
{
    QStringList parts{QStringLiteral("stackctl"), command.name()};
    for (const OptionSpec &option : command.options)
        parts.append(optionSynopsis(option));
    for (const PositionalSpec &positional : command.positionals) {
        QString part = positional.name;
        if (positional.many)
            part += QStringLiteral(" [%1 ...]").arg(positional.name);
        parts.append(positional.optional ? QLatin1Char('[') + part + QLatin1Char(']') : part);
    }
    // Wrapped like argparse's usage line, so `host set --help` stays readable in an 100-column terminal.
    const QString indent(QStringLiteral("usage: stackctl ").size(), QLatin1Char(' '));
    QString text;
    qsizetype lineLength = QStringLiteral("usage: ").size();
    for (const QString &part : std::as_const(parts)) {
        if (!text.isEmpty() && lineLength + 1 + part.size() > 100) {
            text += QLatin1Char('\n') + indent;
            lineLength = indent.size();
        } else if (!text.isEmpty()) {
            text += QLatin1Char(' ');
            ++lineLength;
        }
        text += part;
        lineLength += part.size();
    }
    return text;
}

QString HelpPrinter::command(const CommandSpec &command)
{
    QString text = tr("usage: %1\n\n%2\n").arg(synopsis(command), command.summary);
    if (!command.positionals.isEmpty()) {
        QList<QPair<QString, QString>> lines;
        for (const PositionalSpec &positional : command.positionals)
            lines.append({positional.name, positional.help});
        text += tr("\nArguments:\n") + twoColumns(lines);
    }
    if (!command.options.isEmpty())
        text += tr("\nOptions:\n") + optionLines(command.options);
    if (!command.columns.isEmpty()) {
        QStringList keys;
        for (const Column &column : command.columns)
            keys.append(column.key);
        text += tr("\nColumns (-c): %1\n").arg(keys.join(QStringLiteral(", ")));
    }
    return text + tr("\nGlobal options (-f, -c, --demo, --data-dir, --os-*): see 'stackctl --help'.\n");
}

} // namespace sd::cli
