// stackctl volume create|list|show|set|unset|delete

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

class VolumeCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeCommands)

public:
    static QList<CommandSpec> all();

private:
    static PositionalSpec volumeArgument(bool many = false)
    {
        return IdentityOptions::argument(QStringLiteral("VOLUME"), tr("volume name or ID"), many);
    }
    static OptionSpec sizeOption(const QString &help);
    static QStringList retypePolicies();
    static QString statusNames();

    static CliResult<void> checkCreate(const ParsedArgs &args);
    static CliResult<void> checkList(const ParsedArgs &args);
    static CliResult<void> checkSet(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unset(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);

    // Waits for the task a change started and for the volume to settle; exit 1 with the fault when the
    // volume ended in error.
    static CliResult<void> finish(CliContext &ctx, const QString &volumeId, const Result<QString> &task,
                                  const QString &label, const QString &failure);
};

OptionSpec VolumeCommands::sizeOption(const QString &help)
{
    return {.names = {QStringLiteral("--size")},
            .valueName = QStringLiteral("GB"),
            .help = help,
            .kind = ValueKind::Integer};
}

QStringList VolumeCommands::retypePolicies()
{
    return {QStringLiteral("never"), QStringLiteral("on-demand")};
}

QString VolumeCommands::statusNames()
{
    QStringList names;
    for (VolumeStatus status : allVolumeStatuses())
        names.append(volumeStatusName(status));
    return names.join(QStringLiteral(", "));
}

QList<CommandSpec> VolumeCommands::all()
{
    const QString volume = QStringLiteral("volume");
    const auto text = [](const char *name, const char *valueName, const QString &help) {
        return OptionSpec{.names = {QStringLiteral("--") + QLatin1String(name)},
                          .valueName = QLatin1String(valueName),
                          .help = help};
    };
    return {
        {.words = {volume, QStringLiteral("create")},
         .summary =
             tr("Create a volume, empty or from an image, a snapshot or another volume, and wait until "
                "it is available"),
         .options =
             QList<OptionSpec>{
                 sizeOption(tr("size in GB (default: the source's size; required for an "
                               "empty volume)")),
                 text("type", "TYPE", tr("volume type name or ID (default: standard)")),
                 text("image", "IMAGE", tr("copy this image's data into it")),
                 text("snapshot", "SNAPSHOT", tr("copy this volume snapshot")),
                 text("source", "VOLUME", tr("copy this volume")),
                 text("availability-zone", "ZONE", tr("place it on a host of this zone (default: any)")),
                 VolumeOptions::description(tr("what the volume holds")),
                 VolumeOptions::property(QStringLiteral("KEY=VALUE"), tr("a property to set (repeatable)"))} +
             VolumeOptions::bootable(),
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new volume"))},
         .columns = VolumeColumns::show(),
         .run = create,
         .check = checkCreate},
        {.words = {volume, QStringLiteral("list")},
         .summary = tr("List your project's volumes"),
         .options = {VolumeOptions::allProjects(tr("every project's volumes (administrators only)")),
                     text("project", "PROJECT", tr("only this project's volumes (administrators only)")),
                     text("status", "STATUS", tr("only volumes in this status: %1").arg(statusNames())),
                     text("name", "NAME", tr("only volumes whose name contains this")),
                     VolumeOptions::longList(tr("also show type, bootable, host, zone and properties"))},
         .columns = VolumeColumns::list(true),
         .run = list,
         .check = checkList},
        {.words = {volume, QStringLiteral("show")},
         .summary = tr("Show one volume"),
         .positionals = {volumeArgument()},
         .columns = VolumeColumns::show(),
         .run = show},
        {.words = {volume, QStringLiteral("set")},
         .summary = tr("Rename, describe, extend, retype or mark a volume bootable, or set its properties"),
         .options = QList<OptionSpec>{text("name", "NAME", tr("new volume name")),
                                      VolumeOptions::description(tr("what the volume holds")),
                                      sizeOption(tr("extend it to this size in GB (larger than now; online "
                                                    "while attached where the host can)")),
                                      VolumeOptions::property(QStringLiteral("KEY=VALUE"),
                                                              tr("a property to add or change (repeatable)")),
                                      text("type", "TYPE", tr("move it to this volume type (retype)")),
                                      text("retype-policy", "POLICY",
                                           tr("never (refuse when the type's pool differs, the default) or "
                                              "on-demand (copy the data to the new pool)"))} +
                    VolumeOptions::bootable(),
         .positionals = {volumeArgument()},
         .run = set,
         .check = checkSet},
        {.words = {volume, QStringLiteral("unset")},
         .summary = tr("Remove properties from a volume"),
         .options = {VolumeOptions::property(QStringLiteral("KEY"), tr("a property to remove (repeatable)"))},
         .positionals = {volumeArgument()},
         .run = unset,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("volume unset"),
                                                    {QStringLiteral("property")});
             }},
        {.words = {volume, QStringLiteral("delete")},
         .summary = tr("Delete volumes; one in use or with snapshots is refused, the others still go"),
         .positionals = {volumeArgument(true)},
         .run = remove},
    };
}

