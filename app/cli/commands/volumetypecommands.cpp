// stackctl volume type create|list|show|set|unset|delete: the storage backends (a libvirt pool of the
// type's kind on every host), their extra specs and access.

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "volumeoptions.h"
#include "volumewait.h"

#include "engine.h"
#include "volume/volumestorage.h"
#include "volume/volumetypeservice.h"

namespace sd::cli {

namespace {

class VolumeTypeCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeTypeCommands)

public:
    static QList<CommandSpec> all();

private:
    // `longList`: the extra columns of `volume type list --long` join the list table.
    static QList<Column> columns(bool longList = false);
    static Row row(const VolumeType &type);
    static PositionalSpec typeArgument(bool many = false)
    {
        return IdentityOptions::argument(QStringLiteral("TYPE"), tr("volume type name or ID"), many);
    }
    // "dir: path; logical: source_device, source_name ...", from the engine's own table of pool options.
    static QString poolOptionHelp();
    static QList<OptionSpec> visibility();

    static CliResult<void> checkCreate(const ParsedArgs &args);
    static CliResult<void> checkSet(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unset(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);

    static CliResult<void> printType(CliContext &ctx, const QString &nameOrId);
};

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QList<Column> VolumeTypeCommands::columns(bool longList)
{
    // `openstack volume type list [--long]`, with the pool behind each type; show, json and yaml show
    // everything.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("pool_type"), tr("Pool Type")},
        {QStringLiteral("is_public"), tr("Is Public")},
        {QStringLiteral("description"), tr("Description"), {}, longList},
        {QStringLiteral("pool_options"), tr("Pool Options"), {}, longList},
        {QStringLiteral("properties"), tr("Properties"), {}, longList},
        {QStringLiteral("pool_name"), tr("Pool Name"), {}, false},
        {QStringLiteral("shared"), tr("Shared"), {}, false},
        {QStringLiteral("access_project_ids"), tr("Access Project IDs"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
    };
}

Row VolumeTypeCommands::row(const VolumeType &t)
{
    return {t.id,
            t.name,
            poolTypeName(t.poolType),
            t.isPublic,
            t.description.isEmpty() ? QVariant() : QVariant(t.description),
            toVariantMap(t.poolOptions),
            toVariantMap(t.extraSpecs),
            t.poolName(),
            t.shared(),
            t.projectIds,
            t.createdAt.isValid() ? QVariant(t.createdAt) : QVariant()};
}

QString VolumeTypeCommands::poolOptionHelp()
{
    QStringList kinds;
    for (const QString &name : poolTypeNames()) {
        QStringList keys;
        for (const VolumeStorage::PoolOption &option : VolumeStorage::poolOptions(*poolTypeFromName(name)))
            keys.append(option.required ? QLatin1String(option.key)
                                        : QLatin1Char('[') + QLatin1String(option.key) + QLatin1Char(']'));
        kinds.append(QStringLiteral("%1: %2").arg(name, keys.join(QStringLiteral(", "))));
    }
    return tr("a field of the pool's XML as KEY=VALUE (repeatable); by pool type, %1")
        .arg(kinds.join(QStringLiteral("; ")));
}

QList<OptionSpec> VolumeTypeCommands::visibility()
{
    return {
        {.names = {QStringLiteral("--public")}, .help = tr("every project may use it (the default)")},
        {.names = {QStringLiteral("--private")},
         .help = tr("only projects given access with `volume type set --project` may use it")},
    };
}

QList<CommandSpec> VolumeTypeCommands::all()
{
    const QStringList words{QStringLiteral("volume"), QStringLiteral("type")};
    const OptionSpec project{.names = {QStringLiteral("--project")},
                             .valueName = QStringLiteral("PROJECT"),
                             .help = tr("give this project access to the private type (name or ID)")};
    return {
        {.words = words + QStringList{QStringLiteral("create")},
         .summary =
             tr("Create a volume type: a storage pool of its kind on every host (administrators only)"),
         .options = QList<OptionSpec>{{.names = {QStringLiteral("--pool-type")},
                                       .valueName = QStringLiteral("TYPE"),
                                       .help = tr("the libvirt pool behind it: %1")
                                                   .arg(poolTypeNames().join(QStringLiteral(", "))),
                                       .required = true},
                                      {.names = {QStringLiteral("--pool-option")},
                                       .valueName = QStringLiteral("KEY=VALUE"),
                                       .help = poolOptionHelp(),
                                       .repeatable = true},
                                      VolumeOptions::property(QStringLiteral("KEY=VALUE"),
                                                              tr("an extra spec to set (repeatable)")),
                                      VolumeOptions::description(tr("what the type is for"))} +
                    visibility(),
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"),
                                                   tr("name of the new volume type"))},
         .columns = columns(),
         .run = create,
         .check = checkCreate},
        {.words = words + QStringList{QStringLiteral("list")},
         .summary = tr("List the volume types you may use"),
         .options = {VolumeOptions::longList(tr("also show description, pool options and properties"))},
         .columns = columns(true),
         .run = list},
        {.words = words + QStringList{QStringLiteral("show")},
         .summary = tr("Show one volume type and its pool"),
         .positionals = {typeArgument()},
         .columns = columns(),
         .run = show},
        {.words = words + QStringList{QStringLiteral("set")},
         .summary = tr("Change a volume type's description, access or properties (administrators only)"),
         .options =
             QList<OptionSpec>{VolumeOptions::description(tr("what the type is for")),
                               VolumeOptions::property(QStringLiteral("KEY=VALUE"),
                                                       tr("an extra spec to add or change (repeatable)")),
                               project} +
             visibility(),
         .positionals = {typeArgument()},
         .run = set,
         .check = checkSet},
        {.words = words + QStringList{QStringLiteral("unset")},
         .summary = tr("Remove properties from a volume type, or a project's access to a private one"),
         .options = {VolumeOptions::property(QStringLiteral("KEY"),
                                             tr("an extra spec to remove (repeatable)")),
                     {.names = {QStringLiteral("--project")},
                      .valueName = QStringLiteral("PROJECT"),
                      .help = tr("take this project's access to the private type away (name or ID)")}},
         .positionals = {typeArgument()},
         .run = unset,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("volume type unset"),
                                                    {QStringLiteral("property"), QStringLiteral("project")});
             }},
        {.words = words + QStringList{QStringLiteral("delete")},
         .summary = tr("Delete volume types no volume uses; their pools leave the hosts"),
         .positionals = {typeArgument(true)},
         .run = remove},
    };
}

