#pragma once

#include "core/result.h"
#include "session.h"

#include <QCoreApplication>

#include <memory>

namespace sd {

class Database;
class IdentityStore;

// Logging in: a password check (argon2id) gives a session whose token is bound to the user and one
// project and expires. Only a SHA-256 of each token is stored.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(sd::AuthService)

public:
    AuthService(std::shared_ptr<Database> db, IdentityStore *identity);

    // Keystone's default is one hour; a desktop console is used for a working day.
    static constexpr int kTokenLifetimeSecs = 12 * 3600;

    Result<Session> login(const QString &user, const QString &password, const QString &project = {});
    // The context a token stands for, while the token is valid and its user and project are enabled.
    Result<RequestContext> validate(const QString &token) const;
    // A new session for the same user in another project (switching project re-scopes the token).
    Result<Session> rescope(const QString &token, const QString &project);
    Result<void> revoke(const QString &token);

private:
    Result<Session> issue(const RequestContext &ctx);
    static QString hashOf(const QString &token);
    std::shared_ptr<Database> m_db;
    IdentityStore *m_identity;
};

} // namespace sd
