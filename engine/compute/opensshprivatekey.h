#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// libssh 0.10 exports RSA private keys as PEM (PKCS#8) and only ed25519 in OpenSSH's own format. So that
// every key StackDesk hands out looks like what `ssh-keygen` writes ("-----BEGIN OPENSSH PRIVATE KEY-----",
// unencrypted), an RSA key is rewritten here with OpenSSL, which already reads PEM for us.
class OpenSshPrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(sd::OpenSshPrivateKey)

public:
    // pem: an unencrypted RSA private key in PEM; returns the same key in OpenSSH's format.
    static Result<QString> fromRsaPem(const QString &pem);
};

} // namespace sd
