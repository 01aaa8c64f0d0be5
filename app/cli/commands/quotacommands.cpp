// stackctl quota show|set: a project's limits (-1 is unlimited, as in OpenStack) and the system defaults.

#include "commands.h"

#include "clicontext.h"

#include "engine.h"
#include "quota/quotaresources.h"
#include "quota/quotaservice.h"

namespace sd::cli {

namespace {

// One `quota set` option and the quota resource it sets.
struct LimitOption
{
    OptionSpec option;
    QString resource;
};

class QuotaCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::QuotaCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> columns();
    static QList<LimitOption> limitOptions();
    static QList<OptionSpec> options(const QList<LimitOption> &limits);
    static OptionSpec defaultOption(const QString &help)
    {
        return {.names = {QStringLiteral("--default")}, .help = help};
    }
    static PositionalSpec projectArgument(const QString &help)
    {
        return {.name = QStringLiteral("PROJECT"), .help = help, .optional = true};
    }

    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> checkSet(const ParsedArgs &args);
};

QList<Column> QuotaCommands::columns()
{
    return {
        {QStringLiteral("resource"), tr("Resource")},
        {QStringLiteral("limit"), tr("Limit")},
        {QStringLiteral("in_use"), tr("In Use")},
    };
}

QList<LimitOption> QuotaCommands::limitOptions()
{
    // The OpenStack client's option names: --key-pairs for key_pairs, but --secgroups for security_groups.
    const QHash<QString, QString> renamed{
        {QStringLiteral("security_groups"), QStringLiteral("secgroups")},
        {QStringLiteral("security_group_rules"), QStringLiteral("secgroup-rules")},
    };
    QList<LimitOption> list;
    for (const QuotaResource &r : quotaResources()) {
        const QString resource = QLatin1String(r.name);
        QString name = renamed.value(resource, resource);
        name.replace(QLatin1Char('_'), QLatin1Char('-'));
        const QString unit = QLatin1String(r.unit);
        OptionSpec option{.names = {QStringLiteral("--") + name},
                          .valueName = unit.isEmpty() ? QStringLiteral("N") : unit,
                          .help =
                              tr("limit of %1 (-1: unlimited; default %2)").arg(resource).arg(r.defaultLimit),
                          .kind = ValueKind::Integer};
        list.append({option, resource});
    }
    return list;
}

QList<OptionSpec> QuotaCommands::options(const QList<LimitOption> &limits)
{
    QList<OptionSpec> list;
    for (const LimitOption &limit : limits)
        list.append(limit.option);
    return list;
}

QList<CommandSpec> QuotaCommands::all()
{
    const QString quota = QStringLiteral("quota");
    return {
        {.words = {quota, QStringLiteral("show")},
         .summary = tr("Show a project's limits and what it uses"),
         .options = {defaultOption(tr("show the system defaults that projects without their own limit get"))},
         .positionals = {projectArgument(tr("project name or ID (default: the project you work in)"))},
         .columns = columns(),
         .run = show},
        {.words = {quota, QStringLiteral("set")},
         .summary = tr("Set a project's limits, or with --default the system defaults"),
         .options = QList<OptionSpec>{defaultOption(tr("set the system defaults instead of one project's"))} +
                    options(limitOptions()),
         .positionals = {projectArgument(tr("project name or ID"))},
         .run = set,
         .check = checkSet},
    };
}

CliResult<void> QuotaCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    // Defaults are the same for every project, so a PROJECT given with --default changes nothing.
    const bool defaults = args.isSet(QStringLiteral("default"));
    const QString project = args.positionals.isEmpty() ? ctx.request().projectName : args.positionals.at(0);
    auto lines = defaults ? ctx.engine().quotas().defaults(ctx.request())
                          : ctx.engine().quotas().show(ctx.request(), project);
    if (!lines)
        return CliError::fromEngine(lines.error());
    QList<Row> rows;
    for (const QuotaLine &line : *lines)
        rows.append({line.resource, line.limit, defaults ? QVariant() : QVariant(line.inUse)});
    ctx.printList(columns(), rows);
    return {};
}

CliResult<void> QuotaCommands::checkSet(const ParsedArgs &args)
{
    const bool defaults = args.isSet(QStringLiteral("default"));
    if (defaults && !args.positionals.isEmpty())
        return CliError::usage(tr("give PROJECT or --default, not both"));
    if (!defaults && args.positionals.isEmpty())
        return CliError::usage(tr("missing argument PROJECT (or --default for the system defaults)"));
    QStringList names;
    for (const LimitOption &limit : limitOptions()) {
        if (args.isSet(limit.option.key()))
            return {};
        names.append(limit.option.names.constLast());
    }
    return CliError::usage(
        tr("quota set: nothing to change; give at least one of %1").arg(names.join(QStringLiteral(", "))));
}

CliResult<void> QuotaCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    QHash<QString, qint64> limits;
    for (const LimitOption &limit : limitOptions())
        // The command line checked every number already, so this cannot fail here.
        if (const auto value = *args.integer(limit.option.key()))
            limits.insert(limit.resource, *value);
    if (args.isSet(QStringLiteral("default"))) {
        if (auto r = ctx.engine().quotas().setDefaults(ctx.request(), limits); !r)
            return CliError::fromEngine(r.error());
        return {};
    }
    auto below = ctx.engine().quotas().set(ctx.request(), args.positionals.at(0), limits);
    if (!below)
        return CliError::fromEngine(below.error());
    // Allowed, like Nova: the project keeps what it has, but new creates will be refused.
    for (const QString &warning : *below)
        ctx.err() << tr("Warning: %1").arg(warning) << '\n';
    return {};
}

} // namespace

QList<CommandSpec> quotaCommands()
{
    return QuotaCommands::all();
}

} // namespace sd::cli
