// stackctl action log list: who did what to which resource, when, and how it ended.

#include "commands.h"

#include "clicontext.h"

#include "engine.h"
#include "tasks/actionlog.h"

namespace sd::cli {

namespace {

constexpr qint64 defaultLimit = 50;

class ActionLogCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ActionLogCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> columns();
    static Row row(const ActionLogEntry &entry);
    static CliResult<void> checkList(const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> ActionLogCommands::columns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("request_id"), tr("Request ID")},
        {QStringLiteral("user"), tr("User")},
        {QStringLiteral("project"), tr("Project"), {}, false},
        {QStringLiteral("action"), tr("Action")},
        {QStringLiteral("target"), tr("Target")},
        {QStringLiteral("target_kind"), tr("Target Kind"), {}, false},
        {QStringLiteral("target_id"), tr("Target ID"), {}, false},
        {QStringLiteral("target_name"), tr("Target Name"), {}, false},
        {QStringLiteral("started_at"), tr("Started")},
        {QStringLiteral("finished_at"), tr("Finished"), {}, false},
        {QStringLiteral("outcome"), tr("Outcome")},
        {QStringLiteral("message"), tr("Message")},
    };
}

Row ActionLogCommands::row(const ActionLogEntry &e)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    const auto timeOrNull = [](const QDateTime &time) {
        return time.isValid() ? QVariant(time) : QVariant();
    };
    // "host compute-4": the kind says what the name is; the id is there for scripts.
    const QString target = QStringList{e.targetKind, e.targetName.isEmpty() ? e.targetId : e.targetName}
                               .join(QLatin1Char(' '))
                               .trimmed();
    return {e.id,
            orNull(e.requestId),
            orNull(e.userName),
            orNull(e.projectName),
            e.action,
            orNull(target),
            orNull(e.targetKind),
            orNull(e.targetId),
            orNull(e.targetName),
            timeOrNull(e.startedAt),
            timeOrNull(e.finishedAt),
            orNull(e.outcome),
            orNull(e.message)};
}

QList<CommandSpec> ActionLogCommands::all()
{
    const OptionSpec limit{.names = {QStringLiteral("--limit")},
                           .valueName = QStringLiteral("N"),
                           .help = tr("show the N most recent entries (default: %1)").arg(defaultLimit),
                           .kind = ValueKind::Integer};
    return {
        {.words = {QStringLiteral("action"), QStringLiteral("log"), QStringLiteral("list")},
         .summary = tr("List recent actions: who did what, when, and how it ended"),
         .options = {limit},
         .columns = columns(),
         .run = list,
         .check = checkList},
    };
}

CliResult<void> ActionLogCommands::checkList(const ParsedArgs &args)
{
    const auto limit = args.integer(QStringLiteral("limit"));
    if (limit && limit->has_value() && **limit < 1)
        return CliError::usage(
            tr("--limit: '%1' must be 1 or more").arg(args.value(QStringLiteral("limit"))));
    return {};
}

CliResult<void> ActionLogCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    const qint64 limit = args.integer(QStringLiteral("limit"))->value_or(defaultLimit);
    const auto entries = ctx.engine().recentActions(ctx.request(), int(std::min<qint64>(limit, INT_MAX)));
    if (!entries)
        return CliError::fromEngine(entries.error());
    QList<Row> rows;
    for (const ActionLogEntry &entry : *entries)
        rows.append(row(entry));
    ctx.printList(columns(), rows);
    return {};
}

} // namespace

QList<CommandSpec> actionLogCommands()
{
    return ActionLogCommands::all();
}

} // namespace sd::cli
