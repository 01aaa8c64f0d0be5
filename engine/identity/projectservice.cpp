#include "projectservice.h"

#include "adminguard.h"
#include "core/ids.h"
#include "core/namecheck.h"
#include "policy.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

namespace {

Project readProject(const QSqlQuery &q)
{
    return Project{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                   QDateTime::fromString(q.value(4).toString(), Qt::ISODate)};
}

constexpr auto kColumns = "id, name, description, enabled, created_at";

} // namespace

ProjectService::ProjectService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                               QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy), m_quotas(quotas)
{
}

std::optional<Project> ProjectService::find(const QString &nameOrId) const
{
    QSqlDatabase db = m_db->connection();
    const QString id = idByNameOrId(db, "projects", nameOrId);
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM projects WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readProject(q);
    return std::nullopt;
}

Result<QList<Project>> ProjectService::list(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("project:list")); !p)
        return p.error();
    if (!ctx.isAdmin())
        return mine(ctx);
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT %1 FROM projects ORDER BY name").arg(QLatin1String(kColumns)));
    QList<Project> list;
    while (q.next())
        list.append(readProject(q));
    return list;
}

Result<QList<Project>> ProjectService::mine(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("project:list")); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM projects WHERE id IN ("
                             "SELECT project_id FROM role_assignments WHERE user_id = ? UNION "
                             "SELECT g.project_id FROM group_role_assignments g JOIN group_members m "
                             "ON m.group_id = g.group_id WHERE m.user_id = ?) ORDER BY name")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(ctx.userId);
    q.addBindValue(ctx.userId);
    q.exec();
    QList<Project> list;
    while (q.next())
        list.append(readProject(q));
    return list;
}

Result<Project> ProjectService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    const auto project = find(nameOrId);
    // Outside one's project the answer is NotFound, so names of other tenants do not leak.
    if (!project || !m_policy->allows(ctx, QStringLiteral("project:show"), project->id))
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(nameOrId));
    return *project;
}

Result<Project> ProjectService::create(const RequestContext &ctx, const ProjectSpec &spec)
{
    return audited(m_log, ctx, QStringLiteral("project.create"), QStringLiteral("project"), spec.name,
                   [&]() -> Result<Project> {
                       if (auto p = m_policy->check(ctx, QStringLiteral("project:create")); !p)
                           return p.error();
                       auto name = checkedName(tr("Project name"), spec.name);
                       if (!name)
                           return name.error();
                       auto description = checkedText(tr("Project description"), spec.description);
                       if (!description)
                           return description.error();
                       const QString id = newId();
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           if (!idByNameOrId(db, "projects", *name).isEmpty())
                               return makeError(
                                   ErrorCode::Conflict,
                                   tr("Project name '%1' is already used; choose another name").arg(*name));
                           return execSql(db,
                                          QStringLiteral("INSERT INTO projects (id, name, description, "
                                                         "enabled, created_at) VALUES (?,?,?,?,?)"),
                                          {id, *name, *description, spec.enabled,
                                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                       });
                       if (!r)
                           return r.error();
                       emit projectChanged(id);
                       return *find(id);
                   });
}

Result<Project> ProjectService::update(const RequestContext &ctx, const QString &nameOrId,
                                       const ProjectUpdate &change)
{
    return audited(
        m_log, ctx, QStringLiteral("project.update"), QStringLiteral("project"), nameOrId,
        [&]() -> Result<Project> {
            if (auto p = m_policy->check(ctx, QStringLiteral("project:update")); !p)
                return p.error();
            auto project = find(nameOrId);
            if (!project)
                return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(nameOrId));
            Project p = *project;
            if (change.name) {
                auto name = checkedName(tr("Project name"), *change.name);
                if (!name)
                    return name.error();
                p.name = *name;
            }
            if (change.description) {
                auto d = checkedText(tr("Project description"), *change.description);
                if (!d)
                    return d.error();
                p.description = *d;
            }
            if (change.enabled) {
                if (!*change.enabled && p.id == ctx.projectId)
                    return makeError(ErrorCode::Conflict, tr("Project %1 is the one you are working in; "
                                                             "switch to another project before disabling it")
                                                              .arg(p.name));
                p.enabled = *change.enabled;
            }
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                const QString other = idByNameOrId(db, "projects", p.name);
                if (!other.isEmpty() && other != p.id)
                    return makeError(
                        ErrorCode::Conflict,
                        tr("Project name '%1' is already used; choose another name").arg(p.name));
                if (auto e = execSql(
                        db,
                        QStringLiteral(
                            "UPDATE projects SET name = ?, description = ?, enabled = ? WHERE id = ?"),
                        {p.name, p.description, p.enabled, p.id});
                    !e)
                    return e;
                if (!p.enabled)
                    return ensureAnAdministratorRemains(db, tr("Disable project %1").arg(p.name));
                return {};
            });
            if (!r)
                return r.error();
            emit projectChanged(p.id);
            return *find(p.id);
        });
}

Result<void> ProjectService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    return audited(
        m_log, ctx, QStringLiteral("project.delete"), QStringLiteral("project"), nameOrId,
        [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("project:delete")); !p)
                return p.error();
            auto project = find(nameOrId);
            if (!project)
                return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(nameOrId));
            if (project->id == ctx.projectId)
                return makeError(ErrorCode::Conflict, tr("Project %1 is the one you are working in; switch "
                                                         "to another project before deleting it")
                                                          .arg(project->name));
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                // The default security group is the project's own, made with it (as in Neutron): it goes
                // with the project unless a port still uses it. Rolled back if anything else is left.
                if (auto e = execSql(db, QStringLiteral("DELETE FROM security_groups WHERE project_id = ? AND name = "
                                                        "'default' AND id NOT IN (SELECT security_group_id FROM "
                                                        "port_security_groups)"),
                                     {project->id});
                    !e)
                    return e;
                QStringList owned;
                const auto used = m_quotas->usage(db, project->id);
                for (auto it = used.cbegin(); it != used.cend(); ++it)
                    if (it.value() > 0)
                        owned << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
                if (!owned.isEmpty()) {
                    owned.sort();
                    return makeError(ErrorCode::Conflict,
                                     tr("Project %1 still owns resources (%2); delete them first")
                                         .arg(project->name, owned.join(QStringLiteral(", "))));
                }
                if (auto e = execSql(db, QStringLiteral("DELETE FROM projects WHERE id = ?"), {project->id});
                    !e)
                    return e;
                return ensureAnAdministratorRemains(db, tr("Delete project %1").arg(project->name));
            });
            if (!r)
                return r;
            emit projectRemoved(project->id);
            return {};
        });
}

} // namespace sd
