// stackctl server group create|list|show|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"

#include "compute/servergroupservice.h"
#include "engine.h"

namespace sd::cli {

namespace {

class ServerGroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerGroupCommands)

public:
    static QList<CommandSpec> all();

private:
    // `longList`: the extra columns of `server group list --long` join the list table.
    static QList<Column> columns(bool longList = false);
    static Row row(const ServerGroup &group);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> ServerGroupCommands::columns(bool longList)
{
    // Like `openstack server group list [--long]`; show, json and yaml show everything.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("policy"), tr("Policy")},
        {QStringLiteral("members"), tr("Members"), {}, longList},
        {QStringLiteral("project_id"), tr("Project ID"), {}, longList},
        {QStringLiteral("user_id"), tr("User ID"), {}, longList},
        {QStringLiteral("project_name"), tr("Project Name"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
    };
}

Row ServerGroupCommands::row(const ServerGroup &g)
{
    return {g.id, g.name, g.policy, g.members, g.projectId, g.userId, g.projectName, g.createdAt};
}

QList<CommandSpec> ServerGroupCommands::all()
{
    const QString server = QStringLiteral("server");
    const QString group = QStringLiteral("group");
    return {
        {.words = {server, group, QStringLiteral("create")},
         .summary = tr("Create a server group: instances launched into it are placed together or apart"),
         .options = {{.names = {QStringLiteral("--policy")},
                      .valueName = QStringLiteral("POLICY"),
                      .help =
                          tr("affinity (same host), anti-affinity (different hosts), or their best-effort "
                             "forms soft-affinity and soft-anti-affinity"),
                      .required = true}},
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"),
                                                   tr("name of the new server group"))},
         .columns = columns(),
         .run = create},
        {.words = {server, group, QStringLiteral("list")},
         .summary = tr("List your project's server groups"),
         .options = {{.names = {QStringLiteral("--all-projects")},
                      .help = tr("every project's server groups (administrators only)")},
                     {.names = {QStringLiteral("--long")},
                      .help = tr("also show members, project and user")}},
         .columns = columns(true),
         .run = list},
        {.words = {server, group, QStringLiteral("show")},
         .summary = tr("Show one server group and its members"),
         .positionals = {IdentityOptions::argument(QStringLiteral("SERVERGROUP"),
                                                   tr("server group name or ID"))},
         .columns = columns(),
         .run = show},
        {.words = {server, group, QStringLiteral("delete")},
         .summary = tr("Delete server groups; their instances keep running and simply leave the group"),
         .positionals = {IdentityOptions::argument(QStringLiteral("SERVERGROUP"),
                                                   tr("server group name or ID"), true)},
         .run = remove},
    };
}

CliResult<void> ServerGroupCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto created = ctx.engine().serverGroups().create(ctx.request(), args.positionals.at(0),
                                                      args.value(QStringLiteral("policy")));
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(columns(), row(*created));
    return {};
}

CliResult<void> ServerGroupCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto groups = ctx.engine().serverGroups().list(ctx.request(), args.isSet(QStringLiteral("all-projects")));
    if (!groups)
        return CliError::fromEngine(groups.error());
    QList<Row> rows;
    for (const ServerGroup &g : *groups)
        rows.append(row(g));
    ctx.printList(columns(args.isSet(QStringLiteral("long"))), rows);
    return {};
}

CliResult<void> ServerGroupCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto group = ctx.engine().serverGroups().show(ctx.request(), args.positionals.at(0));
    if (!group)
        return CliError::fromEngine(group.error());
    ctx.printOne(columns(), row(*group));
    return {};
}

CliResult<void> ServerGroupCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete server group with name or ID '%1': %2"),
                      tr("%1 of %2 server groups failed to delete."), [&ctx](const QString &group) {
                          return ctx.engine().serverGroups().remove(ctx.request(), group);
                      });
}

} // namespace

QList<CommandSpec> serverGroupCommands()
{
    return ServerGroupCommands::all();
}

} // namespace sd::cli
