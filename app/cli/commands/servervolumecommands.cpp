// stackctl server add|remove volume SERVER VOLUME: Nova's os-volume_attachments (Horizon's Manage
// Attachments). Hot-plugged into a running instance, written into the definition of one that is off.

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"
#include "volumewait.h"

#include "engine.h"
#include "volume/volumeservice.h"

namespace sd::cli {

namespace {

class ServerVolumeCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerVolumeCommands)

public:
    static QList<CommandSpec> all();

private:
    // `openstack server add volume`'s answer: the attachment, with the device the guest sees.
    static QList<Column> columns();

    static CliResult<void> add(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    // The volume once its attach or detach has ended, exit 1 when the volume ended in error.
    static CliResult<Volume> settled(CliContext &ctx, const QString &volume, const QString &failure);
};

QList<Column> ServerVolumeCommands::columns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("server_id"), tr("Server ID")},
        {QStringLiteral("volume_id"), tr("Volume ID")},
        {QStringLiteral("device"), tr("Device")},
        {QStringLiteral("delete_on_termination"), tr("Delete On Termination")},
    };
}

QList<CommandSpec> ServerVolumeCommands::all()
{
    const PositionalSpec server =
        IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"));
    const PositionalSpec volume =
        IdentityOptions::argument(QStringLiteral("VOLUME"), tr("volume name or ID"));
    return {
        {.words = {QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("volume")},
         .summary = tr("Attach an available volume to a server (hot-plugged while it runs)"),
         .options = {{.names = {QStringLiteral("--device")},
                      .valueName = QStringLiteral("DEVICE"),
                      .help =
                          tr("the disk's name in the guest, e.g. /dev/vdb (default: the next free one)")}},
         .positionals = {server, volume},
         .columns = columns(),
         .run = add},
        {.words = {QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("volume")},
         .summary = tr("Detach a volume from a server; it becomes available again"),
         .positionals = {server, volume},
         .run = remove},
    };
}

CliResult<Volume> ServerVolumeCommands::settled(CliContext &ctx, const QString &volume,
                                                const QString &failure)
{
    auto shown = ctx.engine().volumes().show(ctx.request(), volume);
    if (!shown)
        return CliError::fromEngine(shown.error());
    return VolumeWait::volume(ctx, *shown, failure);
}

CliResult<void> ServerVolumeCommands::add(CliContext &ctx, const ParsedArgs &args)
{
    const QString server = args.positionals.at(0);
    const QString volume = args.positionals.at(1);
    VolumeWait::forHosts(ctx);
    auto task =
        ctx.engine().volumes().attach(ctx.request(), volume, server, args.value(QStringLiteral("device")));
    if (auto done = VolumeWait::task(ctx, task, tr("Attaching")); !done)
        return done.error();
    auto attached = settled(ctx, volume, tr("Error attaching volume %1: %2"));
    if (!attached)
        return attached.error();
    if (!attached->attachment)
        return CliError{ExitUserError,
                        tr("Volume %1 is %2, not attached to %3")
                            .arg(attached->label(), volumeStatusName(attached->status), server),
                        {}};
    const VolumeAttachment &a = *attached->attachment;
    ctx.printOne(columns(),
                 {attached->id, a.instanceId, attached->id, a.device, attached->deleteOnTermination});
    return {};
}

CliResult<void> ServerVolumeCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    const QString volume = args.positionals.at(1);
    VolumeWait::forHosts(ctx);
    auto task = ctx.engine().volumes().detach(ctx.request(), volume, args.positionals.at(0));
    if (auto done = VolumeWait::task(ctx, task, tr("Detaching")); !done)
        return done.error();
    if (auto detached = settled(ctx, volume, tr("Error detaching volume %1: %2")); !detached)
        return detached.error();
    return {};
}

} // namespace

QList<CommandSpec> serverVolumeCommands()
{
    return ServerVolumeCommands::all();
}

} // namespace sd::cli
