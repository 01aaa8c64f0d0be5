// stackctl token issue: log in and print the session's token, as `openstack token issue` does.

#include "commands.h"

#include "clicontext.h"

namespace sd::cli {

namespace {

class TokenCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::TokenCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> columns();
    static CliResult<void> issue(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> TokenCommands::columns()
{
    return {
        {QStringLiteral("expires"), tr("expires")},
        {QStringLiteral("id"), tr("id")},
        {QStringLiteral("project_id"), tr("project_id")},
        {QStringLiteral("user_id"), tr("user_id")},
    };
}

QList<CommandSpec> TokenCommands::all()
{
    return {
        {.words = {QStringLiteral("token"), QStringLiteral("issue")},
         .summary = tr("Log in with --os-username/--os-password/--os-project-name and print the token"),
         .columns = columns(),
         .run = issue},
    };
}

CliResult<void> TokenCommands::issue(CliContext &ctx, const ParsedArgs &)
{
    // The login itself happened when the context opened; without credentials there was none to issue.
    const auto &session = ctx.session();
    if (!session)
        return CliError::usage(
            tr("token issue: no credentials; give --os-username and --os-password (or OS_USERNAME and "
               "OS_PASSWORD)"));
    ctx.printOne(columns(),
                 {session->expiresAt, session->token, session->context.projectId, session->context.userId});
    return {};
}

} // namespace

QList<CommandSpec> tokenCommands()
{
    return TokenCommands::all();
}

} // namespace sd::cli
