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

    void record(const RequestContext &ctx, const QString &action, const QString &targetKind, const QString &targetId,
                const QString &targetName, const QDateTime &startedAt, const QString &outcome,
                const QString &message);
    QList<ActionLogEntry> forTarget(const QString &targetKind, const QString &targetId) const;
    QList<ActionLogEntry> recent(int limit) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace sd
