// stackctl volume backup create|list|show|restore|delete: copies of volumes in the data dir's backups
// folder, which outlive the volume and its host.

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "volumecolumns.h"
#include "volumeoptions.h"
#include "volumewait.h"

#include "engine.h"
#include "volume/volumeservice.h"

namespace sd::cli {

namespace {

class VolumeBackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeBackupCommands)

public:
    static QList<CommandSpec> all();

private:
    // `longList`: the extra columns of `volume backup list --long` join the list table.
    static QList<Column> columns(bool longList = false);
    static Row row(const VolumeBackup &backup);
    static PositionalSpec backupArgument(bool many = false)
    {
        return IdentityOptions::argument(QStringLiteral("BACKUP"), tr("volume backup name or ID"), many);
    }

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> restore(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> VolumeBackupCommands::columns(bool longList)
{
    // `openstack volume backup list [--long]`; show, json and yaml show everything.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("size"), tr("Size")},
        {QStringLiteral("volume"), tr("Volume"), {}, longList},
        {QStringLiteral("stored_bytes"), tr("Stored Bytes"), {}, longList},
        {QStringLiteral("created_at"), tr("Created At"), {}, longList},
        {QStringLiteral("volume_id"), tr("Volume ID"), {}, false},
        {QStringLiteral("format"), tr("Format"), {}, false},
        {QStringLiteral("project_id"), tr("Project ID"), {}, false},
        {QStringLiteral("project_name"), tr("Project Name"), {}, false},
        {QStringLiteral("fault"), tr("Fault"), {}, false},
    };
}

Row VolumeBackupCommands::row(const VolumeBackup &b)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    return {b.id,
            b.name,
            orNull(b.description),
            copyStatusName(b.status),
            b.sizeGb,
            orNull(b.volumeName.isEmpty() ? b.volumeId : b.volumeName),
            b.storedBytes,
            b.createdAt.isValid() ? QVariant(b.createdAt) : QVariant(),
            orNull(b.volumeId),
            orNull(b.format),
            b.projectId,
            orNull(b.projectName),
            orNull(b.fault)};
}

QList<CommandSpec> VolumeBackupCommands::all()
{
    const QStringList words{QStringLiteral("volume"), QStringLiteral("backup")};
    return {
        {.words = words + QStringList{QStringLiteral("create")},
         .summary = tr("Back a volume up into the data dir's backups folder"),
         .options = {{.names = {QStringLiteral("--volume")},
                      .valueName = QStringLiteral("VOLUME"),
                      .help = tr("the volume to back up (name or ID)"),
                      .required = true},
                     {.names = {QStringLiteral("--name")},
                      .valueName = QStringLiteral("NAME"),
                      .help = tr("name of the backup")},
                     VolumeOptions::description(tr("what the backup is for")),
                     {.names = {QStringLiteral("--force")},
                      .help = tr("back up a volume that is attached to an instance")}},
         .columns = columns(),
         .run = create},
        {.words = words + QStringList{QStringLiteral("list")},
         .summary = tr("List your project's volume backups"),
         .options = {VolumeOptions::allProjects(tr("every project's backups (administrators only)")),
                     VolumeOptions::longList(tr("also show the volume, the bytes stored and when"))},
         .columns = columns(true),
         .run = list},
        {.words = words + QStringList{QStringLiteral("show")},
         .summary = tr("Show one volume backup"),
         .positionals = {backupArgument()},
         .columns = columns(),
         .run = show},
        {.words = words + QStringList{QStringLiteral("restore")},
         .summary = tr("Restore a backup into an available volume at least as large, or into a new one"),
         .options = {{.names = {QStringLiteral("--name")},
                      .valueName = QStringLiteral("NAME"),
                      .help = tr("name of the new volume when no VOLUME is given (default: "
                                 "restore_backup_<backup id>)")}},
         .positionals = {backupArgument(),
                         {.name = QStringLiteral("VOLUME"),
                          .help = tr("the volume to overwrite (name or ID); default: a new volume"),
                          .optional = true}},
         .columns = VolumeColumns::show(),
         .run = restore,
         .check = [](const ParsedArgs &args) -> CliResult<void> {
             if (args.positionals.size() > 1 && args.isSet(QStringLiteral("name")))
                 return CliError::usage(
                     tr("--name names a new volume; it cannot go with VOLUME %1, which is overwritten")
                         .arg(args.positionals.at(1)));
             return {};
         }},
        {.words = words + QStringList{QStringLiteral("delete")},
         .summary = tr("Delete volume backups"),
         .positionals = {backupArgument(true)},
         .run = remove},
    };
}

CliResult<void> VolumeBackupCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    VolumeWait::forHosts(ctx);
    auto created = ctx.engine().volumes().createBackup(
        ctx.request(), args.value(QStringLiteral("volume")), args.value(QStringLiteral("name")),
        args.value(QStringLiteral("description")), args.isSet(QStringLiteral("force")));
    if (!created)
        return CliError::fromEngine(created.error());
    auto settled = VolumeWait::backup(ctx, *created, tr("Error backing up volume to backup %1: %2"));
    if (!settled)
        return settled.error();
    ctx.printOne(columns(), row(*settled));
    return {};
}

CliResult<void> VolumeBackupCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto backups =
        ctx.engine().volumes().listBackups(ctx.request(), args.isSet(QStringLiteral("all-projects")));
    if (!backups)
        return CliError::fromEngine(backups.error());
    QList<Row> rows;
    for (const VolumeBackup &backup : *backups)
        rows.append(row(backup));
    ctx.printList(columns(args.isSet(QStringLiteral("long"))), rows);
    return {};
}

CliResult<void> VolumeBackupCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto backup = ctx.engine().volumes().showBackup(ctx.request(), args.positionals.at(0));
    if (!backup)
        return CliError::fromEngine(backup.error());
    ctx.printOne(columns(), row(*backup));
    return {};
}

CliResult<void> VolumeBackupCommands::restore(CliContext &ctx, const ParsedArgs &args)
{
    VolumeWait::forHosts(ctx);
    const QString target = args.positionals.value(1);
    auto restoring = ctx.engine().volumes().restoreBackup(ctx.request(), args.positionals.at(0), target,
                                                          args.value(QStringLiteral("name")));
    if (!restoring)
        return CliError::fromEngine(restoring.error());
    auto settled = VolumeWait::volume(ctx, *restoring, tr("Error restoring into volume %1: %2"));
    if (!settled)
        return settled.error();
    const QList<Column> columns = VolumeColumns::show();
    ctx.printOne(columns, VolumeColumns::row(columns, *settled));
    return {};
}

CliResult<void> VolumeBackupCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete volume backup with name or ID '%1': %2"),
                      tr("%1 of %2 volume backups failed to delete."), [&ctx](const QString &backup) {
                          return VolumeWait::quietly(
                              ctx, ctx.engine().volumes().removeBackup(ctx.request(), backup));
                      });
}

} // namespace

QList<CommandSpec> volumeBackupCommands()
{
    return VolumeBackupCommands::all();
}

} // namespace sd::cli
