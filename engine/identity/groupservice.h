#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "identitytypes.h"

#include <QObject>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class Policy;

// Groups of users; a role given to a group on a project is held by each of its members.
class GroupService : public QObject
{
    Q_OBJECT

public:
    GroupService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent = nullptr);
    // Changes are written to the action log when one is set.
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<Group>> list(const RequestContext &ctx) const;
    Result<Group> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Group> create(const RequestContext &ctx, const GroupSpec &spec);
    Result<Group> update(const RequestContext &ctx, const QString &nameOrId, const GroupSpec &spec);
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);
    Result<void> addUser(const RequestContext &ctx, const QString &group, const QString &user);
    Result<void> removeUser(const RequestContext &ctx, const QString &group, const QString &user);

Q_SIGNALS:
    void groupChanged(const QString &id);
    void groupRemoved(const QString &id);

private:
    ActionLog *m_log = nullptr;
    std::optional<Group> find(const QString &nameOrId) const;
    Result<void> changeMembership(const RequestContext &ctx, const QString &group, const QString &user, bool add);
    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
};

} // namespace sd
