#include "keypairservice.h"

#include "identity/policy.h"
#include "quota/quotaservice.h"
#include "sshkeys.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace sd {

namespace {

const QString kKeyPairs = QStringLiteral("key_pairs");

KeyPair keyPairFrom(const QSqlQuery &q)
{
    KeyPair k;
    k.userId = q.value(0).toString();
    k.userName = q.value(1).toString();
    k.name = q.value(2).toString();
    k.type = q.value(3).toString();
    k.publicKey = q.value(4).toString();
    k.fingerprint = q.value(5).toString();
    k.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    // The stored line was parsed when it came in; reading it again gives what ssh-keygen -l would print.
    if (auto info = SshKeys::parsePublicKey(k.publicKey)) {
        k.algorithm = info->algorithm;
        k.bits = info->bits;
    }
    return k;
}

const char *const kSelect =
    "SELECT k.user_id, u.name, k.name, k.type, k.public_key, k.fingerprint, k.created_at "
    "FROM key_pairs k JOIN users u ON u.id = k.user_id ";

} // namespace

KeyPairService::KeyPairService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                               QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy), m_quotas(quotas)
{
    m_quotas->registerOwnerUsageCounter(kKeyPairs, [](QSqlDatabase &db, const QString &userId) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM key_pairs WHERE user_id = ?"), {userId});
    });
}

Result<void> KeyPairService::validateName(const QString &name)
{
    if (name.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Key pair name: empty; give it a name"));
    if (name.size() > 255)
        return makeError(
            ErrorCode::BadRequest,
            tr("Key pair name '%1…': longer than 255 characters (%2)").arg(name.left(20)).arg(name.size()));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 _.@-]+$"));
    if (!allowed.match(name).hasMatch()) {
        QString shown = name;
        // A control character would garble the message; show it as a code point.
        for (QChar &c : shown)
            if (c.category() == QChar::Other_Control)
                c = QChar(0xFFFD);
        return makeError(
            ErrorCode::BadRequest,
            tr("Key pair name '%1': use letters, digits, spaces, '-', '_', '.', '@'").arg(shown));
    }
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("Key pair name '%1': only spaces; give it a name").arg(name));
    return {};
}

Result<QString> KeyPairService::targetUser(const RequestContext &ctx, const QString &user) const
{
    if (user.isEmpty() || user == ctx.userId || user == ctx.userName)
        return ctx.userId;
    if (!ctx.isAdmin())
        return makeError(ErrorCode::Forbidden,
                         tr("User '%1': only administrators may manage another user's key pairs").arg(user));
    QSqlDatabase db = m_db->connection();
    const QString id = idByNameOrId(db, "users", user);
    if (id.isEmpty())
        return makeError(ErrorCode::NotFound, tr("User '%1': no such user").arg(user));
    return id;
}

std::optional<KeyPair> KeyPairService::find(const QString &userId, const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE k.user_id = ? AND k.name = ?"));
    bindValues(q, {userId, name});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return keyPairFrom(q);
}

Result<QList<KeyPair>> KeyPairService::list(const RequestContext &ctx, const QString &user) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("keypair:list")); !p)
        return p.error();
    const auto userId = targetUser(ctx, user);
    if (!userId)
        return userId.error();
    QSqlQuery q(m_db->connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE k.user_id = ? ORDER BY k.name"));
    bindValues(q, {*userId});
    QList<KeyPair> list;
    if (q.exec())
        while (q.next())
            list.append(keyPairFrom(q));
    return list;
}

Result<KeyPair> KeyPairService::show(const RequestContext &ctx, const QString &name,
                                     const QString &user) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("keypair:show")); !p)
        return p.error();
    const auto userId = targetUser(ctx, user);
    if (!userId)
        return userId.error();
    if (auto k = find(*userId, name))
        return *k;
    return makeError(ErrorCode::NotFound, tr("Key pair '%1': no such key pair").arg(name));
}

Result<NewKeyPair> KeyPairService::create(const RequestContext &ctx, const KeyPairSpec &spec)
{
    const QString action =
        !spec.publicKey ? QStringLiteral("keypair.create") : QStringLiteral("keypair.import");
    // The target is the name only: neither key ever reaches the action log.
    return audited(m_log, ctx, action, QStringLiteral("keypair"), spec.name, [&]() -> Result<NewKeyPair> {
        if (auto p = m_policy->check(ctx, QStringLiteral("keypair:create")); !p)
            return p.error();
        const auto userId = targetUser(ctx, spec.user);
        if (!userId)
            return userId.error();
        if (auto v = validateName(spec.name); !v)
            return v.error();

        NewKeyPair created;
        PublicKeyInfo info;
        if (!spec.publicKey) {
            auto generated = SshKeys::generate(spec.type == KeyPairSpec::Type::Rsa ? SshKeys::Type::Rsa
                                                                                   : SshKeys::Type::Ed25519,
                                               spec.rsaBits);
            if (!generated)
                return generated.error();
            info = generated->publicKey;
            // Nova marks the keys it generates the same way; it tells them apart in authorized_keys.
            info.comment = QStringLiteral("Generated-by-StackDesk");
            created.privateKey = generated->privateKey;
        } else {
            auto parsed = SshKeys::parsePublicKey(*spec.publicKey);
            if (!parsed)
                return parsed.error();
            info = *parsed;
        }

        auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM key_pairs WHERE user_id = ? AND name = ?"),
                          {*userId, spec.name}) > 0)
                return makeError(ErrorCode::Conflict,
                                 tr("Key pair '%1' already exists; choose another name or delete it first")
                                     .arg(spec.name));
            if (auto q = m_quotas->checkOwned(db, ctx.projectId, *userId, kKeyPairs, 1); !q)
                return q;
            return execSql(
                db,
                QStringLiteral("INSERT INTO key_pairs (user_id, name, type, public_key, fingerprint, "
                               "created_at) VALUES (?,?,?,?,?,?)"),
                {*userId, spec.name, QStringLiteral("ssh"), info.line(), info.fingerprint,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        });
        if (!r)
            return r.error();
        created.keyPair = *find(*userId, spec.name);
        emit keyPairChanged(created.keyPair.key());
        return created;
    });
}

Result<void> KeyPairService::remove(const RequestContext &ctx, const QString &name, const QString &user)
{
    return audited(
        m_log, ctx, QStringLiteral("keypair.delete"), QStringLiteral("keypair"), name, [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("keypair:delete")); !p)
                return p;
            const auto userId = targetUser(ctx, user);
            if (!userId)
                return userId.error();
            const auto k = find(*userId, name);
            if (!k)
                return makeError(ErrorCode::NotFound, tr("Key pair '%1': no such key pair").arg(name));
            QSqlDatabase db = m_db->connection();
            if (auto e = execSql(db, QStringLiteral("DELETE FROM key_pairs WHERE user_id = ? AND name = ?"),
                                 {*userId, name});
                !e)
                return e;
            emit keyPairRemoved(k->key());
            return {};
        });
}

} // namespace sd
