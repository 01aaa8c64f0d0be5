#include "servergroupservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

namespace {

const QString kGroups = QStringLiteral("server_groups");
const QString kMembers = QStringLiteral("server_group_members");

QStringList idsFrom(QSqlQuery &q)
{
    QStringList ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

} // namespace

ServerGroupService::ServerGroupService(std::shared_ptr<Database> db, const Policy *policy,
                                       QuotaService *quotas, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy), m_quotas(quotas)
{
    m_quotas->registerUsageCounter(kGroups, [](QSqlDatabase &db, const QString &project) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM server_groups WHERE project_id = ?"),
                         {project});
    });
    m_quotas->registerOwnerUsageCounter(kMembers, [](QSqlDatabase &db, const QString &groupId) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM server_group_members WHERE group_id = ?"),
                         {groupId});
    });
}

QStringList ServerGroupService::policies()
{
    return {QStringLiteral("affinity"), QStringLiteral("anti-affinity"), QStringLiteral("soft-affinity"),
            QStringLiteral("soft-anti-affinity")};
}

Result<void> ServerGroupService::validatePolicy(const QString &policy)
{
    if (policies().contains(policy))
        return {};
    return makeError(
        ErrorCode::BadRequest,
        tr("Server group policy '%1': use one of %2").arg(policy, policies().join(QStringLiteral(", "))));
}

std::optional<ServerGroup> ServerGroupService::find(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT g.id, g.name, g.project_id, COALESCE(p.name, ''), g.user_id, g.policy, "
                             "g.created_at FROM server_groups g LEFT JOIN projects p ON p.id = g.project_id "
                             "WHERE g.id = ?"));
    bindValues(q, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    ServerGroup g;
    g.id = q.value(0).toString();
    g.name = q.value(1).toString();
    g.projectId = q.value(2).toString();
    g.projectName = q.value(3).toString();
    g.userId = q.value(4).toString();
    g.policy = q.value(5).toString();
    g.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    QSqlQuery members(db);
    members.prepare(QStringLiteral(
        "SELECT instance_id FROM server_group_members WHERE group_id = ? ORDER BY instance_id"));
    bindValues(members, {id});
    g.members = idsFrom(members);
    return g;
}

Result<ServerGroup> ServerGroupService::resolve(const RequestContext &ctx, const QString &nameOrId) const
{
    QSqlDatabase db = m_db->connection();
    const auto notFound = [&] {
        return makeError(ErrorCode::NotFound, tr("Server group '%1': no such server group").arg(nameOrId));
    };
    // By id: any group the caller may see (another project's is "not found", as in Nova).
    if (auto g = find(nameOrId)) {
        if (ctx.isAdmin() || g->projectId == ctx.projectId)
            return *g;
        return notFound();
    }
    // By name: names need not be unique (Nova allows duplicates), so a name must pick exactly one. The
    // caller's project first; administrators then look in every project.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM server_groups WHERE name = ? AND project_id = ?"));
    bindValues(q, {nameOrId, ctx.projectId});
    QStringList ids = idsFrom(q);
    if (ids.isEmpty() && ctx.isAdmin()) {
        QSqlQuery all(db);
        all.prepare(QStringLiteral("SELECT id FROM server_groups WHERE name = ?"));
        bindValues(all, {nameOrId});
        ids = idsFrom(all);
    }
    if (ids.isEmpty())
        return notFound();
    if (ids.size() > 1)
        return makeError(
            ErrorCode::Conflict,
            tr("Server group '%1': %2 groups have this name; use the ID").arg(nameOrId).arg(ids.size()));
    return *find(ids.first());
}

Result<QList<ServerGroup>> ServerGroupService::list(const RequestContext &ctx, bool allProjects) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("server_group:list")); !p)
        return p.error();
    if (allProjects && !ctx.isAdmin())
        return makeError(ErrorCode::Forbidden,
                         tr("All projects: only administrators may list every project's "
                            "server groups"));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM server_groups WHERE ? OR project_id = ? ORDER BY name, id"));
    bindValues(q, {allProjects, ctx.projectId});
    QList<ServerGroup> list;
    for (const QString &id : idsFrom(q))
        if (auto g = find(id))
            list.append(*g);
    return list;
}

