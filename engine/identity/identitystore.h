#pragma once

#include "core/requestcontext.h"
#include "core/result.h"

#include <QCoreApplication>

#include <memory>

namespace sd {

class Database;

// Projects, users, roles and assignments in the store. This is the foundation's part of identity: the
// built-in roles, one administrator, and logging in; managing them arrives with the identity service.
class IdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::IdentityStore)

public:
    explicit IdentityStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Creates the roles admin, member, reader, the project and the user with the admin role on it, unless
    // they exist. Returns the user's id.
    Result<QString> bootstrapAdmin(const QString &userName, const QString &password, const QString &projectName);
    // The same for any built-in role (the demo lab's member).
    Result<QString> bootstrap(const QString &userName, const QString &password, const QString &projectName,
                              const QString &roleName);

    bool hasUsers() const;
    // The context of a user in a project, with the roles assigned there; checks the password when given.
    Result<RequestContext> login(const QString &userName, const QString &password, const QString &projectName) const;
    // The same user in another project (Keystone's re-scoping): allowed only where the user has a role.
    Result<RequestContext> rescope(const RequestContext &ctx, const QString &projectName) const;
    // The first administrator, for callers that own the data dir (its database is mode 0600).
    Result<RequestContext> localAdmin() const;
    QStringList projectNames() const;
    // The user's context in the project (its default when empty), with the roles held there directly
    // or through a group; refused for disabled users and projects and where the user holds no role.
    Result<RequestContext> contextFor(const QString &userName, const QString &projectName) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace sd
