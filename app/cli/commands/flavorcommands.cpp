// stackctl flavor create|list|show|set|unset|delete

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "compute/flavorservice.h"
#include "engine.h"

#include <limits>

namespace sd::cli {

namespace {

class FlavorCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::FlavorCommands)

public:
    static QList<CommandSpec> all();

private:
    // `longList`: the extra columns of `flavor list --long` join the list table.
    static QList<Column> columns(bool longList = false);
    static Row row(const Flavor &flavor);
    static OptionSpec integerOption(const QString &name, const QString &valueName, const QString &help);
    static OptionSpec propertyOption(const QString &valueName, const QString &help);
    static OptionSpec projectOption(const QString &help, bool repeatable);
    static OptionSpec description();

    // KEY=VALUE pairs from --property; exit 2 for one without '='.
    static CliResult<QMap<QString, QString>> properties(const ParsedArgs &args);
    static CliResult<void> checkCreate(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unset(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> FlavorCommands::columns(bool longList)
{
    // Like `openstack flavor list [--long]`; show, json and yaml show everything.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("ram"), tr("RAM")},
        {QStringLiteral("disk"), tr("Disk")},
        {QStringLiteral("ephemeral"), tr("Ephemeral")},
        {QStringLiteral("vcpus"), tr("VCPUs")},
        {QStringLiteral("is_public"), tr("Is Public")},
        {QStringLiteral("swap"), tr("Swap"), {}, longList},
        {QStringLiteral("properties"), tr("Properties"), {}, longList},
        {QStringLiteral("description"), tr("Description"), {}, longList},
        {QStringLiteral("access_project_ids"), tr("Access Project IDs"), {}, false},
    };
}

Row FlavorCommands::row(const Flavor &f)
{
    // A map: an object in json, a mapping in yaml, k='v', k2='v2' in tables (as the OpenStack client).
    QVariantMap props;
    for (auto it = f.extraSpecs.cbegin(); it != f.extraSpecs.cend(); ++it)
        props.insert(it.key(), it.value());
    return {f.id,
            f.name,
            f.ramMb,
            f.diskGb,
            f.ephemeralGb,
            qint64(f.vcpus),
            f.isPublic,
            f.swapMb,
            props,
            f.description,
            f.projectIds};
}

OptionSpec FlavorCommands::integerOption(const QString &name, const QString &valueName, const QString &help)
{
    return {.names = {QStringLiteral("--") + name},
            .valueName = valueName,
            .help = help,
            .kind = ValueKind::Integer};
}

OptionSpec FlavorCommands::propertyOption(const QString &valueName, const QString &help)
{
    return {.names = {QStringLiteral("--property")}, .valueName = valueName, .help = help, .repeatable = true};
}

OptionSpec FlavorCommands::projectOption(const QString &help, bool repeatable)
{
    return {.names = {QStringLiteral("--project")},
            .valueName = QStringLiteral("PROJECT"),
            .help = help,
            .repeatable = repeatable};
}

OptionSpec FlavorCommands::description()
{
    return {.names = {QStringLiteral("--description")},
            .valueName = QStringLiteral("DESCRIPTION"),
            .help = tr("what the flavor is for")};
}

QList<CommandSpec> FlavorCommands::all()
{
    const QString flavor = QStringLiteral("flavor");
    const PositionalSpec existing =
        IdentityOptions::argument(QStringLiteral("FLAVOR"), tr("flavor name or ID"));
    const QStringList setKeys{QStringLiteral("property"), QStringLiteral("project"),
                              QStringLiteral("description")};
    const QStringList unsetKeys{QStringLiteral("property"), QStringLiteral("project")};
    return {
        {.words = {flavor, QStringLiteral("create")},
         .summary = tr("Create a flavor (administrators only)"),
         .options =
             {
                 {.names = {QStringLiteral("--id")},
                  .valueName = QStringLiteral("ID"),
                  .help = tr("the flavor's ID (default: a new UUID)")},
                 integerOption(QStringLiteral("vcpus"), QStringLiteral("N"), tr("virtual CPUs (default 1)")),
                 integerOption(QStringLiteral("ram"), QStringLiteral("MB"),
                               tr("memory in MB (default 256; at least %1)").arg(FlavorService::kMinimumRamMb)),
                 integerOption(QStringLiteral("disk"), QStringLiteral("GB"), tr("root disk in GB (default 0)")),
                 integerOption(QStringLiteral("ephemeral"), QStringLiteral("GB"),
                               tr("ephemeral disk in GB (default 0)")),
                 integerOption(QStringLiteral("swap"), QStringLiteral("MB"), tr("swap in MB (default 0)")),
                 {.names = {QStringLiteral("--public")}, .help = tr("every project may use it (the default)")},
                 {.names = {QStringLiteral("--private")},
                  .help = tr("only the projects given with --project may use it")},
                 projectOption(tr("a project that may use the private flavor (repeatable)"), true),
                 propertyOption(QStringLiteral("KEY=VALUE"), tr("an extra spec to set (repeatable)")),
                 description(),
             },
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new flavor"))},
         .columns = columns(),
         .run = create,
         .check = checkCreate},
        {.words = {flavor, QStringLiteral("list")},
         .summary = tr("List the flavors you may use: public ones and private ones shared with your project"),
         .options = {{.names = {QStringLiteral("--long")},
                      .help = tr("also show swap, properties and description")}},
         .columns = columns(true),
         .run = list},
        {.words = {flavor, QStringLiteral("show")},
         .summary = tr("Show one flavor"),
         .positionals = {existing},
         .columns = columns(),
         .run = show},
        {.words = {flavor, QStringLiteral("set")},
         .summary = tr("Set a flavor's properties or description, or give a project access to a private one"),
         .options = {propertyOption(QStringLiteral("KEY=VALUE"), tr("an extra spec to set (repeatable)")),
                     projectOption(tr("a project to give access to the private flavor"), false),
                     description()},
         .positionals = {existing},
         .run = set,
         .check =
             [setKeys](const ParsedArgs &args) -> CliResult<void> {
                 if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("flavor set"), setKeys); !r)
                     return r;
                 if (auto p = properties(args); !p)
                     return p.error();
                 return {};
             }},
        {.words = {flavor, QStringLiteral("unset")},
         .summary = tr("Remove properties from a flavor, or a project's access to a private one"),
         .options = {propertyOption(QStringLiteral("KEY"), tr("an extra spec to remove (repeatable)")),
                     projectOption(tr("a project to take access to the private flavor from"), false)},
         .positionals = {existing},
         .run = unset,
         .check =
             [unsetKeys](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("flavor unset"), unsetKeys);
             }},
        {.words = {flavor, QStringLiteral("delete")},
         .summary = tr("Delete flavors; instances that use one keep their copy"),
         .positionals = {IdentityOptions::argument(QStringLiteral("FLAVOR"), tr("flavor name or ID"), true)},
         .run = remove},
    };
}

