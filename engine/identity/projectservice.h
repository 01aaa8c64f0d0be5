#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "identitytypes.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace sd {

class ActionLog;
class Database;
class Policy;
class QuotaService;

// Projects (tenants). Admins manage them; everyone lists the projects they have a role on.
class ProjectService : public QObject
{
    Q_OBJECT

public:
    ProjectService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas, QObject *parent = nullptr);
    // Changes are written to the action log when one is set.
    void setActionLog(ActionLog *log) { m_log = log; }

    // Admins: every project. Others: the projects they hold a role on.
    Result<QList<Project>> list(const RequestContext &ctx) const;
    // The projects the user holds a role on, directly or through a group: the project switcher's list.
    Result<QList<Project>> mine(const RequestContext &ctx) const;
    Result<Project> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Project> create(const RequestContext &ctx, const ProjectSpec &spec);
    Result<Project> update(const RequestContext &ctx, const QString &nameOrId, const ProjectUpdate &change);
    // Refused while the project owns resources (it lists them) or while it holds the last administrator.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

Q_SIGNALS:
    void projectChanged(const QString &id);
    void projectRemoved(const QString &id);

private:
    ActionLog *m_log = nullptr;
    std::optional<Project> find(const QString &nameOrId) const;
    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
};

} // namespace sd
