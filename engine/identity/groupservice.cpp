#include "groupservice.h"

#include "adminguard.h"
#include "core/ids.h"
#include "core/namecheck.h"
#include "policy.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

GroupService::GroupService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy)
{
}

std::optional<Group> GroupService::find(const QString &nameOrId) const
{
    QSqlDatabase db = m_db->connection();
    const QString id = idByNameOrId(db, "groups", nameOrId);
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, description FROM groups WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Group g{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT u.name FROM group_members gm JOIN users u ON u.id = gm.user_id "
                             "WHERE gm.group_id = ? ORDER BY u.name"));
    m.addBindValue(id);
    m.exec();
    while (m.next())
        g.memberNames.append(m.value(0).toString());
    return g;
}

Result<QList<Group>> GroupService::list(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("group:list")); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id FROM groups ORDER BY name"));
    QList<Group> list;
    while (q.next())
        if (auto g = find(q.value(0).toString()))
            list.append(*g);
    return list;
}

Result<Group> GroupService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("group:show")); !p)
        return p.error();
    if (auto g = find(nameOrId))
        return *g;
    return makeError(ErrorCode::NotFound, tr("Group '%1': no such group").arg(nameOrId));
}

Result<Group> GroupService::create(const RequestContext &ctx, const GroupSpec &spec)
{
    return audited(
        m_log, ctx, QStringLiteral("group.create"), QStringLiteral("group"), spec.name,
        [&]() -> Result<Group> {
            if (auto p = m_policy->check(ctx, QStringLiteral("group:create")); !p)
                return p.error();
            auto name = checkedName(tr("Group name"), spec.name);
            if (!name)
                return name.error();
            auto description = checkedText(tr("Group description"), spec.description);
            if (!description)
                return description.error();
            const QString id = newId();
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (!idByNameOrId(db, "groups", *name).isEmpty())
                    return makeError(ErrorCode::Conflict,
                                     tr("Group name '%1' is already used; choose another name").arg(*name));
                return execSql(
                    db,
                    QStringLiteral("INSERT INTO groups (id, name, description, created_at) VALUES (?,?,?,?)"),
                    {id, *name, *description, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            });
            if (!r)
                return r.error();
            emit groupChanged(id);
            return *find(id);
        });
}

Result<Group> GroupService::update(const RequestContext &ctx, const QString &nameOrId, const GroupSpec &spec)
{
    return audited(
        m_log, ctx, QStringLiteral("group.update"), QStringLiteral("group"), nameOrId,
        [&]() -> Result<Group> {
            if (auto p = m_policy->check(ctx, QStringLiteral("group:update")); !p)
                return p.error();
            const auto group = find(nameOrId);
            if (!group)
                return makeError(ErrorCode::NotFound, tr("Group '%1': no such group").arg(nameOrId));
            auto name = checkedName(tr("Group name"), spec.name);
            if (!name)
                return name.error();
            auto description = checkedText(tr("Group description"), spec.description);
            if (!description)
                return description.error();
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                const QString other = idByNameOrId(db, "groups", *name);
                if (!other.isEmpty() && other != group->id)
                    return makeError(ErrorCode::Conflict,
                                     tr("Group name '%1' is already used; choose another name").arg(*name));
                return execSql(db, QStringLiteral("UPDATE groups SET name = ?, description = ? WHERE id = ?"),
                               {*name, *description, group->id});
            });
            if (!r)
                return r.error();
            emit groupChanged(group->id);
            return *find(group->id);
        });
}

Result<void> GroupService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    return audited(
        m_log, ctx, QStringLiteral("group.delete"), QStringLiteral("group"), nameOrId, [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("group:delete")); !p)
                return p;
            const auto group = find(nameOrId);
            if (!group)
                return makeError(ErrorCode::NotFound, tr("Group '%1': no such group").arg(nameOrId));
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (auto e = execSql(db, QStringLiteral("DELETE FROM groups WHERE id = ?"), {group->id}); !e)
                    return e;
                return ensureAnAdministratorRemains(db, tr("Delete group %1").arg(group->name));
            });
            if (!r)
                return r;
            emit groupRemoved(group->id);
            return {};
        });
}

Result<void> GroupService::changeMembership(const RequestContext &ctx, const QString &group,
                                            const QString &user, bool add)
{
    return audited(
        m_log, ctx, QStringLiteral("group.membership"), QStringLiteral("group"),
        QStringLiteral("%1 %2 %3").arg(add ? QStringLiteral("add") : QStringLiteral("remove"), user, group),
        [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("group:update")); !p)
                return p;
            QString groupId;
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                groupId = idByNameOrId(db, "groups", group);
                if (groupId.isEmpty())
                    return makeError(ErrorCode::NotFound, tr("Group '%1': no such group").arg(group));
                const QString userId = idByNameOrId(db, "users", user);
                if (userId.isEmpty())
                    return makeError(ErrorCode::NotFound, tr("User '%1': no such user").arg(user));
                if (add)
                    return execSql(
                        db,
                        QStringLiteral(
                            "INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)"),
                        {groupId, userId});
                if (countRows(db,
                              QStringLiteral(
                                  "SELECT COUNT(*) FROM group_members WHERE group_id = ? AND user_id = ?"),
                              {groupId, userId}) == 0)
                    return makeError(ErrorCode::NotFound,
                                     tr("User %1 is not a member of group %2").arg(user, group));
                if (auto e = execSql(
                        db, QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND user_id = ?"),
                        {groupId, userId});
                    !e)
                    return e;
                return ensureAnAdministratorRemains(db, tr("Remove user %1 from group %2").arg(user, group));
            });
            if (r)
                emit groupChanged(groupId);
            return r;
        });
}

Result<void> GroupService::addUser(const RequestContext &ctx, const QString &group, const QString &user)
{
    return changeMembership(ctx, group, user, true);
}

Result<void> GroupService::removeUser(const RequestContext &ctx, const QString &group, const QString &user)
{
    return changeMembership(ctx, group, user, false);
}

} // namespace sd
