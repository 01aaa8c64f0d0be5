#include "quotaservice.h"

#include "identity/policy.h"
#include "quotaresources.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

QuotaService::QuotaService(std::shared_ptr<Database> db, const Policy *policy)
    : m_db(std::move(db)), m_policy(policy)
{
}

Result<void> QuotaService::seedDefaults()
{
    return m_db->transaction([](QSqlDatabase &db) -> Result<void> {
        for (const QuotaResource &r : quotaResources())
            if (auto e =
                    execSql(db,
                            QStringLiteral(
                                "INSERT OR IGNORE INTO default_quotas (resource, hard_limit) VALUES (?, ?)"),
                            {QLatin1String(r.name), r.defaultLimit});
                !e)
                return e;
        return {};
    });
}

Result<void> QuotaService::validateLimits(const QHash<QString, qint64> &limits)
{
    if (limits.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Quota: no limit given; name at least one resource"));
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        if (!findQuotaResource(it.key()))
            return makeError(ErrorCode::BadRequest, tr("Quota: unknown resource '%1'").arg(it.key()));
        if (it.value() < -1)
            return makeError(
                ErrorCode::BadRequest,
                tr("Quota %1 %2: must be -1 (unlimited) or 0 or more").arg(it.key()).arg(it.value()));
    }
    return {};
}

qint64 QuotaService::limitOf(QSqlDatabase &db, const QString &projectId, const QString &resource) const
{
    QSqlQuery q(db);
    // The project's own limit where it has one, else the default.
    q.prepare(QStringLiteral(
        "SELECT COALESCE((SELECT hard_limit FROM project_quotas WHERE project_id = ? AND resource = ?), "
        "(SELECT hard_limit FROM default_quotas WHERE resource = ?))"));
    q.addBindValue(projectId);
    q.addBindValue(resource);
    q.addBindValue(resource);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    const QuotaResource *r = findQuotaResource(resource);
    return r ? r->defaultLimit : -1;
}

QHash<QString, qint64> QuotaService::usage(QSqlDatabase &db, const QString &projectId) const
{
    QHash<QString, qint64> used;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        used.insert(it.key(), it.value()(db, projectId));
    return used;
}

void QuotaService::registerUsageCounter(const QString &resource, UsageCounter counter)
{
    m_counters.insert(resource, std::move(counter));
}

void QuotaService::registerOwnerUsageCounter(const QString &resource, UsageCounter counter)
{
    m_ownerCounters.insert(resource, std::move(counter));
}

Result<void> QuotaService::checkOne(QSqlDatabase &db, const QString &projectId, const QString &resource,
                                    qint64 delta, const QString &countScope,
                                    const UsageCounter *counter) const
{
    if (delta <= 0)
        return {};
    const qint64 limit = limitOf(db, projectId, resource);
    if (limit < 0)
        return {};
    const qint64 used = counter ? (*counter)(db, countScope) : 0;
    if (used + delta <= limit)
        return {};
    const QuotaResource *r = findQuotaResource(resource);
    const QString unit = r && qstrlen(r->unit) ? QLatin1Char(' ') + QLatin1String(r->unit) : QString();
    return makeError(
        ErrorCode::QuotaExceeded,
        tr("Quota exceeded for %1: requested %2%5, %3%5 in use, limit %4%5; ask an administrator "
           "to raise the project's quota")
            .arg(resource)
            .arg(delta)
            .arg(used)
            .arg(limit)
            .arg(unit));
}

Result<void> QuotaService::check(QSqlDatabase &db, const QString &projectId,
                                 const QHash<QString, qint64> &deltas) const
{
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const auto counter = m_counters.constFind(it.key());
        if (auto r = checkOne(db, projectId, it.key(), it.value(), projectId,
                              counter == m_counters.constEnd() ? nullptr : &*counter);
            !r)
            return r;
    }
    return {};
}

