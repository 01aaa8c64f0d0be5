#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sd {

// Nova's key pair: an SSH public key a user keeps under a name, injected into instances they launch.
// Key pairs belong to users, not projects, as in Nova; the private key of a created pair is never stored.
struct KeyPair
{
    QString userId;
    QString userName;
    QString name;
    QString type = QStringLiteral("ssh"); // Nova's key pair type (x509 is not offered)
    QString publicKey;                    // one OpenSSH line: "ssh-ed25519 AAAA... comment"
    QString fingerprint;                  // "SHA256:..." as `ssh-keygen -l` prints it
    QString algorithm;                    // "ED25519", "RSA", "ECDSA" (from the key itself)
    int bits = 0;
    QDateTime createdAt;

    // The id resourceChanged("keypair", ...) carries: names are unique per user only.
    QString key() const { return userId + QLatin1Char('/') + name; }
};

struct KeyPairSpec
{
    QString name;
    QString user;                     // name or id; empty: the caller (another user's: administrators only)
    std::optional<QString> publicKey; // set: import this key line; unset: generate a key
    enum class Type
    {
        Ed25519,
        Rsa
    } type = Type::Ed25519;
    int rsaBits = 3072;
};

// A generated pair: the stored key pair and its private key, handed out exactly once.
struct NewKeyPair
{
    KeyPair keyPair;
    QString privateKey; // empty for an imported key
};

} // namespace sd
