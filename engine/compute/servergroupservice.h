#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "servergroup.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace sd {

class ActionLog;
class Database;
class Policy;
class QuotaService;

// Server groups, as in Nova: a project's members create and delete them, everyone in the project sees
// them, administrators see all projects'. Deleting a group with members is allowed; the members simply
// leave it. The instance code adds and removes members inside its own transactions (addMember,
// removeMember), which is where the server_group_members quota is checked.
class ServerGroupService : public QObject
{
    Q_OBJECT

public:
    ServerGroupService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                       QObject *parent = nullptr);
    void setActionLog(ActionLog *log) { m_log = log; }

    // Nova's policy names, in the order Horizon lists them.
    static QStringList policies();
    static Result<void> validatePolicy(const QString &policy);

    Result<QList<ServerGroup>> list(const RequestContext &ctx, bool allProjects = false) const;
    Result<ServerGroup> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<ServerGroup> create(const RequestContext &ctx, const QString &name, const QString &policy);
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

    // For the instance code, inside its transaction: puts the instance into the group of projectId,
    // refusing when the group is full (server_group_members, counted per group as in Nova), belongs to
    // another project, or the instance is in a group already.
    static Result<void> addMember(QSqlDatabase &db, const QuotaService &quotas, const QString &groupId,
                                  const QString &projectId, const QString &instanceId);
    // Takes the instance out of whatever group it is in (nothing when it is in none).
    static Result<void> removeMember(QSqlDatabase &db, const QString &instanceId);

Q_SIGNALS:
    void serverGroupChanged(const QString &id);
    void serverGroupRemoved(const QString &id);

private:
    std::optional<ServerGroup> find(const QString &id) const;
    // The group the caller means by nameOrId, among those they may see.
    Result<ServerGroup> resolve(const RequestContext &ctx, const QString &nameOrId) const;

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    ActionLog *m_log = nullptr;
};

} // namespace sd
