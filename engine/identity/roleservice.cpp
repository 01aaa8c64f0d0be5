#include "roleservice.h"

#include "adminguard.h"
#include "core/ids.h"
#include "core/namecheck.h"
#include "policy.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sd {

RoleService::RoleService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy)
{
}

Result<QList<Role>> RoleService::list(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("role:list")); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id, name, built_in FROM roles ORDER BY name"));
    QList<Role> list;
    while (q.next())
        list.append(Role{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return list;
}

Result<Role> RoleService::create(const RequestContext &ctx, const QString &nameIn)
{
    return audited(
        m_log, ctx, QStringLiteral("role.create"), QStringLiteral("role"), nameIn, [&]() -> Result<Role> {
            if (auto p = m_policy->check(ctx, QStringLiteral("role:create")); !p)
                return p.error();
            auto name = checkedName(tr("Role name"), nameIn);
            if (!name)
                return name.error();
            const QString id = newId();
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (!idByNameOrId(db, "roles", *name).isEmpty())
                    return makeError(ErrorCode::Conflict, tr("Role name '%1' is already used").arg(*name));
                return execSql(db, QStringLiteral("INSERT INTO roles (id, name, built_in) VALUES (?, ?, 0)"),
                               {id, *name});
            });
            if (!r)
                return r.error();
            emit roleChanged(id);
            return Role{id, *name, false};
        });
}

Result<void> RoleService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    return audited(
        m_log, ctx, QStringLiteral("role.delete"), QStringLiteral("role"), nameOrId, [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("role:delete")); !p)
                return p;
            QString id;
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                id = idByNameOrId(db, "roles", nameOrId);
                if (id.isEmpty())
                    return makeError(ErrorCode::NotFound, tr("Role '%1': no such role").arg(nameOrId));
                if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM roles WHERE id = ? AND built_in = 1"),
                              {id}) > 0)
                    return makeError(ErrorCode::Conflict,
                                     tr("Role %1 is built in (admin, member, reader) and cannot be deleted")
                                         .arg(nameById(db, "roles", id)));
                return execSql(db, QStringLiteral("DELETE FROM roles WHERE id = ?"), {id});
            });
            if (!r)
                return r;
            emit roleRemoved(id);
            emit assignmentsChanged();
            return {};
        });
}

Result<RoleService::Ids> RoleService::resolve(QSqlDatabase &db, const char *subjectTable,
                                              const QString &subjectLabel, const QString &subject,
                                              const QString &project, const QString &role) const
{
    Ids ids{idByNameOrId(db, subjectTable, subject), idByNameOrId(db, "projects", project),
            idByNameOrId(db, "roles", role)};
    if (ids.subject.isEmpty())
        return makeError(ErrorCode::NotFound, tr("%1 '%2': not found").arg(subjectLabel, subject));
    if (ids.project.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
    if (ids.role.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Role '%1': no such role").arg(role));
    return ids;
}

Result<void> RoleService::assignToUser(const RequestContext &ctx, const QString &user, const QString &project,
                                       const QString &role)
{
    return audited(m_log, ctx, QStringLiteral("role.assign"), QStringLiteral("role_assignment"),
                   QStringLiteral("%1 to user %2 on project %3").arg(role, user, project),
                   [&]() -> Result<void> {
                       if (auto p = m_policy->check(ctx, QStringLiteral("role_assignment:create")); !p)
                           return p;
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           auto ids = resolve(db, "users", tr("User"), user, project, role);
                           if (!ids)
                               return ids.error();
                           return execSql(db,
                                          QStringLiteral("INSERT OR IGNORE INTO role_assignments (user_id, "
                                                         "project_id, role_id) VALUES (?,?,?)"),
                                          {ids->subject, ids->project, ids->role});
                       });
                       if (r)
                           emit assignmentsChanged();
                       return r;
                   });
}

Result<void> RoleService::unassignFromUser(const RequestContext &ctx, const QString &user,
                                           const QString &project, const QString &role)
{
    return audited(
        m_log, ctx, QStringLiteral("role.unassign"), QStringLiteral("role_assignment"),
        QStringLiteral("%1 from user %2 on project %3").arg(role, user, project), [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("role_assignment:delete")); !p)
                return p;
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                auto ids = resolve(db, "users", tr("User"), user, project, role);
                if (!ids)
                    return ids.error();
                const bool exists =
                    countRows(db,
                              QStringLiteral("SELECT COUNT(*) FROM role_assignments WHERE user_id = ? AND "
                                             "project_id = ? AND role_id = ?"),
                              {ids->subject, ids->project, ids->role}) > 0;
                if (!exists)
                    return makeError(ErrorCode::NotFound,
                                     tr("User %1 has no role %2 on project %3").arg(user, role, project));
                if (nameById(db, "roles", ids->role) == QLatin1String("admin") && ids->subject == ctx.userId)
                    return makeError(ErrorCode::Conflict, tr("Remove role admin: you cannot remove your own "
                                                             "admin role; ask another administrator"));
                if (auto e = execSql(db,
                                     QStringLiteral("DELETE FROM role_assignments WHERE user_id = ? AND "
                                                    "project_id = ? AND role_id = ?"),
                                     {ids->subject, ids->project, ids->role});
                    !e)
                    return e;
                return ensureAnAdministratorRemains(db, tr("Remove role %1 from user %2").arg(role, user));
            });
            if (r)
                emit assignmentsChanged();
            return r;
        });
}

