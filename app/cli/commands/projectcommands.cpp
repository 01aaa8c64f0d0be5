// stackctl project create|list|show|set|delete

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "engine.h"
#include "identity/projectservice.h"

namespace sd::cli {

namespace {

class ProjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ProjectCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> columns();
    static Row row(const Project &project);
    static OptionSpec description()
    {
        return {.names = {QStringLiteral("--description")},
                .valueName = QStringLiteral("DESCRIPTION"),
                .help = tr("what the project is for")};
    }

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> checkSet(const ParsedArgs &args);
};

QList<Column> ProjectCommands::columns()
{
    // Like `openstack project list`: the list shows ID and Name; show, json and yaml show everything.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description"), {}, false},
        {QStringLiteral("enabled"), tr("Enabled"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
    };
}

Row ProjectCommands::row(const Project &p)
{
    return {p.id, p.name, p.description, p.enabled,
            p.createdAt.isValid() ? QVariant(p.createdAt) : QVariant()};
}

QList<CommandSpec> ProjectCommands::all()
{
    const QString project = QStringLiteral("project");
    const PositionalSpec existing =
        IdentityOptions::argument(QStringLiteral("PROJECT"), tr("project name or ID"));
    const OptionSpec mine{.names = {QStringLiteral("--my-projects")},
                          .help = tr("only the projects you hold a role on (admins otherwise see all)")};
    const OptionSpec name{.names = {QStringLiteral("--name")},
                          .valueName = QStringLiteral("NAME"),
                          .help = tr("new project name")};
    return {
        {.words = {project, QStringLiteral("create")},
         .summary = tr("Create a project (a tenant with its own quota)"),
         .options = QList<OptionSpec>{description()} + IdentityOptions::enableDisable(),
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new project"))},
         .columns = columns(),
         .run = create,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkExclusive(args, QStringLiteral("enable"),
                                                        QStringLiteral("disable"));
             }},
        {.words = {project, QStringLiteral("list")},
         .summary = tr("List projects: all for admins, else those you hold a role on"),
         .options = {mine},
         .columns = columns(),
         .run = list},
        {.words = {project, QStringLiteral("show")},
         .summary = tr("Show one project"),
         .positionals = {existing},
         .columns = columns(),
         .run = show},
        {.words = {project, QStringLiteral("set")},
         .summary = tr("Rename a project, change its description, enable or disable it"),
         .options = QList<OptionSpec>{name, description()} + IdentityOptions::enableDisable(),
         .positionals = {existing},
         .run = set,
         .check = checkSet},
        {.words = {project, QStringLiteral("delete")},
         .summary = tr("Delete projects; refused while one owns resources or holds the last administrator"),
         .positionals = {IdentityOptions::argument(QStringLiteral("PROJECT"), tr("project name or ID"),
                                                   true)},
         .run = remove},
    };
}

CliResult<void> ProjectCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    ProjectSpec spec;
    spec.name = args.positionals.at(0);
    spec.description = args.value(QStringLiteral("description"));
    spec.enabled = IdentityOptions::enabled(args).value_or(true);
    auto created = ctx.engine().projects().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(columns(), row(*created));
    return {};
}

CliResult<void> ProjectCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto projects = args.isSet(QStringLiteral("my-projects")) ? ctx.engine().projects().mine(ctx.request())
                                                              : ctx.engine().projects().list(ctx.request());
    if (!projects)
        return CliError::fromEngine(projects.error());
    QList<Row> rows;
    for (const Project &project : *projects)
        rows.append(row(project));
    ctx.printList(columns(), rows);
    return {};
}

CliResult<void> ProjectCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto project = ctx.engine().projects().show(ctx.request(), args.positionals.at(0));
    if (!project)
        return CliError::fromEngine(project.error());
    ctx.printOne(columns(), row(*project));
    return {};
}

CliResult<void> ProjectCommands::checkSet(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("enable"), QStringLiteral("disable"));
        !r)
        return r;
    return IdentityOptions::checkAnyOf(args, QStringLiteral("project set"),
                                       {QStringLiteral("name"), QStringLiteral("description"),
                                        QStringLiteral("enable"), QStringLiteral("disable")});
}

CliResult<void> ProjectCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    ProjectUpdate change;
    if (args.isSet(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        change.description = args.value(QStringLiteral("description"));
    change.enabled = IdentityOptions::enabled(args);
    if (auto r = ctx.engine().projects().update(ctx.request(), args.positionals.at(0), change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> ProjectCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    // In the order given, stopping at the first refusal: what was deleted before it stays deleted.
    for (const QString &project : args.positionals)
        if (auto r = ctx.engine().projects().remove(ctx.request(), project); !r)
            return CliError::fromEngine(r.error());
    return {};
}

} // namespace

QList<CommandSpec> projectCommands()
{
    return ProjectCommands::all();
}

} // namespace sd::cli
