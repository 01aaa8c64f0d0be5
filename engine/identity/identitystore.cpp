#include "identitystore.h"

#include "core/ids.h"
#include "passwordhasher.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sd {

namespace {

QString idOf(QSqlDatabase &db, const QString &table, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace

Result<QString> IdentityStore::bootstrapAdmin(const QString &userName, const QString &password,
                                              const QString &projectName)
{
    return bootstrap(userName, password, projectName, QStringLiteral("admin"));
}

Result<QString> IdentityStore::bootstrap(const QString &userName, const QString &password, const QString &projectName,
                                         const QString &roleName)
{
    if (password.size() < 8)
        return makeError(ErrorCode::BadRequest, tr("Password of %1: at least 8 characters").arg(userName));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, tr("Cannot hash the password (libsodium failed)"));
    QString userId;
    auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const char *role : {"admin", "member", "reader"}) {
            if (idOf(db, QStringLiteral("roles"), QLatin1String(role)).isEmpty())
                if (auto e = execSql(db, QStringLiteral("INSERT INTO roles (id, name, built_in) VALUES (?, ?, 1)"),
                                     {newId(), QLatin1String(role)});
                    !e)
                    return e;
        }
        QString projectId = idOf(db, QStringLiteral("projects"), projectName);
        if (projectId.isEmpty()) {
            projectId = newId();
            if (auto e = execSql(db,
                                 QStringLiteral("INSERT INTO projects (id, name, description, created_at) "
                                                "VALUES (?, ?, ?, ?)"),
                                 {projectId, projectName, tr("Created at bootstrap for user %1").arg(userName), now});
                !e)
                return e;
        }
        userId = idOf(db, QStringLiteral("users"), userName);
        if (userId.isEmpty()) {
            userId = newId();
            if (auto e = execSql(db,
                                 QStringLiteral("INSERT INTO users (id, name, password_hash, default_project_id, "
                                                "created_at) VALUES (?, ?, ?, ?, ?)"),
                                 {userId, userName, hash, projectId, now});
                !e)
                return e;
        }
        return execSql(db,
                       QStringLiteral("INSERT OR IGNORE INTO role_assignments (user_id, project_id, role_id) "
                                      "VALUES (?, ?, ?)"),
                       {userId, projectId, idOf(db, QStringLiteral("roles"), roleName)});
    });
    if (!r)
        return r.error();
    return userId;
}

bool IdentityStore::hasUsers() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1")) && q.next();
}

Result<RequestContext> IdentityStore::contextFor(const QString &userName, const QString &projectName) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.enabled, p.id, p.name, p.enabled FROM users u JOIN projects p "
        "ON p.name = COALESCE(NULLIF(?, ''), (SELECT name FROM projects WHERE id = u.default_project_id)) "
        "WHERE u.name = ?"));
    q.addBindValue(projectName);
    q.addBindValue(userName);
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::Forbidden,
                         tr("Login as %1 in project %2 failed: no such user or project")
                             .arg(userName, projectName.isEmpty() ? tr("(default)") : projectName));
    if (!q.value(1).toBool())
        return makeError(ErrorCode::Forbidden, tr("User %1 is disabled").arg(userName));
    if (!q.value(4).toBool())
        return makeError(ErrorCode::Forbidden, tr("Project %1 is disabled").arg(q.value(3).toString()));
    RequestContext ctx;
    ctx.userId = q.value(0).toString();
    ctx.userName = userName;
    ctx.projectId = q.value(2).toString();
    ctx.projectName = q.value(3).toString();
    QSqlQuery roles(m_db->connection());
    roles.prepare(QStringLiteral("SELECT r.name FROM role_assignments a JOIN roles r ON r.id = a.role_id "
                                 "WHERE a.user_id = ? AND a.project_id = ? UNION "
                                 "SELECT r.name FROM group_role_assignments g JOIN group_members m ON m.group_id = g.group_id "
                                 "JOIN roles r ON r.id = g.role_id WHERE m.user_id = ? AND g.project_id = ? ORDER BY 1"));
    roles.addBindValue(ctx.userId);
    roles.addBindValue(ctx.projectId);
    roles.addBindValue(ctx.userId);
    roles.addBindValue(ctx.projectId);
    roles.exec();
    while (roles.next())
        ctx.roles.append(roles.value(0).toString());
    if (ctx.roles.isEmpty())
        return makeError(ErrorCode::Forbidden,
                         tr("User %1 has no role in project %2").arg(userName, ctx.projectName));
    ctx.requestId = newRequestId();
    return ctx;
}

Result<RequestContext> IdentityStore::login(const QString &userName, const QString &password,
                                            const QString &projectName) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE name = ?"));
    q.addBindValue(userName);
    // The same answer for an unknown user and a wrong password: do not tell which names exist.
    const Error denied = makeError(ErrorCode::Forbidden, tr("Login as %1 failed: wrong user name or password").arg(userName));
    if (!q.exec() || !q.next())
        return denied;
    if (!PasswordHasher::verify(q.value(0).toString(), password))
        return denied;
    return contextFor(userName, projectName);
}

Result<RequestContext> IdentityStore::rescope(const RequestContext &ctx, const QString &projectName) const
{
    if (!ctx.isValid())
        return makeError(ErrorCode::Forbidden, tr("Switch to project %1: you are not logged in").arg(projectName));
    if (projectName.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Switch project: no project name given"));
    return contextFor(ctx.userName, projectName.trimmed());
}

Result<RequestContext> IdentityStore::localAdmin() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT u.name, p.name FROM role_assignments a JOIN users u ON u.id = a.user_id "
                          "JOIN projects p ON p.id = a.project_id JOIN roles r ON r.id = a.role_id "
                          "WHERE r.name = 'admin' AND u.enabled = 1 AND p.enabled = 1 "
                          "ORDER BY u.created_at LIMIT 1"));
    if (!q.next())
        return makeError(ErrorCode::Forbidden, tr("This data dir has no administrator yet"));
    return contextFor(q.value(0).toString(), q.value(1).toString());
}

QStringList IdentityStore::projectNames() const
{
    QStringList names;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT name FROM projects ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace sd