Result<void> RoleService::assignToGroup(const RequestContext &ctx, const QString &group,
                                        const QString &project, const QString &role)
{
    return audited(
        m_log, ctx, QStringLiteral("role.assign"), QStringLiteral("role_assignment"),
        QStringLiteral("%1 to group %2 on project %3").arg(role, group, project), [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("role_assignment:create")); !p)
                return p;
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                auto ids = resolve(db, "groups", tr("Group"), group, project, role);
                if (!ids)
                    return ids.error();
                return execSql(
                    db,
                    QStringLiteral(
                        "INSERT OR IGNORE INTO group_role_assignments (group_id, project_id, role_id) "
                        "VALUES (?,?,?)"),
                    {ids->subject, ids->project, ids->role});
            });
            if (r)
                emit assignmentsChanged();
            return r;
        });
}

Result<void> RoleService::unassignFromGroup(const RequestContext &ctx, const QString &group,
                                            const QString &project, const QString &role)
{
    return audited(
        m_log, ctx, QStringLiteral("role.unassign"), QStringLiteral("role_assignment"),
        QStringLiteral("%1 from group %2 on project %3").arg(role, group, project), [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("role_assignment:delete")); !p)
                return p;
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                auto ids = resolve(db, "groups", tr("Group"), group, project, role);
                if (!ids)
                    return ids.error();
                if (auto e = execSql(db,
                                     QStringLiteral("DELETE FROM group_role_assignments WHERE group_id = ? "
                                                    "AND project_id = ? AND role_id = ?"),
                                     {ids->subject, ids->project, ids->role});
                    !e)
                    return e;
                return ensureAnAdministratorRemains(db, tr("Remove role %1 from group %2").arg(role, group));
            });
            if (r)
                emit assignmentsChanged();
            return r;
        });
}

Result<QList<RoleAssignment>> RoleService::assignments(const RequestContext &ctx,
                                                       const RoleAssignmentFilter &filter) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("role_assignment:list")); !p)
        return p.error();
    QSqlDatabase db = m_db->connection();
    QString userId, projectId;
    if (!filter.user.isEmpty() && (userId = idByNameOrId(db, "users", filter.user)).isEmpty())
        return makeError(ErrorCode::NotFound, tr("User '%1': no such user").arg(filter.user));
    if (!filter.project.isEmpty() && (projectId = idByNameOrId(db, "projects", filter.project)).isEmpty())
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(filter.project));
    if (!ctx.isAdmin()) {
        // Non-admins see only their own roles in the project they work in.
        if ((!userId.isEmpty() && userId != ctx.userId) ||
            (!projectId.isEmpty() && projectId != ctx.projectId))
            return makeError(ErrorCode::Forbidden,
                             tr("role_assignment:list: you may list only your own roles in project %1")
                                 .arg(ctx.projectName));
        userId = ctx.userId;
        projectId = ctx.projectId;
    }
    QString sql =
        QStringLiteral("SELECT r.id, r.name, u.id, u.name, '', '', p.id, p.name FROM role_assignments a "
                       "JOIN roles r ON r.id = a.role_id JOIN users u ON u.id = a.user_id JOIN projects p ON "
                       "p.id = a.project_id "
                       "WHERE (? = '' OR a.user_id = ?) AND (? = '' OR a.project_id = ?)");
    if (filter.effective || !ctx.isAdmin()) {
        // Group roles count as the user's own (Keystone's --effective).
        sql += QStringLiteral(
            " UNION SELECT r.id, r.name, u.id, u.name, '', '', p.id, p.name FROM group_role_assignments g "
            "JOIN group_members m ON m.group_id = g.group_id JOIN users u ON u.id = m.user_id "
            "JOIN roles r ON r.id = g.role_id JOIN projects p ON p.id = g.project_id "
            "WHERE (? = '' OR m.user_id = ?) AND (? = '' OR g.project_id = ?)");
    } else {
        sql += QStringLiteral(
            " UNION SELECT r.id, r.name, '', '', gr.id, gr.name, p.id, p.name FROM group_role_assignments g "
            "JOIN groups gr ON gr.id = g.group_id JOIN roles r ON r.id = g.role_id JOIN projects p ON p.id = "
            "g.project_id "
            "WHERE ? = '' AND ? = '' AND (? = '' OR g.project_id = ?)");
    }
    sql += QStringLiteral(" ORDER BY 8, 4, 6, 2");
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, {userId, userId, projectId, projectId, userId, userId, projectId, projectId});
    if (!q.exec())
        return makeError(ErrorCode::Internal, tr("Role assignments: the query failed"), q.lastError().text());
    QList<RoleAssignment> list;
    while (q.next())
        list.append(RoleAssignment{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                   q.value(6).toString(), q.value(7).toString()});
    return list;
}

} // namespace sd
