#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// One OpenSSH public key, read from its one-line form ("ssh-ed25519 AAAA... comment").
struct PublicKeyInfo
{
    QString typeName;    // the key type word, as in the blob: "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256"
    QString blobBase64;  // the key blob, base64 as OpenSSH writes it
    QString comment;     // whatever followed the blob, verbatim (may be empty)
    QString fingerprint; // "SHA256:..." as `ssh-keygen -l` prints it
    QString algorithm;   // what `ssh-keygen -l` prints in brackets: "ED25519", "RSA", "ECDSA"
    int bits = 0;        // the key size `ssh-keygen -l` prints first (256 for ed25519)

    // The line stored and handed to cloud-init: type, blob and (if any) comment.
    QString line() const;
};

// A freshly generated key: the public half to store, the private half to hand over once.
struct GeneratedKey
{
    PublicKeyInfo publicKey;
    QString privateKey; // in OpenSSH's format ("-----BEGIN OPENSSH PRIVATE KEY-----"), ending in a newline
};

// The one place StackDesk meets libssh's key functions (ssh_pki_*): parsing, generating and fingerprinting
// keys. Public keys are really parsed, never pattern-matched, so what is stored is what sshd will accept.
class SshKeys
{
    Q_DECLARE_TR_FUNCTIONS(sd::SshKeys)

public:
    enum class Type
    {
        Ed25519,
        Rsa
    };
    // RSA sizes offered (ssh-keygen's default is 3072); shorter keys are refused on import as well.
    static constexpr int kMinimumRsaBits = 2048;
    static constexpr int kDefaultRsaBits = 3072;

    // Parses one OpenSSH public key line. Refused with the reason: private keys pasted by mistake, RFC 4716
    // ("---- BEGIN SSH2 PUBLIC KEY ----") blocks, more than one key, a type word that is not the blob's
    // type, truncated or damaged base64, certificates, DSA and RSA keys under 2048 bits.
    static Result<PublicKeyInfo> parsePublicKey(const QString &text);
    // ed25519, or RSA of 2048, 3072 or 4096 bits.
    static Result<GeneratedKey> generate(Type type, int rsaBits = kDefaultRsaBits);
};

} // namespace sd
