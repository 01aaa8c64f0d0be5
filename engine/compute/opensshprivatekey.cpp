#include "opensshprivatekey.h"

#include <QByteArray>
#include <QStringList>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <memory>

namespace sd {

namespace {

// SSH wire format (RFC 4251): uint32, string, mpint.
void putUint32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void putString(QByteArray &out, const QByteArray &value)
{
    putUint32(out, quint32(value.size()));
    out.append(value);
}

// A non-negative mpint: big-endian magnitude, with a zero byte in front when the top bit is set.
bool putMpint(QByteArray &out, EVP_PKEY *key, const char *param)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(key, param, &bn))
        return false;
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_clear_free(bn);
    if (!bytes.isEmpty() && (quint8(bytes.at(0)) & 0x80))
        bytes.prepend('\0');
    putString(out, bytes);
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    return true;
}

} // namespace

Result<QString> OpenSshPrivateKey::fromRsaPem(const QString &pem)
{
    const QByteArray pemBytes = pem.toLatin1();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pemBytes.constData(), int(pemBytes.size())),
                                                  BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr, EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return makeError(ErrorCode::Internal,
                         tr("The new RSA key could not be read back for OpenSSH's format"));

    const QByteArray type("ssh-rsa");
    QByteArray publicBlob;
    putString(publicBlob, type);
    QByteArray privateSection;
    quint32 check = 0;
    RAND_bytes(reinterpret_cast<unsigned char *>(&check), sizeof check);
    putUint32(privateSection, check);
    putUint32(privateSection, check);
    putString(privateSection, type);
    // OpenSSH's order: public blob (e, n); private part (n, e, d, iqmp, p, q).
    const bool ok = putMpint(publicBlob, key.get(), OSSL_PKEY_PARAM_RSA_E) &&
                    putMpint(publicBlob, key.get(), OSSL_PKEY_PARAM_RSA_N) &&
                    putMpint(privateSection, key.get(), OSSL_PKEY_PARAM_RSA_N) &&
                    putMpint(privateSection, key.get(), OSSL_PKEY_PARAM_RSA_E) &&
                    putMpint(privateSection, key.get(), OSSL_PKEY_PARAM_RSA_D) &&
                    putMpint(privateSection, key.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1) &&
                    putMpint(privateSection, key.get(), OSSL_PKEY_PARAM_RSA_FACTOR1) &&
                    putMpint(privateSection, key.get(), OSSL_PKEY_PARAM_RSA_FACTOR2);
    if (!ok) {
        OPENSSL_cleanse(privateSection.data(), size_t(privateSection.size()));
        return makeError(ErrorCode::Internal,
                         tr("The new RSA key could not be read back for OpenSSH's format"));
    }
    putString(privateSection, QByteArray()); // comment
    // Padded with 1, 2, 3, ... to the cipher's block size (8 for "none").
    for (char pad = 1; privateSection.size() % 8 != 0; ++pad)
        privateSection.append(pad);

    QByteArray blob("openssh-key-v1", 15); // with its terminating NUL
    putString(blob, "none");               // cipher
    putString(blob, "none");               // kdf
    putString(blob, QByteArray());         // kdf options
    putUint32(blob, 1);                    // number of keys
    putString(blob, publicBlob);
    putString(blob, privateSection);
    OPENSSL_cleanse(privateSection.data(), size_t(privateSection.size()));

    QByteArray base64 = blob.toBase64();
    OPENSSL_cleanse(blob.data(), size_t(blob.size()));
    QStringList lines{QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----")};
    // 70 columns, as ssh-keygen writes it.
    for (qsizetype at = 0; at < base64.size(); at += 70)
        lines << QString::fromLatin1(base64.mid(at, 70));
    OPENSSL_cleanse(base64.data(), size_t(base64.size()));
    lines << QStringLiteral("-----END OPENSSH PRIVATE KEY-----");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sd
