// stackctl volume snapshot create|list|show|set|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "volumeoptions.h"
#include "volumewait.h"

#include "engine.h"
#include "volume/volumeservice.h"

namespace sd::cli {

namespace {

class VolumeSnapshotCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeSnapshotCommands)

public:
    static QList<CommandSpec> all();

private:
    // `longList`: the extra columns of `volume snapshot list --long` join the list table.
    static QList<Column> columns(bool longList = false);
    static Row row(const VolumeSnapshot &snapshot);
    static PositionalSpec snapshotArgument(bool many = false)
    {
        return IdentityOptions::argument(QStringLiteral("SNAPSHOT"), tr("volume snapshot name or ID"), many);
    }

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> VolumeSnapshotCommands::columns(bool longList)
{
    // `openstack volume snapshot list [--long]`; show, json and yaml show everything.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("size"), tr("Size")},
        {QStringLiteral("created_at"), tr("Created At"), {}, longList},
        {QStringLiteral("volume"), tr("Volume"), {}, longList},
        {QStringLiteral("properties"), tr("Properties"), {}, longList},
        {QStringLiteral("volume_id"), tr("Volume ID"), {}, false},
        {QStringLiteral("project_id"), tr("Project ID"), {}, false},
        {QStringLiteral("project_name"), tr("Project Name"), {}, false},
        {QStringLiteral("fault"), tr("Fault"), {}, false},
    };
}

Row VolumeSnapshotCommands::row(const VolumeSnapshot &s)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    QVariantMap properties;
    for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
        properties.insert(it.key(), it.value());
    return {s.id,
            s.name,
            orNull(s.description),
            copyStatusName(s.status),
            s.sizeGb,
            s.createdAt.isValid() ? QVariant(s.createdAt) : QVariant(),
            orNull(s.volumeName.isEmpty() ? s.volumeId : s.volumeName),
            properties,
            orNull(s.volumeId),
            s.projectId,
            orNull(s.projectName),
            orNull(s.fault)};
}

QList<CommandSpec> VolumeSnapshotCommands::all()
{
    const QStringList words{QStringLiteral("volume"), QStringLiteral("snapshot")};
    const OptionSpec name{.names = {QStringLiteral("--name")},
                          .valueName = QStringLiteral("NAME"),
                          .help = tr("new snapshot name")};
    return {
        {.words = words + QStringList{QStringLiteral("create")},
         .summary = tr("Snapshot a volume: a copy in its pool that new volumes can be made from"),
         .options = {{.names = {QStringLiteral("--volume")},
                      .valueName = QStringLiteral("VOLUME"),
                      .help = tr("the volume to snapshot (name or ID)"),
                      .required = true},
                     {.names = {QStringLiteral("--force")},
                      .help = tr("snapshot a volume that is attached to an instance (the instance's writes "
                                 "in flight are not in it)")},
                     VolumeOptions::description(tr("what the snapshot is for"))},
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new snapshot"))},
         .columns = columns(),
         .run = create},
        {.words = words + QStringList{QStringLiteral("list")},
         .summary = tr("List your project's volume snapshots"),
         .options = {VolumeOptions::allProjects(tr("every project's snapshots (administrators only)")),
                     {.names = {QStringLiteral("--volume")},
                      .valueName = QStringLiteral("VOLUME"),
                      .help = tr("only the snapshots of this volume (name or ID)")},
                     VolumeOptions::longList(tr("also show when, of which volume, and properties"))},
         .columns = columns(true),
         .run = list},
        {.words = words + QStringList{QStringLiteral("show")},
         .summary = tr("Show one volume snapshot"),
         .positionals = {snapshotArgument()},
         .columns = columns(),
         .run = show},
        {.words = words + QStringList{QStringLiteral("set")},
         .summary = tr("Rename or describe a volume snapshot"),
         .options = {name, VolumeOptions::description(tr("what the snapshot is for"))},
         .positionals = {snapshotArgument()},
         .run = set,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("volume snapshot set"),
                                                    {QStringLiteral("name"), QStringLiteral("description")});
             }},
        {.words = words + QStringList{QStringLiteral("delete")},
         .summary = tr("Delete volume snapshots; volumes made from them keep their data"),
         .positionals = {snapshotArgument(true)},
         .run = remove},
    };
}

CliResult<void> VolumeSnapshotCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    VolumeWait::forHosts(ctx);
    auto created = ctx.engine().volumes().createSnapshot(
        ctx.request(), args.value(QStringLiteral("volume")), args.positionals.at(0),
        args.value(QStringLiteral("description")), args.isSet(QStringLiteral("force")));
    if (!created)
        return CliError::fromEngine(created.error());
    auto settled = VolumeWait::snapshot(ctx, *created, tr("Error creating volume snapshot %1: %2"));
    if (!settled)
        return settled.error();
    ctx.printOne(columns(), row(*settled));
    return {};
}

CliResult<void> VolumeSnapshotCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto snapshots = ctx.engine().volumes().listSnapshots(
        ctx.request(), args.isSet(QStringLiteral("all-projects")), args.value(QStringLiteral("volume")));
    if (!snapshots)
        return CliError::fromEngine(snapshots.error());
    QList<Row> rows;
    for (const VolumeSnapshot &snapshot : *snapshots)
        rows.append(row(snapshot));
    ctx.printList(columns(args.isSet(QStringLiteral("long"))), rows);
    return {};
}

CliResult<void> VolumeSnapshotCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto snapshot = ctx.engine().volumes().showSnapshot(ctx.request(), args.positionals.at(0));
    if (!snapshot)
        return CliError::fromEngine(snapshot.error());
    ctx.printOne(columns(), row(*snapshot));
    return {};
}

CliResult<void> VolumeSnapshotCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    std::optional<QString> name;
    std::optional<QString> description;
    if (args.isSet(QStringLiteral("name")))
        name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        description = args.value(QStringLiteral("description"));
    if (auto r =
            ctx.engine().volumes().updateSnapshot(ctx.request(), args.positionals.at(0), name, description);
        !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> VolumeSnapshotCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    VolumeWait::forHosts(ctx);
    return deleteEach(ctx, args.positionals, tr("Failed to delete volume snapshot with name or ID '%1': %2"),
                      tr("%1 of %2 volume snapshots failed to delete."), [&ctx](const QString &snapshot) {
                          return VolumeWait::quietly(
                              ctx, ctx.engine().volumes().removeSnapshot(ctx.request(), snapshot));
                      });
}

} // namespace

QList<CommandSpec> volumeSnapshotCommands()
{
    return VolumeSnapshotCommands::all();
}

} // namespace sd::cli