CliResult<void> VolumeTypeCommands::checkCreate(const ParsedArgs &args)
{
    const QString poolType = args.value(QStringLiteral("pool-type"));
    if (!poolTypeFromName(poolType))
        return CliError::usage(
            tr("--pool-type %1: not one of %2").arg(poolType, poolTypeNames().join(QStringLiteral(", "))));
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("public"), QStringLiteral("private"));
        !r)
        return r;
    for (const char *key : {"pool-option", "property"})
        if (auto p = VolumeOptions::pairs(args, QLatin1String(key)); !p)
            return p.error();
    return {};
}

CliResult<void> VolumeTypeCommands::checkSet(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("volume type set"),
                                             {QStringLiteral("description"), QStringLiteral("public"),
                                              QStringLiteral("private"), QStringLiteral("property"),
                                              QStringLiteral("project")});
        !r)
        return r;
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("public"), QStringLiteral("private"));
        !r)
        return r;
    if (auto p = VolumeOptions::pairs(args, QStringLiteral("property")); !p)
        return p.error();
    return {};
}

CliResult<void> VolumeTypeCommands::printType(CliContext &ctx, const QString &nameOrId)
{
    auto type = ctx.engine().volumeTypes().show(ctx.request(), nameOrId);
    if (!type)
        return CliError::fromEngine(type.error());
    ctx.printOne(columns(), row(*type));
    return {};
}

CliResult<void> VolumeTypeCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    // checkCreate has vetted every option, so the results below are values.
    VolumeTypeSpec spec;
    spec.name = args.positionals.at(0);
    spec.description = args.value(QStringLiteral("description"));
    spec.poolType = *poolTypeFromName(args.value(QStringLiteral("pool-type")));
    spec.poolOptions = *VolumeOptions::pairs(args, QStringLiteral("pool-option"));
    spec.extraSpecs = *VolumeOptions::pairs(args, QStringLiteral("property"));
    spec.isPublic = !args.isSet(QStringLiteral("private"));
    // The pool is prepared on the hosts that are up: let them answer first.
    VolumeWait::forHosts(ctx);
    if (auto prepared = VolumeWait::task(ctx, ctx.engine().volumeTypes().create(ctx.request(), spec),
                                         tr("Preparing pools"));
        !prepared)
        return prepared.error();
    return printType(ctx, spec.name);
}

CliResult<void> VolumeTypeCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto types = ctx.engine().volumeTypes().list(ctx.request());
    if (!types)
        return CliError::fromEngine(types.error());
    QList<Row> rows;
    for (const VolumeType &type : *types)
        rows.append(row(type));
    ctx.printList(columns(args.isSet(QStringLiteral("long"))), rows);
    return {};
}

CliResult<void> VolumeTypeCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    return printType(ctx, args.positionals.at(0));
}

CliResult<void> VolumeTypeCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    VolumeTypeService &types = ctx.engine().volumeTypes();
    QString target = args.positionals.at(0);
    VolumeTypeUpdate change;
    if (args.isSet(QStringLiteral("description")))
        change.description = args.value(QStringLiteral("description"));
    if (args.isSet(QStringLiteral("public")) || args.isSet(QStringLiteral("private")))
        change.isPublic = args.isSet(QStringLiteral("public"));
    change.setExtraSpecs = *VolumeOptions::pairs(args, QStringLiteral("property"));
    if (change.description || change.isPublic || !change.setExtraSpecs.isEmpty()) {
        auto updated = types.update(ctx.request(), target, change);
        if (!updated)
            return CliError::fromEngine(updated.error());
        target = updated->id;
    }
    if (args.isSet(QStringLiteral("project")))
        if (auto r = types.addAccess(ctx.request(), target, args.value(QStringLiteral("project"))); !r)
            return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> VolumeTypeCommands::unset(CliContext &ctx, const ParsedArgs &args)
{
    VolumeTypeService &types = ctx.engine().volumeTypes();
    const QString target = args.positionals.at(0);
    VolumeTypeUpdate change;
    change.unsetExtraSpecs = args.values(QStringLiteral("property"));
    if (!change.unsetExtraSpecs.isEmpty())
        if (auto r = types.update(ctx.request(), target, change); !r)
            return CliError::fromEngine(r.error());
    if (args.isSet(QStringLiteral("project")))
        if (auto r = types.removeAccess(ctx.request(), target, args.value(QStringLiteral("project"))); !r)
            return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> VolumeTypeCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    VolumeWait::forHosts(ctx);
    return deleteEach(ctx, args.positionals, tr("Failed to delete volume type with name or ID '%1': %2"),
                      tr("%1 of %2 volume types failed to delete."), [&ctx](const QString &type) {
                          return VolumeWait::quietly(ctx,
                                                     ctx.engine().volumeTypes().remove(ctx.request(), type));
                      });
}

} // namespace

QList<CommandSpec> volumeTypeCommands()
{
    return VolumeTypeCommands::all();
}

} // namespace sd::cli