CliResult<QMap<QString, QString>> FlavorCommands::properties(const ParsedArgs &args)
{
    QMap<QString, QString> map;
    for (const QString &pair : args.values(QStringLiteral("property"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq < 0)
            return CliError::usage(tr("--property: '%1' is not KEY=VALUE").arg(pair));
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

CliResult<void> FlavorCommands::checkCreate(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("public"), QStringLiteral("private")); !r)
        return r;
    if (auto p = properties(args); !p)
        return p.error();
    if (auto v = args.integer(QStringLiteral("vcpus")); !v)
        return v.error();
    else if (v->has_value() && (**v < std::numeric_limits<int>::min() || **v > std::numeric_limits<int>::max()))
        return CliError::usage(tr("--vcpus: '%1' is out of range").arg(args.value(QStringLiteral("vcpus"))));
    for (const char *key : {"ram", "disk", "ephemeral", "swap"})
        if (auto v = args.integer(QLatin1String(key)); !v)
            return v.error();
    return {};
}

CliResult<void> FlavorCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto props = properties(args);
    if (!props)
        return props.error();
    FlavorSpec spec;
    spec.name = args.positionals.at(0);
    spec.id = args.value(QStringLiteral("id"));
    spec.description = args.value(QStringLiteral("description"));
    // checkCreate has vetted every number, so the results below are values.
    spec.vcpus = int(args.integer(QStringLiteral("vcpus"))->value_or(1));
    spec.ramMb = args.integer(QStringLiteral("ram"))->value_or(256);
    spec.diskGb = args.integer(QStringLiteral("disk"))->value_or(0);
    spec.ephemeralGb = args.integer(QStringLiteral("ephemeral"))->value_or(0);
    spec.swapMb = args.integer(QStringLiteral("swap"))->value_or(0);
    spec.isPublic = !args.isSet(QStringLiteral("private"));
    spec.extraSpecs = *props;
    spec.projects = args.values(QStringLiteral("project"));
    auto created = ctx.engine().flavors().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(columns(), row(*created));
    return {};
}

CliResult<void> FlavorCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto flavors = ctx.engine().flavors().list(ctx.request());
    if (!flavors)
        return CliError::fromEngine(flavors.error());
    QList<Row> rows;
    for (const Flavor &flavor : *flavors)
        rows.append(row(flavor));
    ctx.printList(columns(args.isSet(QStringLiteral("long"))), rows);
    return {};
}

CliResult<void> FlavorCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto flavor = ctx.engine().flavors().show(ctx.request(), args.positionals.at(0));
    if (!flavor)
        return CliError::fromEngine(flavor.error());
    ctx.printOne(columns(), row(*flavor));
    return {};
}

CliResult<void> FlavorCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    const QString flavor = args.positionals.at(0);
    FlavorService &flavors = ctx.engine().flavors();
    auto props = properties(args);
    if (!props)
        return props.error();
    if (args.isSet(QStringLiteral("description")))
        if (auto r = flavors.setDescription(ctx.request(), flavor, args.value(QStringLiteral("description")));
            !r)
            return CliError::fromEngine(r.error());
    if (!props->isEmpty())
        if (auto r = flavors.setExtraSpecs(ctx.request(), flavor, *props); !r)
            return CliError::fromEngine(r.error());
    if (args.isSet(QStringLiteral("project")))
        if (auto r = flavors.addProjectAccess(ctx.request(), flavor, args.value(QStringLiteral("project"))); !r)
            return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> FlavorCommands::unset(CliContext &ctx, const ParsedArgs &args)
{
    const QString flavor = args.positionals.at(0);
    FlavorService &flavors = ctx.engine().flavors();
    const QStringList keys = args.values(QStringLiteral("property"));
    if (!keys.isEmpty())
        if (auto r = flavors.unsetExtraSpecs(ctx.request(), flavor, keys); !r)
            return CliError::fromEngine(r.error());
    if (args.isSet(QStringLiteral("project")))
        if (auto r = flavors.removeProjectAccess(ctx.request(), flavor, args.value(QStringLiteral("project")));
            !r)
            return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> FlavorCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    // In the order given, stopping at the first refusal: what was deleted before it stays deleted.
    for (const QString &flavor : args.positionals)
        if (auto r = ctx.engine().flavors().remove(ctx.request(), flavor); !r)
            return CliError::fromEngine(r.error());
    return {};
}

} // namespace

QList<CommandSpec> flavorCommands()
{
    return FlavorCommands::all();
}

} // namespace sd::cli
