#include "userservice.h"

#include "adminguard.h"
#include "core/ids.h"
#include "core/namecheck.h"
#include "passwordhasher.h"
#include "policy.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace sd {

namespace {

constexpr auto kSelect = "SELECT u.id, u.name, u.email, u.description, u.default_project_id, "
                         "COALESCE(p.name, ''), u.enabled, u.created_at FROM users u "
                         "LEFT JOIN projects p ON p.id = u.default_project_id";

User readUser(const QSqlQuery &q)
{
    return User{q.value(0).toString(), q.value(1).toString(),
                q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString(),
                q.value(6).toBool(),   QDateTime::fromString(q.value(7).toString(), Qt::ISODate)};
}

constexpr auto kMinLengthKey = "identity.password_min_length";

Result<QString> checkedEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!trimmed.isEmpty() && (!pattern.match(trimmed).hasMatch() || trimmed.size() > 255))
        return makeError(
            ErrorCode::BadRequest,
            QCoreApplication::translate("sd::UserService", "Email '%1': not an email address").arg(trimmed));
    return trimmed;
}

} // namespace

UserService::UserService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy)
{
}

int UserService::minimumPasswordLength() const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(kMinLengthKey));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 8;
}

Result<void> UserService::setMinimumPasswordLength(const RequestContext &ctx, int length)
{
    return audited(m_log, ctx, QStringLiteral("settings.update"), QStringLiteral("setting"),
                   QStringLiteral("identity.password_min_length"), [&]() -> Result<void> {
                       if (auto p = m_policy->check(ctx, QStringLiteral("settings:update")); !p)
                           return p;
                       if (length < 1 || length > 128)
                           return makeError(ErrorCode::BadRequest,
                                            tr("Minimum password length %1: must be 1 to 128").arg(length));
                       QSqlDatabase db = m_db->connection();
                       return execSql(db,
                                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                      {QLatin1String(kMinLengthKey), QString::number(length)});
                   });
}

Result<void> UserService::checkPassword(const QString &password) const
{
    const int minimum = minimumPasswordLength();
    if (password.size() < minimum)
        return makeError(
            ErrorCode::BadRequest,
            tr("Password: too short (%1 characters); use at least %2").arg(password.size()).arg(minimum));
    if (password.size() > 1024)
        return makeError(ErrorCode::BadRequest, tr("Password: longer than 1024 characters"));
    return {};
}

std::optional<User> UserService::find(const QString &nameOrId) const
{
    QSqlDatabase db = m_db->connection();
    const QString id = idByNameOrId(db, "users", nameOrId);
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("%1 WHERE u.id = ?").arg(QLatin1String(kSelect)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

Result<QList<User>> UserService::list(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("user:list")); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("%1 ORDER BY u.name").arg(QLatin1String(kSelect)));
    QList<User> list;
    while (q.next())
        list.append(readUser(q));
    return list;
}

Result<User> UserService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("user:show")); !p)
        return p.error();
    const auto user = find(nameOrId);
    // Non-admins see only themselves; others are "not found", so user names do not leak.
    if (!user || (!ctx.isAdmin() && user->id != ctx.userId))
        return makeError(ErrorCode::NotFound, tr("User '%1': no such user").arg(nameOrId));
    return *user;
}

Result<User> UserService::create(const RequestContext &ctx, const UserSpec &spec)
{
    return audited(
        m_log, ctx, QStringLiteral("user.create"), QStringLiteral("user"), spec.name, [&]() -> Result<User> {
            if (auto p = m_policy->check(ctx, QStringLiteral("user:create")); !p)
                return p.error();
            auto name = checkedName(tr("User name"), spec.name);
            if (!name)
                return name.error();
            auto email = checkedEmail(spec.email);
            if (!email)
                return email.error();
            auto description = checkedText(tr("User description"), spec.description);
            if (!description)
                return description.error();
            if (auto pw = checkPassword(spec.password); !pw)
                return pw.error();
            const QString hash = PasswordHasher::hash(spec.password);
            if (hash.isEmpty())
                return makeError(ErrorCode::Internal, tr("Cannot hash the password (libsodium failed)"));
            const QString id = newId();
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (!idByNameOrId(db, "users", *name).isEmpty())
                    return makeError(ErrorCode::Conflict,
                                     tr("User name '%1' is already used; choose another name").arg(*name));
                QVariant projectId;
                if (!spec.primaryProject.trimmed().isEmpty()) {
                    const QString pid = idByNameOrId(db, "projects", spec.primaryProject.trimmed());
                    if (pid.isEmpty())
                        return makeError(
                            ErrorCode::NotFound,
                            tr("Primary project '%1': no such project").arg(spec.primaryProject));
                    projectId = pid;
                }
                return execSql(
                    db,
                    QStringLiteral("INSERT INTO users (id, name, email, description, password_hash, "
                                   "default_project_id, enabled, created_at) VALUES (?,?,?,?,?,?,?,?)"),
                    {id, *name, *email, *description, hash, projectId, spec.enabled,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            });
            if (!r)
                return r.error();
            emit userChanged(id);
            return *find(id);
        });
}

