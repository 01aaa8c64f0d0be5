#pragma once

#include <QString>

namespace sd {

// argon2id through libsodium's crypto_pwhash_str: the salt and parameters live inside the hash string,
// so stored hashes stay verifiable if the defaults grow later. Passwords are never stored or logged.
class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // A random password of readable characters (no 0/O, 1/l), for the demo lab's accounts.
    static QString generate(int length = 12);
};

} // namespace sd
