#include "authservice.h"

#include "identitystore.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <sodium.h>

namespace sd {

AuthService::AuthService(std::shared_ptr<Database> db, IdentityStore *identity)
    : m_db(std::move(db)), m_identity(identity)
{
}

QString AuthService::hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<Session> AuthService::issue(const RequestContext &ctx)
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    Session s;
    s.token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    s.context = ctx;
    s.issuedAt = QDateTime::currentDateTimeUtc();
    s.expiresAt = s.issuedAt.addSecs(kTokenLifetimeSecs);
    QSqlDatabase db = m_db->connection();
    // Expired tokens are swept at each login, so the table stays small.
    (void)execSql(db, QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {s.issuedAt.toString(Qt::ISODate)});
    if (auto r = execSql(db,
                         QStringLiteral("INSERT INTO tokens (token_hash, user_id, project_id, issued_at, expires_at) "
                                        "VALUES (?,?,?,?,?)"),
                         {hashOf(s.token), ctx.userId, ctx.projectId, s.issuedAt.toString(Qt::ISODate),
                          s.expiresAt.toString(Qt::ISODate)});
        !r)
        return r.error();
    return s;
}

Result<Session> AuthService::login(const QString &user, const QString &password, const QString &project)
{
    auto ctx = m_identity->login(user, password, project);
    if (!ctx)
        return ctx.error();
    return issue(*ctx);
}

Result<RequestContext> AuthService::validate(const QString &token) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT u.name, p.name, t.expires_at FROM tokens t JOIN users u ON u.id = t.user_id "
                             "JOIN projects p ON p.id = t.project_id WHERE t.token_hash = ?"));
    q.addBindValue(hashOf(token));
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::Forbidden, tr("Token: not valid; log in again"));
    if (QDateTime::fromString(q.value(2).toString(), Qt::ISODate) < QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::Forbidden, tr("Token: expired; log in again"));
    // Re-read roles and enabled flags: a disabled user or project loses its sessions at once.
    return m_identity->contextFor(q.value(0).toString(), q.value(1).toString());
}

Result<Session> AuthService::rescope(const QString &token, const QString &project)
{
    auto ctx = validate(token);
    if (!ctx)
        return ctx.error();
    auto scoped = m_identity->rescope(*ctx, project);
    if (!scoped)
        return scoped.error();
    (void)revoke(token);
    return issue(*scoped);
}

Result<void> AuthService::revoke(const QString &token)
{
    QSqlDatabase db = m_db->connection();
    return execSql(db, QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"), {hashOf(token)});
}

} // namespace sd