Result<void> QuotaService::checkOwned(QSqlDatabase &db, const QString &projectId, const QString &ownerId,
                                      const QString &resource, qint64 delta) const
{
    const auto counter = m_ownerCounters.constFind(resource);
    return checkOne(db, projectId, resource, delta, ownerId,
                    counter == m_ownerCounters.constEnd() ? nullptr : &*counter);
}

Result<QList<QuotaLine>> QuotaService::show(const RequestContext &ctx, const QString &project) const
{
    QSqlDatabase db = m_db->connection();
    const QString projectId = idByNameOrId(db, "projects", project);
    // Outside one's projects a project's existence is not revealed: NotFound, like Keystone.
    if (projectId.isEmpty() || !m_policy->allows(ctx, QStringLiteral("quota:show"), projectId)) {
        if (!projectId.isEmpty() && ctx.isValid() && ctx.projectId == projectId)
            return m_policy->check(ctx, QStringLiteral("quota:show"), projectId).error();
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
    }
    QList<QuotaLine> lines;
    const auto used = usage(db, projectId);
    for (const QuotaResource &r : quotaResources()) {
        const QString name = QLatin1String(r.name);
        lines.append({name, limitOf(db, projectId, name), used.value(name)});
    }
    return lines;
}

Result<QList<QuotaLine>> QuotaService::defaults(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("quota:defaults")); !p)
        return p.error();
    QSqlDatabase db = m_db->connection();
    QList<QuotaLine> lines;
    for (const QuotaResource &r : quotaResources()) {
        const QString name = QLatin1String(r.name);
        lines.append({name, limitOf(db, QString(), name), 0});
    }
    return lines;
}

Result<QStringList> QuotaService::set(const RequestContext &ctx, const QString &project,
                                      const QHash<QString, qint64> &limits)
{
    return audited(
        m_log, ctx, QStringLiteral("quota.update"), QStringLiteral("project"), project,
        [&]() -> Result<QStringList> {
            if (auto p = m_policy->check(ctx, QStringLiteral("quota:update")); !p)
                return p.error();
            if (auto v = validateLimits(limits); !v)
                return v.error();
            QStringList below;
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                const QString projectId = idByNameOrId(db, "projects", project);
                if (projectId.isEmpty())
                    return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
                const auto used = usage(db, projectId);
                for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
                    if (auto e = execSql(db,
                                         QStringLiteral("INSERT INTO project_quotas (project_id, resource, "
                                                        "hard_limit) VALUES (?,?,?) "
                                                        "ON CONFLICT(project_id, resource) DO UPDATE SET "
                                                        "hard_limit = excluded.hard_limit"),
                                         {projectId, it.key(), it.value()});
                        !e)
                        return e;
                    if (it.value() >= 0 && used.value(it.key()) > it.value())
                        below << tr("%1: limit %2 is below the %3 in use")
                                     .arg(it.key())
                                     .arg(it.value())
                                     .arg(used.value(it.key()));
                }
                return {};
            });
            if (!r)
                return r.error();
            below.sort();
            return below;
        });
}

Result<void> QuotaService::setDefaults(const RequestContext &ctx, const QHash<QString, qint64> &limits)
{
    return audited(
        m_log, ctx, QStringLiteral("quota.update_defaults"), QStringLiteral("quota"),
        QStringLiteral("defaults"), [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("quota:update_defaults")); !p)
                return p.error();
            if (auto v = validateLimits(limits); !v)
                return v;
            return m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                for (auto it = limits.cbegin(); it != limits.cend(); ++it)
                    if (auto e = execSql(
                            db,
                            QStringLiteral(
                                "INSERT INTO default_quotas (resource, hard_limit) VALUES (?, ?) "
                                "ON CONFLICT(resource) DO UPDATE SET hard_limit = excluded.hard_limit"),
                            {it.key(), it.value()});
                        !e)
                        return e;
                return {};
            });
        });
}

} // namespace sd
