// stackctl volume transfer request create|accept|list|delete: giving a volume to another project. The
// auth key is shown once, by create; the engine keeps only its hash.

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "volumecolumns.h"
#include "volumeoptions.h"

#include "engine.h"
#include "volume/volumeservice.h"

namespace sd::cli {

namespace {

class VolumeTransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeTransferCommands)

public:
    static QList<CommandSpec> all();

private:
    // `created`: the answer to create, the only one with the auth key.
    static QList<Column> columns(bool created = false);
    static Row row(const VolumeTransfer &transfer, bool created = false);
    static PositionalSpec transferArgument(bool many = false)
    {
        return IdentityOptions::argument(QStringLiteral("TRANSFER"), tr("volume transfer name or ID"), many);
    }

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> accept(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> VolumeTransferCommands::columns(bool created)
{
    // `openstack volume transfer request list|create`.
    QList<Column> list = {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("volume_id"), tr("Volume ID"), tr("Volume")},
        {QStringLiteral("volume_name"), tr("Volume Name"), {}, false},
        {QStringLiteral("project_id"), tr("Project ID"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
    };
    if (created)
        list.insert(1, {QStringLiteral("auth_key"), tr("Auth Key")});
    return list;
}

Row VolumeTransferCommands::row(const VolumeTransfer &t, bool created)
{
    Row row{t.id,        t.name.isEmpty() ? QVariant() : QVariant(t.name),
            t.volumeId,  t.volumeName.isEmpty() ? QVariant() : QVariant(t.volumeName),
            t.projectId, t.createdAt.isValid() ? QVariant(t.createdAt) : QVariant()};
    if (created)
        row.insert(1, t.authKey);
    return row;
}

QList<CommandSpec> VolumeTransferCommands::all()
{
    const QStringList words{QStringLiteral("volume"), QStringLiteral("transfer"), QStringLiteral("request")};
    return {
        {.words = words + QStringList{QStringLiteral("create")},
         .summary = tr("Offer a volume to another project: prints the transfer's ID and auth key, once"),
         .options = {{.names = {QStringLiteral("--name")},
                      .valueName = QStringLiteral("NAME"),
                      .help = tr("name of the transfer request")}},
         .positionals = {IdentityOptions::argument(QStringLiteral("VOLUME"),
                                                   tr("the available volume to give (name or ID)"))},
         .columns = columns(true),
         .run = create},
        {.words = words + QStringList{QStringLiteral("accept")},
         .summary = tr("Take a volume offered to your project; prints the volume, now yours"),
         .options = {{.names = {QStringLiteral("--auth-key")},
                      .valueName = QStringLiteral("KEY"),
                      .help = tr("the auth key `volume transfer request create` printed"),
                      .required = true}},
         .positionals = {IdentityOptions::argument(QStringLiteral("TRANSFER_ID"), tr("the transfer's ID"))},
         .columns = VolumeColumns::show(),
         .run = accept},
        {.words = words + QStringList{QStringLiteral("list")},
         .summary = tr("List your project's open volume transfers"),
         .options = {VolumeOptions::allProjects(tr("every project's transfers (administrators only)"))},
         .columns = columns(),
         .run = list},
        {.words = words + QStringList{QStringLiteral("delete")},
         .summary = tr("Withdraw volume transfers; their volumes become available again"),
         .positionals = {transferArgument(true)},
         .run = remove},
    };
}

CliResult<void> VolumeTransferCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto transfer = ctx.engine().volumes().createTransfer(ctx.request(), args.positionals.at(0),
                                                          args.value(QStringLiteral("name")));
    if (!transfer)
        return CliError::fromEngine(transfer.error());
    ctx.printOne(columns(true), row(*transfer, true));
    return {};
}

CliResult<void> VolumeTransferCommands::accept(CliContext &ctx, const ParsedArgs &args)
{
    auto volume = ctx.engine().volumes().acceptTransfer(ctx.request(), args.positionals.at(0),
                                                        args.value(QStringLiteral("auth-key")));
    if (!volume)
        return CliError::fromEngine(volume.error());
    const QList<Column> columns = VolumeColumns::show();
    ctx.printOne(columns, VolumeColumns::row(columns, *volume));
    return {};
}

CliResult<void> VolumeTransferCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto transfers =
        ctx.engine().volumes().listTransfers(ctx.request(), args.isSet(QStringLiteral("all-projects")));
    if (!transfers)
        return CliError::fromEngine(transfers.error());
    QList<Row> rows;
    for (const VolumeTransfer &transfer : *transfers)
        rows.append(row(transfer));
    ctx.printList(columns(), rows);
    return {};
}

CliResult<void> VolumeTransferCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete volume transfer with name or ID '%1': %2"),
                      tr("%1 of %2 volume transfers failed to delete."), [&ctx](const QString &transfer) {
                          return ctx.engine().volumes().removeTransfer(ctx.request(), transfer);
                      });
}

} // namespace

QList<CommandSpec> volumeTransferCommands()
{
    return VolumeTransferCommands::all();
}

} // namespace sd::cli
