// stackctl server shelve|unshelve, server resize (confirm, revert), server migrate, server migration list

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "compute/instance/instanceservice.h"
#include "compute/instance/migrationrepository.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "tasks/taskrunner.h"

namespace sd::cli {

namespace {

// A move copies disks between hosts: on real hosts that takes as long as the data needs.
constexpr int kWaitMs = 3600000;
// Hosts answer their first connection attempt within this (a dead one is reported as down).
constexpr int kSettleMs = 5000;

class ServerMoveCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerMoveCommands)

public:
    static QList<CommandSpec> all();

private:
    using Start = std::function<Result<QString>(InstanceService &, const RequestContext &, const QString &)>;
    // Starts the move and stays until it has ended, as the engine runs inside stackctl; the move's own
    // failure (stored as the instance's fault) is the command's error.
    static CliResult<void> runOne(CliContext &ctx, const QString &server, const QString &verb,
                                  const Start &start);
    static CliResult<void> shelve(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> migrations(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> checkMigrate(const ParsedArgs &args);
    static QList<Column> migrationColumns();
};

CliResult<void> ServerMoveCommands::runOne(CliContext &ctx, const QString &server, const QString &verb,
                                           const Start &start)
{
    InstanceService &instances = ctx.engine().instances();
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    auto task = start(instances, ctx.request(), server);
    if (!task)
        return CliError{ExitUserError,
                        tr("Failed to %1 server '%2': %3").arg(verb, server, task.error().message),
                        task.error().details};
    if (!task->isEmpty())
        if (auto done = ctx.engine().tasks().wait(*task); !done)
            return CliError{ExitUserError,
                            tr("Failed to %1 server '%2': %3").arg(verb, server, done.error().message),
                            done.error().details};
    auto shown = instances.show(ctx.request(), server);
    if (!shown)
        return {}; // deleted meanwhile by someone else: nothing more to tell
    if (auto settled = instances.waitUntilSettled(shown->id, kWaitMs); !settled)
        return CliError::fromEngine(settled.error());
    return {};
}

CliResult<void> ServerMoveCommands::shelve(CliContext &ctx, const ParsedArgs &args)
{
    // One after the other; a refusal does not stop the rest, and the command fails once at the end.
    QStringList failed;
    for (const QString &server : args.positionals) {
        auto r = runOne(
            ctx, server, QStringLiteral("shelve"),
            [](InstanceService &s, const RequestContext &c, const QString &n) { return s.shelve(c, n); });
        if (!r) {
            ctx.err() << r.error().message << '\n';
            failed << server;
        }
    }
    if (failed.isEmpty())
        return {};
    return CliError{ExitUserError,
                    tr("%1 of %2 servers failed to shelve.").arg(failed.size()).arg(args.positionals.size()),
                    {}};
}

QList<Column> ServerMoveCommands::migrationColumns()
{
    return {{.key = QStringLiteral("id"), .header = tr("ID")},
            {.key = QStringLiteral("server"), .header = tr("Server")},
            {.key = QStringLiteral("server_id"), .header = tr("Server ID"), .inListTable = false},
            {.key = QStringLiteral("type"), .header = tr("Migration Type"), .listHeader = tr("Type")},
            {.key = QStringLiteral("status"), .header = tr("Status")},
            {.key = QStringLiteral("source_host"), .header = tr("Source Host")},
            {.key = QStringLiteral("dest_host"), .header = tr("Dest Host")},
            {.key = QStringLiteral("old_flavor"), .header = tr("Old Flavor")},
            {.key = QStringLiteral("new_flavor"), .header = tr("New Flavor")},
            {.key = QStringLiteral("error"), .header = tr("Error"), .inListTable = false},
            {.key = QStringLiteral("created_at"), .header = tr("Created At")}};
}

CliResult<void> ServerMoveCommands::migrations(CliContext &ctx, const ParsedArgs &args)
{
    // Nova's os-migrations index is for administrators: it shows every project's hosts.
    if (!ctx.request().isAdmin())
        return CliError{ExitUserError, tr("Only administrators may list migrations"), {}};
    QString instanceId;
    if (args.isSet(QStringLiteral("server"))) {
        auto i = ctx.engine().instances().show(ctx.request(), args.value(QStringLiteral("server")));
        if (!i)
            return CliError::fromEngine(i.error());
        instanceId = i->id;
    }
    QList<Row> rows;
    for (const InstanceMigration &m :
         MigrationRepository(ctx.engine().instances().database()).list(instanceId))
        rows.append({m.id, m.instanceName, m.instanceId, m.kind, m.status, m.sourceHostName, m.destHostName,
                     m.oldFlavor.name, m.newFlavor.name, m.error.isEmpty() ? QVariant() : QVariant(m.error),
                     m.createdAt});
    ctx.printList(migrationColumns(), rows);
    return {};
}

CliResult<void> ServerMoveCommands::checkMigrate(const ParsedArgs &args)
{
    const bool block = args.isSet(QStringLiteral("block-migration"));
    if (block && args.isSet(QStringLiteral("shared-migration")))
        return CliError::usage(tr("--block-migration and --shared-migration exclude each other"));
    if ((block || args.isSet(QStringLiteral("shared-migration"))) &&
        !args.isSet(QStringLiteral("live-migration")))
        return CliError::usage(tr("--block-migration and --shared-migration need --live-migration"));
    return {};
}

QList<CommandSpec> ServerMoveCommands::all()
{
    const PositionalSpec server =
        IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"));
    // The engine runs inside stackctl, so stackctl always stays until the move has ended; --wait is
    // accepted for the OpenStack client's scripts.
    const OptionSpec wait{.names = {QStringLiteral("--wait")},
                          .help = tr("wait until the move has ended (stackctl always does)")};
    const OptionSpec host{.names = {QStringLiteral("--host")},
                          .valueName = QStringLiteral("HOST"),
                          .help = tr("the target host (administrators only)")};
    auto on = [](Start start, const char *verb) {
        return [start, verb = QLatin1String(verb)](CliContext &ctx, const ParsedArgs &args) {
            return runOne(ctx, args.positionals.first(), verb, start);
        };
    };
    QList<CommandSpec> list;
    list.append({.words = {QStringLiteral("server"), QStringLiteral("shelve")},
                 .summary = tr("Shelve instances: power off, keep the disks, free the host"),
                 .positionals = {IdentityOptions::argument(QStringLiteral("SERVER"),
                                                           tr("instance name or ID"), true)},
                 .run = shelve});
    list.append({.words = {QStringLiteral("server"), QStringLiteral("unshelve")},
                 .summary = tr("Unshelve an instance: schedule it again and start it"),
                 .options = {{.names = {QStringLiteral("--availability-zone")},
                              .valueName = QStringLiteral("ZONE"),
                              .help = tr("where to place it")},
                             host,
                             wait},
                 .positionals = {server},
                 .run = [](CliContext &ctx, const ParsedArgs &args) {
                     const QString zone = args.value(QStringLiteral("availability-zone"));
                     const QString target = args.value(QStringLiteral("host"));
                     return runOne(
                         ctx, args.positionals.first(), QStringLiteral("unshelve"),
                         [zone, target](InstanceService &s, const RequestContext &c, const QString &n) {
                             return s.unshelve(c, n, zone, target);
                         });
                 }});
    list.append(
        {.words = {QStringLiteral("server"), QStringLiteral("resize")},
         .summary =
             tr("Resize an instance to another flavor; it then waits in VERIFY_RESIZE for confirm or revert"),
         .options = {{.names = {QStringLiteral("--flavor")},
                      .valueName = QStringLiteral("FLAVOR"),
                      .help = tr("the new flavor"),
                      .required = true},
                     wait},
         .positionals = {server},
         .run = [](CliContext &ctx, const ParsedArgs &args) {
             const QString flavor = args.value(QStringLiteral("flavor"));
             return runOne(ctx, args.positionals.first(), QStringLiteral("resize"),
                           [flavor](InstanceService &s, const RequestContext &c, const QString &n) {
                               return s.resize(c, n, flavor);
                           });
         }});
    list.append({.words = {QStringLiteral("server"), QStringLiteral("resize"), QStringLiteral("confirm")},
                 .summary = tr("Confirm a resize or cold migration: the old host lets go of the instance"),
                 .positionals = {server},
                 .run = on([](InstanceService &s, const RequestContext &c,
                              const QString &n) { return s.confirmResize(c, n); },
                           "confirm the resize of")});
    list.append({.words = {QStringLiteral("server"), QStringLiteral("resize"), QStringLiteral("revert")},
                 .summary = tr("Revert a resize or cold migration: back to the old flavor and host"),
                 .positionals = {server},
                 .run = on([](InstanceService &s, const RequestContext &c,
                              const QString &n) { return s.revertResize(c, n); },
                           "revert the resize of")});
    list.append(
        {.words = {QStringLiteral("server"), QStringLiteral("migrate")},
         .summary = tr("Move an instance to another host: cold (then confirm or revert) or live"),
         .options = {{.names = {QStringLiteral("--live-migration")},
                      .help = tr("move it while it runs (administrators only)")},
                     host,
                     {.names = {QStringLiteral("--block-migration")},
                      .help =
                          tr("live: copy the disks too (the default; StackDesk's hosts share no storage)")},
                     {.names = {QStringLiteral("--shared-migration")},
                      .help = tr("live: the hosts share the instances' storage; copy memory only")},
                     wait},
         .positionals = {server},
         .run =
             [](CliContext &ctx, const ParsedArgs &args) {
                 MigrateSpec spec;
                 spec.live = args.isSet(QStringLiteral("live-migration"));
                 spec.host = args.value(QStringLiteral("host"));
                 spec.blockMigration = !args.isSet(QStringLiteral("shared-migration"));
                 return runOne(ctx, args.positionals.first(), QStringLiteral("migrate"),
                               [spec](InstanceService &s, const RequestContext &c, const QString &n) {
                                   return s.migrate(c, n, spec);
                               });
             },
         .check = checkMigrate});
    list.append({.words = {QStringLiteral("server"), QStringLiteral("migration"), QStringLiteral("list")},
                 .summary = tr("List resizes and migrations (administrators only)"),
                 .options = {{.names = {QStringLiteral("--server")},
                              .valueName = QStringLiteral("SERVER"),
                              .help = tr("only this instance's")}},
                 .columns = migrationColumns(),
                 .run = migrations});
    return list;
}

} // namespace

QList<CommandSpec> serverMoveCommands()
{
    return ServerMoveCommands::all();
}

} // namespace sd::cli
