// stackctl console screenshot, console type: the graphical consoles from the command line.

#include "commands.h"
#include "consoleendpointlookup.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "console/consoleservice.h"
#include "console/graphicssessions.h"
#include "engine.h"
#include "hosts/hostmanager.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace sd::cli {

namespace {

// After the first complete frame: how long the screen must stay unchanged, and the longest wait for that.
constexpr int kQuietMs = 400;
constexpr int kSettleMaxMs = 4000;

class ConsoleCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ConsoleCommands)

public:
    static QList<CommandSpec> all();

private:
    // --console-type, or the cloud's setting when it is not given.
    static CliResult<ConsoleType> typeOption(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> screenshot(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> type(CliContext &ctx, const ParsedArgs &args);
};

QList<CommandSpec> ConsoleCommands::all()
{
    const PositionalSpec server = IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"));
    const OptionSpec typeOpt{.names = {QStringLiteral("--console-type")},
                             .valueName = QStringLiteral("TYPE"),
                             .help = tr("AUTO, VNC or SPICE (default: the cloud's console type setting)")};
    return {
        {.words = {QStringLiteral("console"), QStringLiteral("screenshot")},
         .summary = tr("Save a complete frame of an instance's graphical console as a PNG"),
         .options = {{.names = {QStringLiteral("--file")},
                      .valueName = QStringLiteral("OUT.png"),
                      .help = tr("where to write the PNG"),
                      .required = true},
                     typeOpt,
                     {.names = {QStringLiteral("--timeout")},
                      .valueName = QStringLiteral("SECONDS"),
                      .help = tr("how long to wait for a complete frame (default 30)"),
                      .kind = ValueKind::Integer}},
         .positionals = {server},
         .run = screenshot},
        {.words = {QStringLiteral("console"), QStringLiteral("type")},
         .summary = tr("Which consoles an instance has, and which one the console type setting opens"),
         .options = {typeOpt},
         .positionals = {server},
         .columns = {{.key = QStringLiteral("console_type"), .header = tr("Console type")},
                     {.key = QStringLiteral("opens"), .header = tr("Opens")},
                     {.key = QStringLiteral("available"), .header = tr("Available")},
                     {.key = QStringLiteral("host"), .header = tr("Host")}},
         .run = type},
    };
}

CliResult<ConsoleType> ConsoleCommands::typeOption(CliContext &ctx, const ParsedArgs &args)
{
    if (!args.isSet(QStringLiteral("console-type")))
        return ctx.engine().consoles().consoleType();
    auto type = ConsoleTypes::parse(args.value(QStringLiteral("console-type")), QStringLiteral("--console-type"));
    if (!type)
        return CliError::usage(type.error().message);
    return *type;
}

CliResult<void> ConsoleCommands::screenshot(CliContext &ctx, const ParsedArgs &args)
{
    const QString file = args.value(QStringLiteral("file"));
    const QFileInfo target(file);
    if (!target.absoluteDir().exists())
        return CliError{ExitUserError, tr("--file %1: the folder %2 does not exist").arg(file, target.absolutePath()), {}};
    auto timeout = args.integer(QStringLiteral("timeout"));
    if (!timeout)
        return timeout.error();
    const qint64 seconds = timeout->value_or(30);
    if (seconds < 1 || seconds > 3600)
        return CliError::usage(tr("--timeout %1: must be 1 to 3600 seconds").arg(seconds));
    auto option = typeOption(ctx, args);
    if (!option)
        return option.error();
    ConsoleType wanted = *option;
    if (wanted == ConsoleType::Serial)
        return CliError::usage(tr("--console-type SERIAL: a serial console has no screen to capture"));
    if (wanted == ConsoleType::None)
        wanted = ConsoleType::Auto; // the setting hides consoles in the GUI; asked for by name, capture anyway

    auto found = lookUpConsoleEndpoint(ctx, args.positionals.at(0));
    if (!found)
        return found.error();
    // Serial is no screen: AUTO here means the first graphics device.
    if (wanted == ConsoleType::Auto && found->graphics.isEmpty())
        return CliError{ExitUserError, tr("Instance %1 has no graphics device").arg(found->instanceName), {}};
    auto chosen = ConsoleService::choose(wanted, *found);
    if (!chosen)
        return CliError::fromEngine(chosen.error());

    std::unique_ptr<GraphicsSession> session(createGraphicsSession(*chosen, *found));
    QEventLoop loop;
    QString failure;
    QObject::connect(session.get(), &GraphicsSession::firstFrameComplete, &loop, &QEventLoop::quit);
    QObject::connect(session.get(), &GraphicsSession::stateChanged, &loop,
                     [&](GraphicsSession::State state, const QString &message) {
                         if (state == GraphicsSession::State::Closed || state == GraphicsSession::State::Failed) {
                             failure = message;
                             loop.quit();
                         }
                     });
    QTimer::singleShot(int(seconds * 1000), &loop, [&] {
        failure = tr("no complete frame within %1 s").arg(seconds);
        loop.quit();
    });
    session->open();
    loop.exec();
    if (session->hasCompleteFrame()) {
        // QEMU redraws a text-mode screen only while a viewer watches: the first complete frame can be
        // what the display held before. Let the updates settle (none for kQuietMs, at most kSettleMaxMs).
        QEventLoop settle;
        QTimer quiet;
        quiet.setSingleShot(true);
        QObject::connect(&quiet, &QTimer::timeout, &settle, &QEventLoop::quit);
        QObject::connect(session.get(), &GraphicsSession::frameUpdated, &settle, [&quiet] { quiet.start(kQuietMs); });
        QTimer::singleShot(kSettleMaxMs, &settle, &QEventLoop::quit);
        quiet.start(kQuietMs);
        settle.exec();
    }
    if (!session->hasCompleteFrame())
        return CliError{ExitUserError,
                        tr("Console screenshot of %1 (%2): %3").arg(found->instanceName, session->protocol(), failure), {}};
    const QImage frame = session->frame();
    session->close();
    if (!frame.save(file, "PNG"))
        return CliError{ExitUserError, tr("--file %1: the PNG could not be written").arg(file), {}};
    ctx.err() << tr("Saved %1x%2 frame of %3 (%4 on %5) to %6")
                     .arg(frame.width())
                     .arg(frame.height())
                     .arg(found->instanceName, session->protocol(), found->hostName, file)
              << '\n';
    return {};
}

CliResult<void> ConsoleCommands::type(CliContext &ctx, const ParsedArgs &args)
{
    auto option = typeOption(ctx, args);
    if (!option)
        return option.error();
    const ConsoleType setting = *option;
    auto found = lookUpConsoleEndpoint(ctx, args.positionals.at(0));
    if (!found)
        return found.error();
    QStringList available;
    for (const QString &g : found->graphics)
        available << g.toUpper();
    if (found->serial)
        available << QStringLiteral("SERIAL");
    auto chosen = ConsoleService::choose(setting, *found);
    if (!chosen)
        return CliError::fromEngine(chosen.error());
    ctx.printOne(all().at(1).columns, {ConsoleTypes::name(setting), ConsoleTypes::name(*chosen),
                                       available.join(QStringLiteral(", ")), found->hostName});
    return {};
}

} // namespace

QList<CommandSpec> consoleCommands()
{
    return ConsoleCommands::all();
}

} // namespace sd::cli
