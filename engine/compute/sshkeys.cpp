#include "sshkeys.h"

#include "opensshprivatekey.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

#include <libssh/libssh.h>

#include <cstring>
#include <memory>

namespace sd {

namespace {

struct KeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyFree>;

// Reads one SSH wire-format string (uint32 length + bytes) at *pos; false when the blob ends first.
bool readWireString(const QByteArray &blob, qsizetype *pos, QByteArray *out)
{
    if (blob.size() - *pos < 4)
        return false;
    const quint32 length = qFromBigEndian<quint32>(blob.constData() + *pos);
    *pos += 4;
    if (quint64(blob.size() - *pos) < length)
        return false;
    *out = blob.mid(*pos, length);
    *pos += length;
    return true;
}

// The modulus size of an ssh-rsa blob (type, e, n), counted as OpenSSH does: significant bits of n.
int rsaModulusBits(const QByteArray &blob)
{
    qsizetype pos = 0;
    QByteArray type, e, n;
    if (!readWireString(blob, &pos, &type) || !readWireString(blob, &pos, &e) ||
        !readWireString(blob, &pos, &n))
        return 0;
    qsizetype first = 0;
    while (first < n.size() && n.at(first) == 0)
        ++first;
    if (first == n.size())
        return 0;
    int bits = int(n.size() - first) * 8;
    for (quint8 top = quint8(n.at(first)); !(top & 0x80); top <<= 1)
        --bits;
    return bits;
}

struct Algorithm
{
    QString label;
    int bits = 0;
};

// What `ssh-keygen -l` prints for the key kinds we accept; an empty label for the ones we do not.
Algorithm algorithmOf(enum ssh_keytypes_e type, const QByteArray &blob)
{
    switch (type) {
    case SSH_KEYTYPE_ED25519:
        return {QStringLiteral("ED25519"), 256};
    case SSH_KEYTYPE_SK_ED25519:
        return {QStringLiteral("ED25519-SK"), 256};
    case SSH_KEYTYPE_RSA:
        return {QStringLiteral("RSA"), rsaModulusBits(blob)};
    case SSH_KEYTYPE_ECDSA_P256:
        return {QStringLiteral("ECDSA"), 256};
    case SSH_KEYTYPE_ECDSA_P384:
        return {QStringLiteral("ECDSA"), 384};
    case SSH_KEYTYPE_ECDSA_P521:
        return {QStringLiteral("ECDSA"), 521};
    case SSH_KEYTYPE_SK_ECDSA:
        return {QStringLiteral("ECDSA-SK"), 256};
    default:
        return {};
    }
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    const QByteArray digest(reinterpret_cast<const char *>(hash), qsizetype(length));
    ssh_clean_pubkey_hash(&hash);
    // ssh-keygen prints SHA256 fingerprints as unpadded base64.
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString exportedBlob(ssh_key key)
{
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) != SSH_OK)
        return {};
    const QString blob = QString::fromLatin1(b64);
    ssh_string_free_char(b64);
    return blob;
}

// libssh writes an OpenSSH private key's base64 as one long line; OpenSSH wraps it at 70 columns (PEM
// at 64, which OpenSSL already does). Wrapped, it reads like every other key file and fits a window.
QString wrappedPem(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("-----")) || line.size() <= 70) {
            lines << line;
            continue;
        }
        for (qsizetype at = 0; at < line.size(); at += 70)
            lines << line.mid(at, 70);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString PublicKeyInfo::line() const
{
    QString text = typeName + QLatin1Char(' ') + blobBase64;
    if (!comment.isEmpty())
        text += QLatin1Char(' ') + comment;
    return text;
}

