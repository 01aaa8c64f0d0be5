#include "passwordhasher.h"

#include <sodium.h>

namespace sd {

namespace {
bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: about 0.1 s and 64 MiB, fine for a login; the sensitive limits would make
    // every CLI call with --os-password take seconds.
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!ensureSodium() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString PasswordHasher::generate(int length)
{
    ensureSodium();
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]));
    return out;
}

} // namespace sd
