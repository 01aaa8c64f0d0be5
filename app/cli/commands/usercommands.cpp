// stackctl user create|list|show|set|delete and user password set

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"
#include "passwordprompt.h"

#include "engine.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QSet>

namespace sd::cli {

namespace {

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::UserCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> columns();
    static Row row(const User &user);
    static QList<OptionSpec> detailOptions();

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> changePassword(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> checkCreate(const ParsedArgs &args);
    static CliResult<void> checkSet(const ParsedArgs &args);
};

QList<Column> UserCommands::columns()
{
    // Like `openstack user list`: the list shows ID and Name; show, json and yaml show everything.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("email"), tr("Email"), {}, false},
        {QStringLiteral("description"), tr("Description"), {}, false},
        {QStringLiteral("default_project_id"), tr("Default Project ID"), {}, false},
        {QStringLiteral("default_project"), tr("Default Project"), {}, false},
        {QStringLiteral("enabled"), tr("Enabled"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
    };
}

Row UserCommands::row(const User &u)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    return {u.id,
            u.name,
            orNull(u.email),
            u.description,
            orNull(u.primaryProjectId),
            orNull(u.primaryProjectName),
            u.enabled,
            u.createdAt.isValid() ? QVariant(u.createdAt) : QVariant()};
}

QList<OptionSpec> UserCommands::detailOptions()
{
    return QList<OptionSpec>{
               {.names = {QStringLiteral("--email")},
                .valueName = QStringLiteral("EMAIL"),
                .help = tr("the user's email address")},
               {.names = {QStringLiteral("--description")},
                .valueName = QStringLiteral("DESCRIPTION"),
                .help = tr("a description of the user")},
               {.names = {QStringLiteral("--project")},
                .valueName = QStringLiteral("PROJECT"),
                .help = tr("default project, used when logging in without a project (gives no role there)")},
           } +
           IdentityOptions::enableDisable();
}

QList<CommandSpec> UserCommands::all()
{
    const QString user = QStringLiteral("user");
    const PositionalSpec existing = IdentityOptions::argument(QStringLiteral("USER"), tr("user name or ID"));
    const OptionSpec project{.names = {QStringLiteral("--project")},
                             .valueName = QStringLiteral("PROJECT"),
                             .help = tr("only users with a role on this project (directly or by group)")};
    const OptionSpec name{.names = {QStringLiteral("--name")},
                          .valueName = QStringLiteral("NAME"),
                          .help = tr("new user name")};
    const OptionSpec original{.names = {QStringLiteral("--original-password")},
                              .valueName = QStringLiteral("PASSWORD"),
                              .help = tr("your current password (asked when omitted)")};
    const OptionSpec newPassword{.names = {QStringLiteral("--password")},
                                 .valueName = QStringLiteral("PASSWORD"),
                                 .help = tr("the new password (asked twice when omitted)")};
    return {
        {.words = {user, QStringLiteral("create")},
         .summary = tr("Create a user"),
         .options = IdentityOptions::password() + detailOptions(),
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new user"))},
         .columns = columns(),
         .run = create,
         .check = checkCreate},
        {.words = {user, QStringLiteral("list")},
         .summary = tr("List users (admins only)"),
         .options = {project},
         .columns = columns(),
         .run = list},
        {.words = {user, QStringLiteral("show")},
         .summary = tr("Show one user; non-admins may show only themselves"),
         .positionals = {existing},
         .columns = columns(),
         .run = show},
        {.words = {user, QStringLiteral("set")},
         .summary = tr("Change a user's name, password, email, description, default project or state"),
         .options = QList<OptionSpec>{name} + IdentityOptions::password() + detailOptions(),
         .positionals = {existing},
         .run = set,
         .check = checkSet},
        {.words = {user, QStringLiteral("delete")},
         .summary = tr("Delete users; refused for yourself and for the last administrator"),
         .positionals = {IdentityOptions::argument(QStringLiteral("USER"), tr("user name or ID"), true)},
         .run = remove},
        {.words = {user, QStringLiteral("password"), QStringLiteral("set")},
         .summary = tr("Change your own password; ends your sessions"),
         .options = {original, newPassword},
         .run = changePassword},
    };
}

CliResult<void> UserCommands::checkCreate(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkPassword(args, true); !r)
        return r;
    return IdentityOptions::checkExclusive(args, QStringLiteral("enable"), QStringLiteral("disable"));
}

CliResult<void> UserCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    auto password = IdentityOptions::newPassword(ctx, args);
    if (!password)
        return password.error();
    UserSpec spec;
    spec.name = args.positionals.at(0);
    spec.password = password->value_or(QString());
    spec.email = args.value(QStringLiteral("email"));
    spec.description = args.value(QStringLiteral("description"));
    spec.primaryProject = args.value(QStringLiteral("project"));
    spec.enabled = IdentityOptions::enabled(args).value_or(true);
    auto created = ctx.engine().users().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(columns(), row(*created));
    return {};
}

