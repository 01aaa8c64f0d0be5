#pragma once

#include "core/requestcontext.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace sd {

class ActionLog;
class Database;
class Policy;

struct QuotaLine
{
    QString resource;
    qint64 limit = -1; // -1: unlimited
    qint64 inUse = 0;
};

// Per-project limits over system defaults, and the check every create makes. Usage is counted from the
// store by counters the resource services register, inside the creating transaction: because the
// transaction holds SQLite's write lock from its first statement (BEGIN IMMEDIATE), two concurrent
// creates are serialised and can never both take the last unit.
class QuotaService
{
    Q_DECLARE_TR_FUNCTIONS(sd::QuotaService)

public:
    using UsageCounter = std::function<qint64(QSqlDatabase &db, const QString &projectId)>;

    QuotaService(std::shared_ptr<Database> db, const Policy *policy);
    // Changes are written to the action log when one is set.
    void setActionLog(ActionLog *log) { m_log = log; }

    // Fills default_quotas with OpenStack's defaults where a resource has no row yet.
    Result<void> seedDefaults();

    Result<QList<QuotaLine>> show(const RequestContext &ctx, const QString &project) const;
    Result<QList<QuotaLine>> defaults(const RequestContext &ctx) const;
    // Returns the resources whose new limit is below what the project already uses: allowed, like Nova,
    // and reported so the admin knows new creates will be refused.
    Result<QStringList> set(const RequestContext &ctx, const QString &project, const QHash<QString, qint64> &limits);
    Result<void> setDefaults(const RequestContext &ctx, const QHash<QString, qint64> &limits);

    // For resource services, inside their create transaction: fails with QuotaExceeded naming the
    // resource, its limit and the usage when any delta would go over.
    Result<void> check(QSqlDatabase &db, const QString &projectId, const QHash<QString, qint64> &deltas) const;
    void registerUsageCounter(const QString &resource, UsageCounter counter);
    // Nova counts key_pairs per user and server_group_members per server group: the project's limit
    // applies to each owner's own count. Such counters get the owner's id, and the project's usage of these
    // resources shows 0, as Nova shows it.
    void registerOwnerUsageCounter(const QString &resource, UsageCounter counter);
    Result<void> checkOwned(QSqlDatabase &db, const QString &projectId, const QString &ownerId,
                            const QString &resource, qint64 delta) const;
    // What the project uses, per resource that has a counter.
    QHash<QString, qint64> usage(QSqlDatabase &db, const QString &projectId) const;

    static Result<void> validateLimits(const QHash<QString, qint64> &limits);

    // The project's limit for the resource (its own, else the default); -1: unlimited.
    qint64 limitOf(QSqlDatabase &db, const QString &projectId, const QString &resource) const;

private:
    ActionLog *m_log = nullptr;
    Result<void> checkOne(QSqlDatabase &db, const QString &projectId, const QString &resource, qint64 delta,
                          const QString &countScope, const UsageCounter *counter) const;
    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QHash<QString, UsageCounter> m_counters;
    QHash<QString, UsageCounter> m_ownerCounters;
};

} // namespace sd
