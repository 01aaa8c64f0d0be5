#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "identitytypes.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class Policy;

// Users: admins manage them; everyone may see themselves and change their own password.
class UserService : public QObject
{
    Q_OBJECT

public:
    UserService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent = nullptr);
    // Changes are written to the action log when one is set.
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<User>> list(const RequestContext &ctx) const;
    Result<User> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<User> create(const RequestContext &ctx, const UserSpec &spec);
    Result<User> update(const RequestContext &ctx, const QString &nameOrId, const UserUpdate &change);
    // Refused for oneself and for the last administrator.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);
    // One's own password: the old one must match. Ends every session of the user (Horizon signs out).
    Result<void> changePassword(const RequestContext &ctx, const QString &oldPassword, const QString &newPassword);

    // The configurable minimum length (setting identity.password_min_length, default 8).
    int minimumPasswordLength() const;
    Result<void> setMinimumPasswordLength(const RequestContext &ctx, int length);
    Result<void> checkPassword(const QString &password) const;

Q_SIGNALS:
    void userChanged(const QString &id);
    void userRemoved(const QString &id);

private:
    ActionLog *m_log = nullptr;
    std::optional<User> find(const QString &nameOrId) const;
    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
};

} // namespace sd
