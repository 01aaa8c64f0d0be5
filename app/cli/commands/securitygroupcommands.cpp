// stackctl security group create|list|show|set|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "networkoptions.h"
#include "networkvalues.h"

#include "engine.h"
#include "network/securitygroupservice.h"

namespace sd::cli {

namespace {

class SecurityGroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::SecurityGroupCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> listColumns();
    static QList<Column> showColumns();
    static QVariantHash fields(const SecurityGroup &group);
    static PositionalSpec groupArgument(bool many = false);
    static CliResult<void> print(CliContext &ctx, const SecurityGroup &group);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> SecurityGroupCommands::listColumns()
{
    // `openstack security group list`.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("project_id"), tr("Project")},
        {QStringLiteral("project_name"), tr("Project Name"), {}, false},
    };
}

QList<Column> SecurityGroupCommands::showColumns()
{
    // `openstack security group show`: Neutron's fields in alphabetical order, its rules in full.
    return {
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("project_name"), tr("Project")},
        {QStringLiteral("rules"), tr("Rules")},
        {QStringLiteral("updated_at"), tr("Updated At")},
    };
}

QVariantHash SecurityGroupCommands::fields(const SecurityGroup &g)
{
    using namespace NetworkValues;
    QVariantList rules;
    for (const SecurityGroupRule &r : g.rules) {
        QVariantHash values = rule(r);
        // The group is the one shown; the Port Range text is list's own column.
        values.remove(QStringLiteral("security_group_id"));
        values.remove(QStringLiteral("port_range"));
        values.remove(QStringLiteral("created_at"));
        QVariantMap map;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            map.insert(it.key(), it.value());
        rules.append(map);
    }
    return {
        {QStringLiteral("created_at"), orNull(g.createdAt)},
        {QStringLiteral("description"), g.description},
        {QStringLiteral("id"), g.id},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("project_id"), g.projectId},
        {QStringLiteral("project_name"), orNull(g.projectName)},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("updated_at"), orNull(g.updatedAt)},
    };
}

PositionalSpec SecurityGroupCommands::groupArgument(bool many)
{
    return IdentityOptions::argument(QStringLiteral("GROUP"), tr("security group name or ID"), many);
}

QList<CommandSpec> SecurityGroupCommands::all()
{
    const QStringList group = {QStringLiteral("security"), QStringLiteral("group")};
    const OptionSpec description = NetworkOptions::description(tr("what the group allows, for people"));
    return {
        {.words = group + QStringList{QStringLiteral("create")},
         .summary = tr("Create a security group: it allows all egress, and no ingress until you add rules"),
         .options = {description, NetworkOptions::project(
                                      tr("the project that owns it (administrators only; default: yours)"))},
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new group"))},
         .columns = showColumns(),
         .run = create},
        {.words = group + QStringList{QStringLiteral("list")},
         .summary = tr("List security groups; your project's `default` group is made if it has none yet"),
         .options = {NetworkOptions::project(tr("only this project's groups (administrators only)"))},
         .columns = listColumns(),
         .run = list},
        {.words = group + QStringList{QStringLiteral("show")},
         .summary = tr("Show a security group and its rules"),
         .positionals = {groupArgument()},
         .columns = showColumns(),
         .run = show},
        {.words = group + QStringList{QStringLiteral("set")},
         .summary = tr("Rename a security group or change its description"),
         .options = {NetworkOptions::name(tr("new group name")), description},
         .positionals = {groupArgument()},
         .run = set,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("security group set"),
                                                    {QStringLiteral("name"), QStringLiteral("description")});
             }},
        {.words = group + QStringList{QStringLiteral("delete")},
         .summary = tr("Delete security groups; `default` and groups ports use are refused"),
         .positionals = {groupArgument(true)},
         .run = remove},
    };
}

CliResult<void> SecurityGroupCommands::print(CliContext &ctx, const SecurityGroup &group)
{
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(group)));
    return {};
}

CliResult<void> SecurityGroupCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto created = ctx.engine().securityGroups().create(ctx.request(), args.positionals.at(0),
                                                        args.value(QStringLiteral("description")),
                                                        args.value(QStringLiteral("project")));
    if (!created)
        return CliError::fromEngine(created.error());
    return print(ctx, *created);
}

CliResult<void> SecurityGroupCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto groups = ctx.engine().securityGroups().list(ctx.request(), args.value(QStringLiteral("project")));
    if (!groups)
        return CliError::fromEngine(groups.error());
    QList<Row> rows;
    for (const SecurityGroup &group : *groups)
        rows.append(NetworkValues::row(listColumns(), fields(group)));
    ctx.printList(listColumns(), rows);
    return {};
}

CliResult<void> SecurityGroupCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto group = ctx.engine().securityGroups().show(ctx.request(), args.positionals.at(0));
    if (!group)
        return CliError::fromEngine(group.error());
    return print(ctx, *group);
}

CliResult<void> SecurityGroupCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    SecurityGroupService &groups = ctx.engine().securityGroups();
    // The engine takes both; what was not given keeps its value.
    auto group = groups.show(ctx.request(), args.positionals.at(0));
    if (!group)
        return CliError::fromEngine(group.error());
    const QString name =
        args.isSet(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : group->name;
    const QString description = args.isSet(QStringLiteral("description"))
                                    ? args.value(QStringLiteral("description"))
                                    : group->description;
    if (auto r = groups.update(ctx.request(), group->id, name, description); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> SecurityGroupCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete security group with name or ID '%1': %2"),
                      tr("%1 of %2 security groups failed to delete."), [&ctx](const QString &group) {
                          return ctx.engine().securityGroups().remove(ctx.request(), group);
                      });
}

} // namespace

QList<CommandSpec> securityGroupCommands()
{
    return SecurityGroupCommands::all();
}

} // namespace sd::cli
