#include "commandline.h"

#include "engine.h"
#include "network/realize/networkrealizer.h"

#include "clicontext.h"
#include "globaloptions.h"
#include "helpprinter.h"

namespace sd::cli {

namespace {

bool asksForHelp(const QStringList &args)
{
    for (const QString &arg : args) {
        if (arg == QLatin1String("--"))
            return false;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help"))
            return true;
    }
    return false;
}

} // namespace

int CommandLine::run(const QStringList &args)
{
    m_helpHint = QStringLiteral("stackctl --help");
    const CliResult<void> result = dispatch(args);
    if (!result)
        report(result.error());
    m_out.flush();
    m_err.flush();
    return result ? ExitSuccess : result.error().exitCode;
}

CliResult<void> CommandLine::dispatch(const QStringList &args)
{
    // Global options and the command's words come first; the command is known once its words are.
    const ArgumentParser globals(GlobalOptions::specs());
    ParsedArgs parsed;
    QStringList words;
    const CommandSpec *command = nullptr;
    qsizetype i = 0;
    while (i < args.size() && !command) {
        const QString &arg = args.at(i);
        if (ArgumentParser::looksLikeOption(arg)) {
            auto next = globals.takeOption(args, i, parsed);
            if (!next)
                return next.error();
            i = *next;
            continue;
        }
        words.append(arg);
        ++i;
        command = m_registry.find(words);
        // The longer command wins: `server resize confirm` beside `server resize`.
        if (command && i < args.size() && m_registry.find(words + QStringList{args.at(i)}))
            command = nullptr;
        if (!command && !m_registry.isPrefix(words))
            return CliError::usage(tr("unknown command '%1'").arg(words.join(QLatin1Char(' '))));
    }
    if (command)
        return runCommand(*command, args.mid(i), parsed);

    if (parsed.isSet(QStringLiteral("version")))
        return printVersion();
    const bool help = parsed.isSet(QStringLiteral("help"));
    if (words.isEmpty()) {
        if (help) {
            m_out << HelpPrinter::global(m_registry);
            return {};
        }
        return CliError::usage(tr("missing command, e.g. stackctl host list"));
    }
    if (help) {
        m_out << HelpPrinter::resource(m_registry, words);
        return {};
    }
    m_helpHint = QStringLiteral("stackctl %1 --help").arg(words.join(QLatin1Char(' ')));
    QStringList verbs;
    for (const CommandSpec *c : m_registry.startingWith(words))
        verbs.append(c->words.mid(words.size()).join(QLatin1Char(' ')));
    return CliError::usage(tr("'%1': missing verb; choose %2")
                               .arg(words.join(QLatin1Char(' ')), verbs.join(QStringLiteral(", "))));
}

CliResult<void> CommandLine::runCommand(const CommandSpec &command, const QStringList &rest,
                                        ParsedArgs parsed)
{
    m_helpHint = QStringLiteral("stackctl %1 --help").arg(command.name());
    if (parsed.isSet(QStringLiteral("help")) || asksForHelp(rest)) {
        m_out << HelpPrinter::command(command);
        return {};
    }
    if (parsed.isSet(QStringLiteral("version")) || rest.contains(QLatin1String("--version")))
        return printVersion();
    // After the verb, the command's own options and the global ones may come in any order.
    const ArgumentParser parser(GlobalOptions::specs() + command.options);
    if (auto r = parser.parse(rest, parsed); !r)
        return r.error();
    for (const OptionSpec &option : command.options) {
        if (option.required && !parsed.isSet(option.key()))
            return CliError::usage(
                tr("missing option %1 %2").arg(option.names.constLast(), option.valueName));
        if (option.kind == ValueKind::Number)
            if (auto r = parsed.number(option.key()); !r)
                return r.error();
        if (option.kind == ValueKind::Integer)
            if (auto r = parsed.integer(option.key()); !r)
                return r.error();
    }
    qsizetype required = 0;
    for (const PositionalSpec &positional : command.positionals)
        required += positional.optional ? 0 : 1;
    const bool unbounded = !command.positionals.isEmpty() && command.positionals.constLast().many;
    if (parsed.positionals.size() < required)
        return CliError::usage(
            tr("missing argument %1").arg(command.positionals.at(parsed.positionals.size()).name));
    if (!unbounded && parsed.positionals.size() > command.positionals.size())
        return CliError::usage(
            tr("unexpected argument '%1'").arg(parsed.positionals.at(command.positionals.size())));

    if (command.check)
        if (auto r = command.check(parsed); !r)
            return r.error();
    auto options = GlobalOptions::from(parsed);
    if (!options)
        return options.error();
    if (auto r = OutputFormatter(options->format, options->columns).checkColumns(command.columns); !r)
        return r.error();

    CliContext context(*options, m_out, m_err);
    if (auto r = context.open(); !r)
        return r.error();
    auto result = command.run(context, parsed);
    // A change to the network model is realised on the hosts by tasks of this process: let them finish
    // before it exits, or real hosts would only catch up at the next start.
    if (!context.engine().networkRealizer().waitUntilIdle(30000))
        m_err << tr("Warning: the hosts have not caught up with the network change yet; they will at the next "
                    "start of stackdesk or stackctl")
              << '\n';
    return result;
}

CliResult<void> CommandLine::printVersion()
{
    m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
    return {};
}

void CommandLine::report(const CliError &error)
{
    m_err << tr("Error: %1").arg(error.message) << '\n';
    if (!error.details.isEmpty())
        m_err << tr("Details: %1").arg(error.details) << '\n';
    if (error.exitCode == ExitUsageError)
        m_err << tr("Run '%1' for usage.").arg(m_helpHint) << '\n';
}

} // namespace sd::cli
