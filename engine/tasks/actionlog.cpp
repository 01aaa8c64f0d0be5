#include "actionlog.h"

#include "core/logging.h"
#include "store/database.h"

#include <QSqlQuery>

namespace sd {

namespace {

QList<ActionLogEntry> readEntries(QSqlQuery &q)
{
    QList<ActionLogEntry> list;
    while (q.next()) {
        ActionLogEntry e;
        e.id = q.value(0).toLongLong();
        e.requestId = q.value(1).toString();
        e.userName = q.value(2).toString();
        e.projectName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.targetKind = q.value(5).toString();
        e.targetId = q.value(6).toString();
        e.targetName = q.value(7).toString();
        e.startedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.finishedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        e.outcome = q.value(10).toString();
        e.message = q.value(11).toString();
        list.append(e);
    }
    return list;
}

constexpr auto kColumns = "id, request_id, user_name, project_name, action, target_kind, target_id, target_name, "
                          "started_at, finished_at, outcome, message";

} // namespace

void ActionLog::record(const RequestContext &ctx, const QString &action, const QString &targetKind,
                       const QString &targetId, const QString &targetName, const QDateTime &startedAt,
                       const QString &outcome, const QString &message)
{
    QSqlDatabase db = m_db->connection();
    auto r = execSql(db,
                     QStringLiteral("INSERT INTO action_log (request_id, user_name, project_name, action, "
                                    "target_kind, target_id, target_name, started_at, finished_at, outcome, message) "
                                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                     {ctx.requestId, ctx.userName, ctx.projectName, action, targetKind, targetId, targetName,
                      startedAt.toUTC().toString(Qt::ISODateWithMs),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), outcome, message});
    if (!r)
        qCWarning(lcStore) << "action log:" << r.error().toString();
}

QList<ActionLogEntry> ActionLog::forTarget(const QString &targetKind, const QString &targetId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM action_log WHERE target_kind = ? AND target_id = ? ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(targetKind);
    q.addBindValue(targetId);
    q.exec();
    return readEntries(q);
}

QList<ActionLogEntry> ActionLog::recent(int limit) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM action_log ORDER BY id DESC LIMIT ?").arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    q.exec();
    return readEntries(q);
}

} // namespace sd
