// stackctl group create|list|show|set|delete and group add|remove|contains user

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/userservice.h"

namespace sd::cli {

namespace {

class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::GroupCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> columns();
    static Row row(const Group &group);
    static PositionalSpec groupArgument() { return {QStringLiteral("GROUP"), tr("group name or ID")}; }
    static PositionalSpec userArgument() { return {QStringLiteral("USER"), tr("user name or ID")}; }
    static OptionSpec description()
    {
        return {.names = {QStringLiteral("--description")},
                .valueName = QStringLiteral("DESCRIPTION"),
                .help = tr("what the group is for")};
    }

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> addUser(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> removeUser(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> containsUser(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> GroupCommands::columns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description"), {}, false},
        {QStringLiteral("users"), tr("Users"), {}, false},
    };
}

Row GroupCommands::row(const Group &g)
{
    return {g.id, g.name, g.description, g.memberNames};
}

QList<CommandSpec> GroupCommands::all()
{
    const QString group = QStringLiteral("group");
    const QString user = QStringLiteral("user");
    const OptionSpec name{.names = {QStringLiteral("--name")},
                          .valueName = QStringLiteral("NAME"),
                          .help = tr("new group name")};
    return {
        {.words = {group, QStringLiteral("create")},
         .summary = tr("Create a group of users"),
         .options = {description()},
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new group"))},
         .columns = columns(),
         .run = create},
        {.words = {group, QStringLiteral("list")},
         .summary = tr("List groups"),
         .columns = columns(),
         .run = list},
        {.words = {group, QStringLiteral("show")},
         .summary = tr("Show one group with its members"),
         .positionals = {groupArgument()},
         .columns = columns(),
         .run = show},
        {.words = {group, QStringLiteral("set")},
         .summary = tr("Rename a group or change its description"),
         .options = {name, description()},
         .positionals = {groupArgument()},
         .run = set,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("group set"),
                                                    {QStringLiteral("name"), QStringLiteral("description")});
             }},
        {.words = {group, QStringLiteral("delete")},
         .summary = tr("Delete a group; its members lose the roles they held through it"),
         .positionals = {groupArgument()},
         .run = remove},
        {.words = {group, QStringLiteral("add"), user},
         .summary = tr("Add a user to a group"),
         .positionals = {groupArgument(), userArgument()},
         .run = addUser},
        {.words = {group, QStringLiteral("remove"), user},
         .summary = tr("Remove a user from a group"),
         .positionals = {groupArgument(), userArgument()},
         .run = removeUser},
        {.words = {group, QStringLiteral("contains"), user},
         .summary = tr("Check whether a user is in a group (exit 0 if so, 1 if not)"),
         .positionals = {groupArgument(), userArgument()},
         .run = containsUser},
    };
}

CliResult<void> GroupCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto created = ctx.engine().groups().create(
        ctx.request(), GroupSpec{args.positionals.at(0), args.value(QStringLiteral("description"))});
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(columns(), row(*created));
    return {};
}

CliResult<void> GroupCommands::list(CliContext &ctx, const ParsedArgs &)
{
    auto groups = ctx.engine().groups().list(ctx.request());
    if (!groups)
        return CliError::fromEngine(groups.error());
    QList<Row> rows;
    for (const Group &group : *groups)
        rows.append(row(group));
    ctx.printList(columns(), rows);
    return {};
}

CliResult<void> GroupCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto group = ctx.engine().groups().show(ctx.request(), args.positionals.at(0));
    if (!group)
        return CliError::fromEngine(group.error());
    ctx.printOne(columns(), row(*group));
    return {};
}

CliResult<void> GroupCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    // The engine takes the whole spec, so what is not being changed is read first and kept.
    auto group = ctx.engine().groups().show(ctx.request(), args.positionals.at(0));
    if (!group)
        return CliError::fromEngine(group.error());
    GroupSpec spec{group->name, group->description};
    if (args.isSet(QStringLiteral("name")))
        spec.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        spec.description = args.value(QStringLiteral("description"));
    if (auto r = ctx.engine().groups().update(ctx.request(), group->id, spec); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> GroupCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().groups().remove(ctx.request(), args.positionals.at(0)); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> GroupCommands::addUser(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().groups().addUser(ctx.request(), args.positionals.at(0), args.positionals.at(1));
        !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> GroupCommands::removeUser(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r =
            ctx.engine().groups().removeUser(ctx.request(), args.positionals.at(0), args.positionals.at(1));
        !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> GroupCommands::containsUser(CliContext &ctx, const ParsedArgs &args)
{
    const QString groupArg = args.positionals.at(0);
    const QString userArg = args.positionals.at(1);
    auto group = ctx.engine().groups().show(ctx.request(), groupArg);
    if (!group)
        return CliError::fromEngine(group.error());
    // Members are listed by name; the user may have been given by ID.
    auto user = ctx.engine().users().show(ctx.request(), userArg);
    if (!user)
        return CliError::fromEngine(user.error());
    if (!group->memberNames.contains(user->name))
        return CliError{ExitUserError, tr("%1 not in group %2").arg(userArg, groupArg), {}};
    ctx.out() << tr("%1 in group %2").arg(userArg, groupArg) << '\n';
    return {};
}

} // namespace

QList<CommandSpec> groupCommands()
{
    return GroupCommands::all();
}

} // namespace sd::cli