Result<User> UserService::update(const RequestContext &ctx, const QString &nameOrId, const UserUpdate &change)
{
    return audited(
        m_log, ctx, QStringLiteral("user.update"), QStringLiteral("user"), nameOrId, [&]() -> Result<User> {
            if (auto p = m_policy->check(ctx, QStringLiteral("user:update")); !p)
                return p.error();
            const auto found = find(nameOrId);
            if (!found)
                return makeError(ErrorCode::NotFound, tr("User '%1': no such user").arg(nameOrId));
            User u = *found;
            if (change.name) {
                auto n = checkedName(tr("User name"), *change.name);
                if (!n)
                    return n.error();
                u.name = *n;
            }
            if (change.email) {
                auto e = checkedEmail(*change.email);
                if (!e)
                    return e.error();
                u.email = *e;
            }
            if (change.description) {
                auto d = checkedText(tr("User description"), *change.description);
                if (!d)
                    return d.error();
                u.description = *d;
            }
            QString hash;
            if (change.password) {
                if (auto pw = checkPassword(*change.password); !pw)
                    return pw.error();
                hash = PasswordHasher::hash(*change.password);
            }
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                const QString other = idByNameOrId(db, "users", u.name);
                if (!other.isEmpty() && other != u.id)
                    return makeError(ErrorCode::Conflict,
                                     tr("User name '%1' is already used; choose another name").arg(u.name));
                if (change.primaryProject) {
                    if (change.primaryProject->trimmed().isEmpty()) {
                        u.primaryProjectId.clear();
                    } else {
                        u.primaryProjectId = idByNameOrId(db, "projects", change.primaryProject->trimmed());
                        if (u.primaryProjectId.isEmpty())
                            return makeError(
                                ErrorCode::NotFound,
                                tr("Primary project '%1': no such project").arg(*change.primaryProject));
                    }
                }
                const bool disabling = change.enabled && !*change.enabled && u.enabled;
                if (disabling && u.id == ctx.userId)
                    return makeError(ErrorCode::Conflict,
                                     tr("Disable user %1: you cannot disable yourself").arg(u.name));
                if (change.enabled)
                    u.enabled = *change.enabled;
                if (auto e = execSql(
                        db,
                        QStringLiteral(
                            "UPDATE users SET name = ?, email = ?, description = ?, default_project_id = ?, "
                            "enabled = ? WHERE id = ?"),
                        {u.name, u.email, u.description,
                         u.primaryProjectId.isEmpty() ? QVariant() : QVariant(u.primaryProjectId), u.enabled,
                         u.id});
                    !e)
                    return e;
                if (!hash.isEmpty()) {
                    if (auto e =
                            execSql(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                    {hash, u.id});
                        !e)
                        return e;
                }
                if (disabling)
                    if (auto k = ensureAnAdministratorRemains(db, tr("Disable user %1").arg(u.name)); !k)
                        return k;
                // A disabled user or a new password ends the user's sessions.
                if (!hash.isEmpty() || !u.enabled)
                    return execSql(db, QStringLiteral("DELETE FROM tokens WHERE user_id = ?"), {u.id});
                return {};
            });
            if (!r)
                return r.error();
            emit userChanged(u.id);
            return *find(u.id);
        });
}

Result<void> UserService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    return audited(
        m_log, ctx, QStringLiteral("user.delete"), QStringLiteral("user"), nameOrId, [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("user:delete")); !p)
                return p;
            const auto user = find(nameOrId);
            if (!user)
                return makeError(ErrorCode::NotFound, tr("User '%1': no such user").arg(nameOrId));
            if (user->id == ctx.userId)
                return makeError(ErrorCode::Conflict,
                                 tr("Delete user %1: you cannot delete yourself").arg(user->name));
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (auto e = execSql(db, QStringLiteral("DELETE FROM users WHERE id = ?"), {user->id}); !e)
                    return e;
                return ensureAnAdministratorRemains(db, tr("Delete user %1").arg(user->name));
            });
            if (!r)
                return r;
            emit userRemoved(user->id);
            return {};
        });
}

Result<void> UserService::changePassword(const RequestContext &ctx, const QString &oldPassword,
                                         const QString &newPassword)
{
    return audited(
        m_log, ctx, QStringLiteral("user.change_password"), QStringLiteral("user"), ctx.userName,
        [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("user:change_password")); !p)
                return p;
            QSqlDatabase db = m_db->connection();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
            q.addBindValue(ctx.userId);
            if (!q.exec() || !q.next())
                return makeError(ErrorCode::NotFound, tr("User '%1': no such user").arg(ctx.userName));
            if (!PasswordHasher::verify(q.value(0).toString(), oldPassword))
                return makeError(ErrorCode::BadRequest,
                                 tr("Current password: does not match; your password was not changed"));
            if (newPassword == oldPassword)
                return makeError(ErrorCode::BadRequest,
                                 tr("New password: the same as the current one; choose a new password"));
            if (auto pw = checkPassword(newPassword); !pw)
                return pw;
            const QString hash = PasswordHasher::hash(newPassword);
            auto r = m_db->transaction([&](QSqlDatabase &tx) -> Result<void> {
                if (auto e = execSql(tx, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                     {hash, ctx.userId});
                    !e)
                    return e;
                return execSql(tx, QStringLiteral("DELETE FROM tokens WHERE user_id = ?"), {ctx.userId});
            });
            if (!r)
                return r;
            emit userChanged(ctx.userId);
            return {};
        });
}

} // namespace sd