CliResult<void> VolumeCommands::checkCreate(const ParsedArgs &args)
{
    if (auto r = VolumeOptions::checkOneOf(
            args, {QStringLiteral("image"), QStringLiteral("snapshot"), QStringLiteral("source")});
        !r)
        return r;
    if (auto r =
            IdentityOptions::checkExclusive(args, QStringLiteral("bootable"), QStringLiteral("non-bootable"));
        !r)
        return r;
    if (auto p = VolumeOptions::pairs(args, QStringLiteral("property")); !p)
        return p.error();
    const bool hasSource = args.isSet(QStringLiteral("image")) || args.isSet(QStringLiteral("snapshot")) ||
                           args.isSet(QStringLiteral("source"));
    if (!hasSource && !args.isSet(QStringLiteral("size")))
        return CliError::usage(tr("volume create: give --size for an empty volume, or a source to copy "
                                  "(--image, --snapshot or --source)"));
    return {};
}

CliResult<void> VolumeCommands::checkList(const ParsedArgs &args)
{
    const QString status = args.value(QStringLiteral("status"));
    if (args.isSet(QStringLiteral("status")) && !volumeStatusFromName(status))
        return CliError::usage(tr("--status %1: not one of %2").arg(status, statusNames()));
    return {};
}

CliResult<void> VolumeCommands::checkSet(const ParsedArgs &args)
{
    // A misplaced --retype-policy is named before "nothing to change": it is what the user got wrong.
    if (args.isSet(QStringLiteral("retype-policy"))) {
        const QString policy = args.value(QStringLiteral("retype-policy"));
        if (!retypePolicies().contains(policy))
            return CliError::usage(tr("--retype-policy %1: not one of %2")
                                       .arg(policy, retypePolicies().join(QStringLiteral(", "))));
        if (!args.isSet(QStringLiteral("type")))
            return CliError::usage(tr("--retype-policy goes with --type, the type to move the volume to"));
    }
    if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("volume set"),
                                             {QStringLiteral("name"), QStringLiteral("description"),
                                              QStringLiteral("size"), QStringLiteral("bootable"),
                                              QStringLiteral("non-bootable"), QStringLiteral("property"),
                                              QStringLiteral("type")});
        !r)
        return r;
    if (auto r =
            IdentityOptions::checkExclusive(args, QStringLiteral("bootable"), QStringLiteral("non-bootable"));
        !r)
        return r;
    if (auto p = VolumeOptions::pairs(args, QStringLiteral("property")); !p)
        return p.error();
    return {};
}

CliResult<void> VolumeCommands::finish(CliContext &ctx, const QString &volumeId, const Result<QString> &task,
                                       const QString &label, const QString &failure)
{
    if (auto done = VolumeWait::task(ctx, task, label); !done)
        return done.error();
    auto volume = ctx.engine().volumes().show(ctx.request(), volumeId);
    if (!volume)
        return CliError::fromEngine(volume.error());
    if (auto settled = VolumeWait::volume(ctx, *volume, failure); !settled)
        return settled.error();
    return {};
}

