#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "networktypes.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class NetworkRepository;
class Policy;
class QuotaService;

// Neutron's security groups. Every project has a `default` group, made on first need: egress to anywhere
// (IPv4 and IPv6) and ingress from members of the same group. A rule names direction, ethertype,
// protocol, port range (type/code for ICMP) and a remote CIDR or a remote group of the same project.
class SecurityGroupService : public QObject
{
    Q_OBJECT

public:
    SecurityGroupService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                         QObject *parent = nullptr);
    ~SecurityGroupService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    // Lists make the caller's project's default group if it has none yet, as Neutron does.
    Result<QList<SecurityGroup>> list(const RequestContext &ctx, const QString &project = {});
    Result<SecurityGroup> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<SecurityGroup> create(const RequestContext &ctx, const QString &name, const QString &description,
                                 const QString &project = {});
    Result<SecurityGroup> update(const RequestContext &ctx, const QString &nameOrId, const QString &name,
                                 const QString &description);
    // Refused for `default` and while ports use it, naming them.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

    Result<SecurityGroupRule> createRule(const RequestContext &ctx, const SecurityGroupRuleSpec &spec);
    Result<void> removeRule(const RequestContext &ctx, const QString &ruleId);
    // group empty: the rules of every group the caller may see.
    Result<QList<SecurityGroupRule>> rules(const RequestContext &ctx, const QString &group = {}) const;

    // The project's default group's id, made if missing, in the caller's transaction.
    static Result<QString> ensureDefault(QSqlDatabase &db, const QString &projectId);
    // Checks a rule on its own (protocol, ports, CIDR vs ethertype); remote groups are checked by createRule.
    static Result<SecurityGroupRule> resolveRule(const SecurityGroupRuleSpec &spec);

Q_SIGNALS:
    void securityGroupChanged(const QString &id);
    void securityGroupRemoved(const QString &id);

private:
    Result<SecurityGroup> editable(const RequestContext &ctx, const QString &nameOrId) const;
    Result<SecurityGroup> reloaded(const QString &id);
    QString scopedProject(const RequestContext &ctx, const QString &project) const;

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    std::unique_ptr<NetworkRepository> m_repo;
    ActionLog *m_log = nullptr;
};

} // namespace sd