Result<ServerGroup> ServerGroupService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("server_group:show")); !p)
        return p.error();
    return resolve(ctx, nameOrId);
}

Result<ServerGroup> ServerGroupService::create(const RequestContext &ctx, const QString &nameIn,
                                               const QString &policy)
{
    return audited(
        m_log, ctx, QStringLiteral("server_group.create"), QStringLiteral("server_group"), nameIn,
        [&]() -> Result<ServerGroup> {
            if (auto p = m_policy->check(ctx, QStringLiteral("server_group:create"), ctx.projectId); !p)
                return p.error();
            auto name = checkedName(tr("Server group name"), nameIn);
            if (!name)
                return name.error();
            if (auto v = validatePolicy(policy); !v)
                return v.error();
            const QString id = newId();
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (auto q = m_quotas->check(db, ctx.projectId, {{kGroups, 1}}); !q)
                    return q;
                return execSql(
                    db,
                    QStringLiteral("INSERT INTO server_groups (id, name, project_id, user_id, policy, "
                                   "created_at) VALUES (?,?,?,?,?,?)"),
                    {id, *name, ctx.projectId, ctx.userId, policy,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            });
            if (!r)
                return r.error();
            emit serverGroupChanged(id);
            return *find(id);
        });
}

Result<void> ServerGroupService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    return audited(
        m_log, ctx, QStringLiteral("server_group.delete"), QStringLiteral("server_group"), nameOrId,
        [&]() -> Result<void> {
            const auto g = resolve(ctx, nameOrId);
            if (!g)
                return g.error();
            if (auto p = m_policy->check(ctx, QStringLiteral("server_group:delete"), g->projectId); !p)
                return p;
            QSqlDatabase db = m_db->connection();
            // The members' rows go with the group (ON DELETE CASCADE): they leave it, as in Nova.
            if (auto e = execSql(db, QStringLiteral("DELETE FROM server_groups WHERE id = ?"), {g->id}); !e)
                return e;
            emit serverGroupRemoved(g->id);
            return {};
        });
}

Result<void> ServerGroupService::addMember(QSqlDatabase &db, const QuotaService &quotas,
                                           const QString &groupId, const QString &projectId,
                                           const QString &instanceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, project_id FROM server_groups WHERE id = ?"));
    bindValues(q, {groupId});
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::NotFound, tr("Server group '%1': no such server group").arg(groupId));
    const QString name = q.value(0).toString();
    if (q.value(1).toString() != projectId)
        // Another project's group is not revealed.
        return makeError(ErrorCode::NotFound, tr("Server group '%1': no such server group").arg(groupId));
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT g.name FROM server_group_members m JOIN server_groups g ON g.id = "
                                   "m.group_id WHERE m.instance_id = ?"));
    bindValues(current, {instanceId});
    if (current.exec() && current.next())
        return makeError(ErrorCode::Conflict,
                         tr("Instance %1 is already in server group %2; an instance belongs "
                            "to one group at most")
                             .arg(instanceId, current.value(0).toString()));
    if (auto check = quotas.checkOwned(db, projectId, groupId, kMembers, 1); !check)
        return makeError(check.error().code,
                         tr("Server group %1 is full: %2").arg(name, check.error().message));
    return execSql(db,
                   QStringLiteral("INSERT INTO server_group_members (group_id, instance_id) VALUES (?,?)"),
                   {groupId, instanceId});
}

Result<void> ServerGroupService::removeMember(QSqlDatabase &db, const QString &instanceId)
{
    return execSql(db, QStringLiteral("DELETE FROM server_group_members WHERE instance_id = ?"),
                   {instanceId});
}

} // namespace sd