CliResult<void> VolumeCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    // checkCreate has vetted every option, so the results below are values.
    VolumeSpec spec;
    spec.name = args.positionals.at(0);
    spec.description = args.value(QStringLiteral("description"));
    spec.sizeGb = args.integer(QStringLiteral("size"))->value_or(0);
    spec.type = args.value(QStringLiteral("type"));
    spec.image = args.value(QStringLiteral("image"));
    spec.snapshot = args.value(QStringLiteral("snapshot"));
    spec.sourceVolume = args.value(QStringLiteral("source"));
    spec.bootable = VolumeOptions::isBootable(args);
    spec.availabilityZone = args.value(QStringLiteral("availability-zone"));
    spec.metadata = *VolumeOptions::pairs(args, QStringLiteral("property"));
    // The spec's 0 means "the source's size"; a --size 0 the user typed is refused like any bad size.
    if (args.isSet(QStringLiteral("size")))
        if (auto valid = VolumeService::validateSize(spec.sizeGb, tr("Size")); !valid)
            return CliError::fromEngine(valid.error());
    // The volume is placed on a host that is up: let them answer first.
    VolumeWait::forHosts(ctx);
    auto created = ctx.engine().volumes().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    auto settled = VolumeWait::volume(ctx, *created, tr("Error creating volume %1: %2"));
    if (!settled)
        return settled.error();
    const QList<Column> columns = VolumeColumns::show();
    ctx.printOne(columns, VolumeColumns::row(columns, *settled));
    return {};
}

CliResult<void> VolumeCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    VolumeListFilter filter;
    filter.allProjects = args.isSet(QStringLiteral("all-projects"));
    filter.project = args.value(QStringLiteral("project"));
    filter.status = args.value(QStringLiteral("status"));
    filter.name = args.value(QStringLiteral("name"));
    auto volumes = ctx.engine().volumes().list(ctx.request(), filter);
    if (!volumes)
        return CliError::fromEngine(volumes.error());
    const QList<Column> columns = VolumeColumns::list(args.isSet(QStringLiteral("long")));
    QList<Row> rows;
    for (const Volume &volume : *volumes)
        rows.append(VolumeColumns::row(columns, volume));
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> VolumeCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto volume = ctx.engine().volumes().show(ctx.request(), args.positionals.at(0));
    if (!volume)
        return CliError::fromEngine(volume.error());
    const QList<Column> columns = VolumeColumns::show();
    ctx.printOne(columns, VolumeColumns::row(columns, *volume));
    return {};
}

CliResult<void> VolumeCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    VolumeService &volumes = ctx.engine().volumes();
    auto volume = volumes.show(ctx.request(), args.positionals.at(0));
    if (!volume)
        return CliError::fromEngine(volume.error());
    // By id from here on: the edit may rename it.
    const QString id = volume->id;
    VolumeUpdate change;
    if (args.isSet(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        change.description = args.value(QStringLiteral("description"));
    change.bootable = VolumeOptions::isBootable(args);
    change.setMetadata = *VolumeOptions::pairs(args, QStringLiteral("property"));
    if (change.name || change.description || change.bootable || !change.setMetadata.isEmpty())
        if (auto r = volumes.update(ctx.request(), id, change); !r)
            return CliError::fromEngine(r.error());

    if (args.isSet(QStringLiteral("size")) || args.isSet(QStringLiteral("type")))
        VolumeWait::forHosts(ctx);
    if (args.isSet(QStringLiteral("size"))) {
        const qint64 size = **args.integer(QStringLiteral("size"));
        if (auto r = finish(ctx, id, volumes.extend(ctx.request(), id, size), tr("Extending"),
                            tr("Error extending volume %1: %2"));
            !r)
            return r;
    }
    if (args.isSet(QStringLiteral("type"))) {
        const bool onDemand = args.value(QStringLiteral("retype-policy")) == QLatin1String("on-demand");
        if (auto r = finish(ctx, id,
                            volumes.retype(ctx.request(), id, args.value(QStringLiteral("type")), onDemand),
                            tr("Retyping"), tr("Error retyping volume %1: %2"));
            !r)
            return r;
    }
    return {};
}

CliResult<void> VolumeCommands::unset(CliContext &ctx, const ParsedArgs &args)
{
    VolumeUpdate change;
    change.unsetMetadata = args.values(QStringLiteral("property"));
    if (auto r = ctx.engine().volumes().update(ctx.request(), args.positionals.at(0), change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> VolumeCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    VolumeWait::forHosts(ctx);
    return deleteEach(ctx, args.positionals, tr("Failed to delete volume with name or ID '%1': %2"),
                      tr("%1 of %2 volumes failed to delete."), [&ctx](const QString &volume) {
                          return VolumeWait::quietly(ctx,
                                                     ctx.engine().volumes().remove(ctx.request(), volume));
                      });
}

} // namespace

QList<CommandSpec> volumeCommands()
{
    return VolumeCommands::all();
}

} // namespace sd::cli