CliResult<void> UserCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto users = ctx.engine().users().list(ctx.request());
    if (!users)
        return CliError::fromEngine(users.error());
    // --project: Keystone's way, through the role assignments on that project, group roles included.
    std::optional<QSet<QString>> holders;
    if (args.isSet(QStringLiteral("project"))) {
        RoleAssignmentFilter filter;
        filter.project = args.value(QStringLiteral("project"));
        filter.effective = true;
        auto assignments = ctx.engine().roles().assignments(ctx.request(), filter);
        if (!assignments)
            return CliError::fromEngine(assignments.error());
        holders.emplace();
        for (const RoleAssignment &a : *assignments)
            holders->insert(a.userId);
    }
    QList<Row> rows;
    for (const User &user : *users)
        if (!holders || holders->contains(user.id))
            rows.append(row(user));
    ctx.printList(columns(), rows);
    return {};
}

CliResult<void> UserCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto user = ctx.engine().users().show(ctx.request(), args.positionals.at(0));
    if (!user)
        return CliError::fromEngine(user.error());
    ctx.printOne(columns(), row(*user));
    return {};
}

CliResult<void> UserCommands::checkSet(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkPassword(args, false); !r)
        return r;
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("enable"), QStringLiteral("disable"));
        !r)
        return r;
    return IdentityOptions::checkAnyOf(args, QStringLiteral("user set"),
                                       {QStringLiteral("name"), QStringLiteral("password"),
                                        QStringLiteral("password-prompt"), QStringLiteral("email"),
                                        QStringLiteral("description"), QStringLiteral("project"),
                                        QStringLiteral("enable"), QStringLiteral("disable")});
}

CliResult<void> UserCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    auto password = IdentityOptions::newPassword(ctx, args);
    if (!password)
        return password.error();
    UserUpdate change;
    const auto optional = [&args](const char *key) {
        const QString k = QLatin1String(key);
        return args.isSet(k) ? std::optional<QString>(args.value(k)) : std::nullopt;
    };
    change.name = optional("name");
    change.email = optional("email");
    change.description = optional("description");
    change.primaryProject = optional("project");
    change.password = *password;
    change.enabled = IdentityOptions::enabled(args);
    if (auto r = ctx.engine().users().update(ctx.request(), args.positionals.at(0), change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> UserCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    // In the order given, stopping at the first refusal: what was deleted before it stays deleted.
    for (const QString &user : args.positionals)
        if (auto r = ctx.engine().users().remove(ctx.request(), user); !r)
            return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> UserCommands::changePassword(CliContext &ctx, const ParsedArgs &args)
{
    QString original = args.value(QStringLiteral("original-password"));
    if (!args.isSet(QStringLiteral("original-password"))) {
        auto asked = PasswordPrompt::ask(ctx.err(), tr("Current Password: "));
        if (!asked)
            return asked.error();
        original = *asked;
    }
    QString password = args.value(QStringLiteral("password"));
    if (!args.isSet(QStringLiteral("password"))) {
        auto asked = PasswordPrompt::askNew(ctx.err(), tr("New Password: "), tr("Repeat New Password: "));
        if (!asked)
            return asked.error();
        password = *asked;
    }
    if (auto r = ctx.engine().users().changePassword(ctx.request(), original, password); !r)
        return CliError::fromEngine(r.error());
    return {};
}

} // namespace

QList<CommandSpec> userCommands()
{
    return UserCommands::all();
}

} // namespace sd::cli
