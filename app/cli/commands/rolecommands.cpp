// stackctl role create|list|delete|add|remove and role assignment list

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "engine.h"
#include "identity/roleservice.h"

namespace sd::cli {

namespace {

class RoleCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::RoleCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> roleColumns();
    static QList<Column> assignmentColumns();
    static QList<OptionSpec> grantOptions();
    static PositionalSpec roleArgument() { return {QStringLiteral("ROLE"), tr("role name or ID")}; }

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> add(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> take(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> assignments(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> checkGrant(const ParsedArgs &args);
};

QList<Column> RoleCommands::roleColumns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("built_in"), tr("Built In"), {}, false},
    };
}

QList<Column> RoleCommands::assignmentColumns()
{
    return {
        {QStringLiteral("role"), tr("Role")},
        {QStringLiteral("user"), tr("User")},
        {QStringLiteral("group"), tr("Group")},
        {QStringLiteral("project"), tr("Project")},
    };
}

QList<OptionSpec> RoleCommands::grantOptions()
{
    return {
        {.names = {QStringLiteral("--user")},
         .valueName = QStringLiteral("USER"),
         .help = tr("user name or ID")},
        {.names = {QStringLiteral("--group")},
         .valueName = QStringLiteral("GROUP"),
         .help = tr("group name or ID")},
        {.names = {QStringLiteral("--project")},
         .valueName = QStringLiteral("PROJECT"),
         .help = tr("project name or ID"),
         .required = true},
    };
}

QList<CommandSpec> RoleCommands::all()
{
    const QString role = QStringLiteral("role");
    const QList<OptionSpec> filters{
        {.names = {QStringLiteral("--user")},
         .valueName = QStringLiteral("USER"),
         .help = tr("only this user's roles (name or ID)")},
        {.names = {QStringLiteral("--project")},
         .valueName = QStringLiteral("PROJECT"),
         .help = tr("only roles on this project (name or ID)")},
        {.names = {QStringLiteral("--names")}, .help = tr("show names instead of IDs")},
        {.names = {QStringLiteral("--effective")},
         .help = tr("list group roles as roles of each member, as the members hold them")},
    };
    return {
        {.words = {role, QStringLiteral("create")},
         .summary = tr("Create a role"),
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new role"))},
         .columns = roleColumns(),
         .run = create},
        {.words = {role, QStringLiteral("list")},
         .summary = tr("List roles"),
         .columns = roleColumns(),
         .run = list},
        {.words = {role, QStringLiteral("delete")},
         .summary = tr("Delete a role; the built-in admin, member and reader stay"),
         .positionals = {roleArgument()},
         .run = remove},
        {.words = {role, QStringLiteral("add")},
         .summary = tr("Give a user or a group a role on a project"),
         .options = grantOptions(),
         .positionals = {roleArgument()},
         .run = add,
         .check = checkGrant},
        {.words = {role, QStringLiteral("remove")},
         .summary = tr("Take a role on a project from a user or a group"),
         .options = grantOptions(),
         .positionals = {roleArgument()},
         .run = take,
         .check = checkGrant},
        {.words = {role, QStringLiteral("assignment"), QStringLiteral("list")},
         .summary = tr("List who holds which role on which project"),
         .options = filters,
         .columns = assignmentColumns(),
         .run = assignments},
    };
}

CliResult<void> RoleCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto created = ctx.engine().roles().create(ctx.request(), args.positionals.at(0));
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(roleColumns(), {created->id, created->name, created->builtIn});
    return {};
}

CliResult<void> RoleCommands::list(CliContext &ctx, const ParsedArgs &)
{
    auto roles = ctx.engine().roles().list(ctx.request());
    if (!roles)
        return CliError::fromEngine(roles.error());
    QList<Row> rows;
    for (const Role &role : *roles)
        rows.append({role.id, role.name, role.builtIn});
    ctx.printList(roleColumns(), rows);
    return {};
}

CliResult<void> RoleCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().roles().remove(ctx.request(), args.positionals.at(0)); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> RoleCommands::checkGrant(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("user"), QStringLiteral("group")); !r)
        return r;
    if (!args.isSet(QStringLiteral("user")) && !args.isSet(QStringLiteral("group")))
        return CliError::usage(tr("--user or --group is required: who gets or loses the role"));
    return {};
}

CliResult<void> RoleCommands::add(CliContext &ctx, const ParsedArgs &args)
{
    RoleService &roles = ctx.engine().roles();
    const QString project = args.value(QStringLiteral("project"));
    const QString role = args.positionals.at(0);
    const auto r =
        args.isSet(QStringLiteral("user"))
            ? roles.assignToUser(ctx.request(), args.value(QStringLiteral("user")), project, role)
            : roles.assignToGroup(ctx.request(), args.value(QStringLiteral("group")), project, role);
    if (!r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> RoleCommands::take(CliContext &ctx, const ParsedArgs &args)
{
    RoleService &roles = ctx.engine().roles();
    const QString project = args.value(QStringLiteral("project"));
    const QString role = args.positionals.at(0);
    const auto r =
        args.isSet(QStringLiteral("user"))
            ? roles.unassignFromUser(ctx.request(), args.value(QStringLiteral("user")), project, role)
            : roles.unassignFromGroup(ctx.request(), args.value(QStringLiteral("group")), project, role);
    if (!r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> RoleCommands::assignments(CliContext &ctx, const ParsedArgs &args)
{
    RoleAssignmentFilter filter;
    filter.user = args.value(QStringLiteral("user"));
    filter.project = args.value(QStringLiteral("project"));
    filter.effective = args.isSet(QStringLiteral("effective"));
    auto found = ctx.engine().roles().assignments(ctx.request(), filter);
    if (!found)
        return CliError::fromEngine(found.error());
    // IDs by default, as `openstack role assignment list` prints them; --names for people.
    const bool names = args.isSet(QStringLiteral("names"));
    const auto cell = [names](const QString &id, const QString &name) {
        const QString text = names ? name : id;
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    QList<Row> rows;
    for (const RoleAssignment &a : *found)
        rows.append({cell(a.roleId, a.roleName), cell(a.userId, a.userName), cell(a.groupId, a.groupName),
                     cell(a.projectId, a.projectName)});
    ctx.printList(assignmentColumns(), rows);
    return {};
}

} // namespace

QList<CommandSpec> roleCommands()
{
    return RoleCommands::all();
}

} // namespace sd::cli
