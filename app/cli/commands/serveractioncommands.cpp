// stackctl server start|stop|reboot|pause|unpause|suspend|resume|lock|unlock SERVER [SERVER ...]

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "tasks/taskrunner.h"

namespace sd::cli {

namespace {

class ServerActionCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerActionCommands)

public:
    static QList<CommandSpec> all();

private:
    // Runs the action on every instance named, each to its end; one refusal does not stop the others
    // (the OpenStack client's bulk actions), and the command fails once at the end.
    static CliResult<void> run(CliContext &ctx, const ParsedArgs &args, InstanceAction action);
};

CliResult<void> ServerActionCommands::run(CliContext &ctx, const ParsedArgs &args, InstanceAction action)
{
    InstanceService &instances = ctx.engine().instances();
    // Actions run on the instances' hosts: let the hosts answer first (lock and unlock need none).
    if (action != InstanceAction::Lock && action != InstanceAction::Unlock)
        ctx.engine().hosts().waitUntilSettled(5000);
    if (action == InstanceAction::Reboot && args.isSet(QStringLiteral("hard")))
        action = InstanceAction::HardReboot;
    // Start every action first, so a bulk stop of ten instances runs on their hosts at once.
    QList<QPair<QString, QString>> started; // name, task
    int failed = 0;
    for (const QString &name : args.positionals) {
        auto task = instances.perform(ctx.request(), name, action);
        if (!task) {
            ++failed;
            ctx.err() << tr("Failed to %1 server '%2': %3").arg(instanceActionName(action), name, task.error().message)
                      << '\n';
            continue;
        }
        started.append({name, *task});
    }
    for (const auto &[name, task] : started) {
        if (task.isEmpty())
            continue;
        if (auto r = ctx.engine().tasks().wait(task); !r) {
            ++failed;
            ctx.err() << tr("Failed to %1 server '%2': %3").arg(instanceActionName(action), name, r.error().message)
                      << '\n';
        }
    }
    if (failed == 0)
        return {};
    return CliError{ExitUserError, tr("%1 of %2 servers failed to %3.").arg(failed).arg(args.positionals.size()).arg(instanceActionName(action)), {}};
}

QList<CommandSpec> ServerActionCommands::all()
{
    const PositionalSpec servers = IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"), true);
    const struct
    {
        const char *verb;
        InstanceAction action;
        QString summary;
    } verbs[] = {
        {"start", InstanceAction::Start, tr("Start instances that are shut off")},
        {"stop", InstanceAction::Stop, tr("Shut instances off (ACPI first, forced after 60 s)")},
        {"reboot", InstanceAction::Reboot, tr("Reboot instances (--hard: power-cycle them)")},
        {"pause", InstanceAction::Pause, tr("Pause instances (kept in the host's memory)")},
        {"unpause", InstanceAction::Unpause, tr("Unpause instances")},
        {"suspend", InstanceAction::Suspend, tr("Suspend instances to disk (frees the host's memory)")},
        {"resume", InstanceAction::Resume, tr("Resume suspended instances")},
        {"lock", InstanceAction::Lock, tr("Lock instances: only administrators may then act on them")},
        {"unlock", InstanceAction::Unlock, tr("Unlock instances")},
    };
    QList<CommandSpec> list;
    for (const auto &v : verbs) {
        CommandSpec c;
        c.words = {QStringLiteral("server"), QLatin1String(v.verb)};
        c.summary = v.summary;
        c.positionals = {servers};
        if (v.action == InstanceAction::Reboot)
            c.options = {{.names = {QStringLiteral("--hard")}, .help = tr("power-cycle instead of asking the guest")},
                         {.names = {QStringLiteral("--soft")}, .help = tr("ask the guest to reboot (the default)")}};
        const InstanceAction action = v.action;
        c.run = [action](CliContext &ctx, const ParsedArgs &args) { return run(ctx, args, action); };
        list.append(c);
    }
    return list;
}

} // namespace

QList<CommandSpec> serverActionCommands()
{
    return ServerActionCommands::all();
}

} // namespace sd::cli
