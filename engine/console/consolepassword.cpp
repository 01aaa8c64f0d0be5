#include "consolepassword.h"

#include "store/database.h"

#include <QSqlQuery>

#include <sodium.h>

namespace sd {

namespace {

constexpr const char *kSecretKey = "console.password_secret";

QByteArray secretOf(Database &db)
{
    QSqlDatabase conn = db.connection();
    auto read = [&conn]() -> QByteArray {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(QLatin1String(kSecretKey));
        if (q.exec() && q.next())
            return QByteArray::fromBase64(q.value(0).toString().toLatin1());
        return {};
    };
    QByteArray secret = read();
    if (secret.size() == crypto_auth_hmacsha256_KEYBYTES)
        return secret;
    secret.resize(crypto_auth_hmacsha256_KEYBYTES);
    randombytes_buf(secret.data(), size_t(secret.size()));
    // Two builds racing for the first secret: the first insert wins and both read it back.
    QSqlQuery insert(conn);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)"));
    insert.addBindValue(QLatin1String(kSecretKey));
    insert.addBindValue(QString::fromLatin1(secret.toBase64()));
    insert.exec();
    return read();
}

} // namespace

QString ConsolePassword::forInstance(Database &db, const QString &instanceId)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray secret = secretOf(db);
    if (secret.size() != crypto_auth_hmacsha256_KEYBYTES)
        return {};
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    const QByteArray id = instanceId.toUtf8();
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char *>(id.constData()), quint64(id.size()),
                           reinterpret_cast<const unsigned char *>(secret.constData()));
    const QByteArray encoded = QByteArray(reinterpret_cast<const char *>(mac), sizeof mac)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(encoded.left(kLength));
}

} // namespace sd
