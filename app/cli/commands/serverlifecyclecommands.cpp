// stackctl server rescue|unrescue|rebuild SERVER, server image create --name N SERVER

#include "commands.h"

#include "clicontext.h"
#include "foregroundtask.h"
#include "identityoptions.h"
#include "imagecolumns.h"
#include "imageoptions.h"
#include "servercolumns.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "tasks/taskrunner.h"

namespace sd::cli {

namespace {

// How long an action may take to settle (a rebuild boots a TCG guest; a snapshot copies a disk).
constexpr int kWaitMs = 600000;
// Hosts answer their first connection attempt within this (a dead one is reported as down).
constexpr int kSettleMs = 5000;

class ServerLifecycleCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerLifecycleCommands)

public:
    static QList<CommandSpec> all();

private:
    // Waits for the action's task with a progress bar, then for the instance to settle; the engine
    // runs inside stackctl, so it always stays until the host work has ended.
    static CliResult<QVariant> finish(CliContext &ctx, const QString &server, const Result<QString> &task,
                                      const QString &label);
    static CliResult<void> printServer(CliContext &ctx, const QString &server);

    static CliResult<void> rescue(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unrescue(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> rebuild(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> createImage(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> checkRebuild(const ParsedArgs &args);
};

CliResult<QVariant> ServerLifecycleCommands::finish(CliContext &ctx, const QString &server, const Result<QString> &task,
                                                    const QString &label)
{
    if (!task)
        return CliError::fromEngine(task.error());
    auto result = ForegroundTask::wait(ctx, *task, label);
    if (!result)
        return result.error();
    InstanceService &instances = ctx.engine().instances();
    auto shown = instances.show(ctx.request(), server);
    if (!shown)
        return CliError::fromEngine(shown.error());
    if (auto settled = instances.waitUntilSettled(shown->id, kWaitMs); !settled)
        return CliError::fromEngine(settled.error());
    return result;
}

CliResult<void> ServerLifecycleCommands::printServer(CliContext &ctx, const QString &server)
{
    auto shown = ctx.engine().instances().show(ctx.request(), server);
    if (!shown)
        return CliError::fromEngine(shown.error());
    ctx.printOne(ServerColumns::show(), ServerColumns::showRow(*shown));
    return {};
}

CliResult<void> ServerLifecycleCommands::rescue(CliContext &ctx, const ParsedArgs &args)
{
    RescueSpec spec;
    spec.image = args.value(QStringLiteral("image"));
    spec.adminPassword = args.value(QStringLiteral("password"));
    const QString server = args.positionals.at(0);
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    if (auto r = finish(ctx, server, ctx.engine().instances().rescue(ctx.request(), server, spec), tr("Rescuing")); !r)
        return r.error();
    return {};
}

CliResult<void> ServerLifecycleCommands::unrescue(CliContext &ctx, const ParsedArgs &args)
{
    const QString server = args.positionals.at(0);
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    if (auto r = finish(ctx, server, ctx.engine().instances().unrescue(ctx.request(), server), tr("Unrescuing")); !r)
        return r.error();
    return {};
}

CliResult<void> ServerLifecycleCommands::checkRebuild(const ParsedArgs &args)
{
    return IdentityOptions::checkExclusive(args, QStringLiteral("key-name"), QStringLiteral("no-key-name"));
}

CliResult<void> ServerLifecycleCommands::rebuild(CliContext &ctx, const ParsedArgs &args)
{
    RebuildSpec spec;
    spec.image = args.value(QStringLiteral("image"));
    spec.adminPassword = args.value(QStringLiteral("password"));
    if (args.isSet(QStringLiteral("name")))
        spec.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        spec.description = args.value(QStringLiteral("description"));
    if (args.isSet(QStringLiteral("key-name")))
        spec.keyName = args.value(QStringLiteral("key-name"));
    else if (args.isSet(QStringLiteral("no-key-name")))
        spec.keyName = QString();
    const QString server = args.positionals.at(0);
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    // The server's id: a rebuild may rename it.
    auto before = ctx.engine().instances().show(ctx.request(), server);
    if (!before)
        return CliError::fromEngine(before.error());
    if (auto r = finish(ctx, before->id, ctx.engine().instances().rebuild(ctx.request(), before->id, spec),
                        tr("Rebuilding"));
        !r)
        return r.error();
    return printServer(ctx, before->id);
}

CliResult<void> ServerLifecycleCommands::createImage(CliContext &ctx, const ParsedArgs &args)
{
    auto properties = ImageOptions::properties(args);
    if (!properties)
        return properties.error();
    const QString server = args.positionals.at(0);
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    auto imageId = finish(ctx, server,
                          ctx.engine().instances().createImage(ctx.request(), server, args.value(QStringLiteral("name")),
                                                               *properties),
                          tr("Creating the snapshot"));
    if (!imageId)
        return imageId.error();
    auto image = ctx.engine().images().show(ctx.request(), imageId->toString());
    if (!image) {
        // The upload runs after the action's task; when it failed, the image is gone and the reason is
        // the instance's fault.
        auto shown = ctx.engine().instances().show(ctx.request(), server);
        if (shown && shown->fault.code != 0)
            return CliError{ExitUserError, tr("Snapshot %1 failed: %2").arg(args.value(QStringLiteral("name")), shown->fault.message),
                            shown->fault.details};
        return CliError::fromEngine(image.error());
    }
    const QList<Column> columns = ImageColumns::show();
    ctx.printOne(columns, ImageColumns::row(columns, *image));
    return {};
}

QList<CommandSpec> ServerLifecycleCommands::all()
{
    const QString server = QStringLiteral("server");
    const PositionalSpec existing = IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"));
    const OptionSpec wait{.names = {QStringLiteral("--wait")},
                          .help = tr("wait until it has ended (stackctl always does: the work runs in it)")};
    return {
        {.words = {server, QStringLiteral("rescue")},
         .summary = tr("Boot an instance from a rescue image, its own root disk attached second"),
         .options = {{.names = {QStringLiteral("--image")},
                      .valueName = QStringLiteral("IMAGE"),
                      .help = tr("the rescue image (default: the instance's own image)")},
                     {.names = {QStringLiteral("--password")},
                      .valueName = QStringLiteral("PASSWORD"),
                      .help = tr("admin password of the rescue system, passed in its seed")}},
         .positionals = {existing},
         .run = rescue},
        {.words = {server, QStringLiteral("unrescue")},
         .summary = tr("Boot a rescued instance from its own disk again"),
         .positionals = {existing},
         .run = unrescue},
        {.words = {server, QStringLiteral("rebuild")},
         .summary = tr("Give an instance a new root disk from an image (same host, ports and addresses)"),
         .options = {{.names = {QStringLiteral("--image")},
                      .valueName = QStringLiteral("IMAGE"),
                      .help = tr("the image (default: the instance's own image)")},
                     {.names = {QStringLiteral("--password")},
                      .valueName = QStringLiteral("PASSWORD"),
                      .help = tr("admin password, passed to the guest in its new seed")},
                     {.names = {QStringLiteral("--name")}, .valueName = QStringLiteral("NAME"), .help = tr("new name")},
                     {.names = {QStringLiteral("--description")}, .valueName = QStringLiteral("TEXT"), .help = tr("new description")},
                     {.names = {QStringLiteral("--key-name")}, .valueName = QStringLiteral("KEYPAIR"), .help = tr("your key pair to inject instead")},
                     {.names = {QStringLiteral("--no-key-name")}, .help = tr("inject no key pair")},
                     wait},
         .positionals = {existing},
         .columns = ServerColumns::show(),
         .run = rebuild,
         .check = checkRebuild},
        {.words = {server, QStringLiteral("image"), QStringLiteral("create")},
         .summary = tr("Create a snapshot image of an instance's root disk"),
         .options = {{.names = {QStringLiteral("--name")},
                      .valueName = QStringLiteral("NAME"),
                      .help = tr("name of the new image"),
                      .required = true},
                     ImageOptions::property(QStringLiteral("KEY=VALUE"), tr("a property of the new image (repeatable)")),
                     wait},
         .positionals = {existing},
         .columns = ImageColumns::show(),
         .run = createImage,
         .check = [](const ParsedArgs &args) -> CliResult<void> {
             if (auto p = ImageOptions::properties(args); !p)
                 return p.error();
             return {};
         }},
    };
}

} // namespace

QList<CommandSpec> serverLifecycleCommands()
{
    return ServerLifecycleCommands::all();
}

} // namespace sd::cli
