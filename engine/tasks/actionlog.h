#pragma once

#include "core/requestcontext.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace sd {

class Database;

struct ActionLogEntry
{
    qint64 id = 0;
    QString requestId;
    QString userName;
    QString projectName;
    QString action;
    QString targetKind;
    QString targetId;
    QString targetName;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome;
    QString message;
};

// Who did what to which resource, when, and how it ended: Nova's instance action log, for everything.
class ActionLog
{
public:
    explicit ActionLog(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    void record(const RequestContext &ctx, const QString &action, const QString &targetKind,
                const QString &targetId, const QString &targetName, const QDateTime &startedAt,
                const QString &outcome, const QString &message);
    QList<ActionLogEntry> forTarget(const QString &targetKind, const QString &targetId) const;
    QList<ActionLogEntry> recent(int limit) const;

private:
    std::shared_ptr<Database> m_db;
};

// Runs one synchronous change and writes its action-log row (who, what, when, how it ended), so changes
// to identity and quotas leave the same trail as tasks. Never pass secrets as the target.
template <typename Fn>
auto audited(ActionLog *log, const RequestContext &ctx, const QString &action, const QString &targetKind,
             const QString &target, Fn &&change) -> decltype(change())
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto result = change();
    if (log)
        log->record(ctx, action, targetKind, QString(), target, started,
                    result.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                    result.ok() ? QString() : result.error().toString());
    return result;
}

// The same for a change to one existing resource, whose id the row keeps (an instance's action log
// finds it by id, as Nova's os-instance-actions).
template <typename Fn>
auto auditedOn(ActionLog *log, const RequestContext &ctx, const QString &action, const QString &targetKind,
               const QString &targetId, const QString &targetName, Fn &&change) -> decltype(change())
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto result = change();
    if (log)
        log->record(ctx, action, targetKind, targetId, targetName, started,
                    result.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                    result.ok() ? QString() : result.error().toString());
    return result;
}

} // namespace sd
