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

// Roles and who holds them where: users and groups on projects.
class RoleService : public QObject
{
    Q_OBJECT

public:
    RoleService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent = nullptr);
    // Changes are written to the action log when one is set.
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<Role>> list(const RequestContext &ctx) const;
    Result<Role> create(const RequestContext &ctx, const QString &name);
    // Built-in roles (admin, member, reader) cannot be deleted.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

    Result<void> assignToUser(const RequestContext &ctx, const QString &user, const QString &project, const QString &role);
    // Refused for one's own admin role and for the last administrator's.
    Result<void> unassignFromUser(const RequestContext &ctx, const QString &user, const QString &project,
                                  const QString &role);
    Result<void> assignToGroup(const RequestContext &ctx, const QString &group, const QString &project, const QString &role);
    Result<void> unassignFromGroup(const RequestContext &ctx, const QString &group, const QString &project,
                                   const QString &role);
    // Admins see all; others only their own assignments in their current project.
    Result<QList<RoleAssignment>> assignments(const RequestContext &ctx, const RoleAssignmentFilter &filter) const;

Q_SIGNALS:
    void assignmentsChanged();
    void roleChanged(const QString &id);
    void roleRemoved(const QString &id);

private:
    ActionLog *m_log = nullptr;
    struct Ids
    {
        QString subject, project, role;
    };
    Result<Ids> resolve(QSqlDatabase &db, const char *subjectTable, const QString &subjectLabel, const QString &subject,
                        const QString &project, const QString &role) const;
    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
};

} // namespace sd