Result<PublicKeyInfo> SshKeys::parsePublicKey(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key: empty; paste one line of an OpenSSH .pub file (\"ssh-ed25519 AAAA...\")"));
    if (trimmed.contains(QLatin1String("PRIVATE KEY")) ||
        trimmed.startsWith(QLatin1String("PuTTY-User-Key-File")))
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key: this is a private key; never share it. Paste the public half instead "
               "(the .pub file next to it, or the output of `ssh-keygen -y -f KEYFILE`)"));
    if (trimmed.startsWith(QLatin1String("---- BEGIN SSH2 PUBLIC KEY")))
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key: this is an RFC 4716 (SSH2) block; convert it to one OpenSSH line with "
               "`ssh-keygen -i -f FILE`"));
    if (trimmed.contains(QLatin1Char('\n')))
        return makeError(ErrorCode::BadRequest,
                         tr("Public key: more than one line; a key pair holds exactly one public key"));

    const QStringList fields = trimmed.split(QRegularExpression(QStringLiteral("\\s+")));
    const QString word = fields.at(0);
    const QString shortWord = word.left(40);
    if (fields.size() < 2)
        return makeError(ErrorCode::BadRequest,
                         tr("Public key '%1': expected a key type and the base64 key data, e.g. "
                            "\"ssh-ed25519 AAAA... comment\"")
                             .arg(shortWord));
    static const QRegularExpression keyType(QStringLiteral("^(ssh-|ecdsa-|sk-)"));
    if (!keyType.match(word).hasMatch() && keyType.match(fields.at(1)).hasMatch())
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key: '%1' before the key type looks like authorized_keys options; paste the "
               "key from its type on (\"%2 AAAA...\")")
                .arg(shortWord, fields.at(1).left(40)));
    const QString base64 = fields.at(1);
    auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key %1: the key data is not valid base64 (truncated or damaged?); copy the "
               "whole line again")
                .arg(shortWord));
    const QByteArray blob = decoded.decoded;
    qsizetype pos = 0;
    QByteArray blobType;
    if (!readWireString(blob, &pos, &blobType))
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key %1: the key data is truncated; copy the whole line again").arg(shortWord));
    const QString blobTypeName = QString::fromLatin1(blobType);
    if (blobTypeName != word)
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key: the line says '%1' but the key data is a '%2' key; the line was edited "
               "or put together from two keys")
                .arg(shortWord, blobTypeName.left(40)));

    const enum ssh_keytypes_e type = ssh_key_type_from_name(blobType.constData());
    if (type == SSH_KEYTYPE_DSS)
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key ssh-dss: DSA keys are refused (OpenSSH no longer accepts them); create "
               "an ed25519 key with `ssh-keygen -t ed25519`"));
    const QString typeText = QString::fromLatin1(blobType);
    if (typeText.contains(QLatin1String("-cert-v01@")))
        return makeError(ErrorCode::BadRequest,
                         tr("Public key %1: this is an SSH certificate, not a public key; paste the key it "
                            "certifies")
                             .arg(shortWord));
    const Algorithm algorithm = algorithmOf(type, blob);
    if (algorithm.label.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("Public key '%1': not a key type StackDesk accepts; use ssh-ed25519, ssh-rsa or "
                            "ecdsa-sha2-nistp256/384/521")
                             .arg(shortWord));

    ssh_key raw = nullptr;
    if (ssh_pki_import_pubkey_base64(base64.toLatin1().constData(), type, &raw) != SSH_OK || !raw)
        return makeError(ErrorCode::BadRequest,
                         tr("Public key %1: the key data does not parse as a %1 key (truncated or damaged?); "
                            "copy the whole line again")
                             .arg(shortWord));
    KeyPtr key(raw);
    // libssh ignores bytes after the key; OpenSSH writes none. Exporting again and comparing catches a
    // blob with data glued on, and anything else libssh read differently from what was pasted.
    if (exportedBlob(key.get()) != base64)
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key %1: the key data has extra or damaged bytes; copy the whole line again")
                .arg(shortWord));
    if (type == SSH_KEYTYPE_RSA && algorithm.bits < kMinimumRsaBits)
        return makeError(
            ErrorCode::BadRequest,
            tr("Public key ssh-rsa: %1 bits is too short; RSA keys need at least %2 bits (create "
               "one with `ssh-keygen -t rsa -b 3072`, or use ed25519)")
                .arg(algorithm.bits)
                .arg(kMinimumRsaBits));

    PublicKeyInfo info;
    info.typeName = word;
    info.blobBase64 = base64;
    info.comment = trimmed.section(QRegularExpression(QStringLiteral("\\s+")), 2);
    info.fingerprint = fingerprintOf(key.get());
    info.algorithm = algorithm.label;
    info.bits = algorithm.bits;
    if (info.fingerprint.isEmpty())
        return makeError(ErrorCode::Internal,
                         tr("Public key %1: libssh could not fingerprint it").arg(shortWord));
    return info;
}

Result<GeneratedKey> SshKeys::generate(Type type, int rsaBits)
{
    if (type == Type::Rsa && rsaBits != 2048 && rsaBits != 3072 && rsaBits != 4096)
        return makeError(ErrorCode::BadRequest,
                         tr("RSA key size %1: use 2048, 3072 or 4096 bits").arg(rsaBits));
    ssh_key raw = nullptr;
    const int rc = type == Type::Ed25519 ? ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw)
                                         : ssh_pki_generate(SSH_KEYTYPE_RSA, rsaBits, &raw);
    if (rc != SSH_OK || !raw)
        return makeError(ErrorCode::Internal, tr("Key generation failed in libssh"));
    KeyPtr key(raw);

    char *privateB64 = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &privateB64) != SSH_OK ||
        !privateB64)
        return makeError(ErrorCode::Internal, tr("libssh could not export the new private key"));
    GeneratedKey generated;
    generated.privateKey = QString::fromLatin1(privateB64);
    // The private key leaves this function only in the result; wipe libssh's copy before freeing it.
    explicit_bzero(privateB64, std::strlen(privateB64));
    ssh_string_free_char(privateB64);
    generated.privateKey = wrappedPem(generated.privateKey);
    if (type == Type::Rsa) {
        auto openssh = OpenSshPrivateKey::fromRsaPem(generated.privateKey);
        if (!openssh)
            return openssh.error();
        generated.privateKey = *openssh;
    }

    KeyPtr pub;
    ssh_key pubRaw = nullptr;
    if (ssh_pki_export_privkey_to_pubkey(key.get(), &pubRaw) != SSH_OK || !pubRaw)
        return makeError(ErrorCode::Internal, tr("libssh could not derive the new public key"));
    pub.reset(pubRaw);
    const QString blob = exportedBlob(pub.get());
    const QString typeName = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(pub.get())));
    auto info = parsePublicKey(typeName + QLatin1Char(' ') + blob);
    if (!info)
        return info.error();
    generated.publicKey = *info;
    return generated;
}

} // namespace sd
