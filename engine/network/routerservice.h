#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "networktypes.h"

#include <QObject>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class NetworkRepository;
class Policy;
class QuotaService;

// Neutron's routers: an external gateway (a port with an address on an external network) and interfaces
// (a port holding a subnet's gateway address). A router with a gateway lets its subnets reach the
// external network (NAT), and floating IPs reach instances through it.
class RouterService : public QObject
{
    Q_OBJECT

public:
    RouterService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas, QObject *parent = nullptr);
    ~RouterService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<Router>> list(const RequestContext &ctx, const QString &project = {}) const;
    Result<Router> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Router> create(const RequestContext &ctx, const RouterSpec &spec);
    Result<Router> rename(const RequestContext &ctx, const QString &nameOrId, const QString &name,
                          const QString &description);
    Result<Router> setAdminState(const RequestContext &ctx, const QString &nameOrId, bool up);
    Result<Router> setGateway(const RequestContext &ctx, const QString &nameOrId, const QString &externalNetwork);
    // Refused while floating IPs use the router.
    Result<Router> clearGateway(const RequestContext &ctx, const QString &nameOrId);
    Result<Router> addInterface(const RequestContext &ctx, const QString &nameOrId, const QString &subnet);
    Result<Router> removeInterface(const RequestContext &ctx, const QString &nameOrId, const QString &subnet);
    // Refused while it has interfaces (as Neutron); the gateway goes with it.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

Q_SIGNALS:
    void routerChanged(const QString &id);
    void routerRemoved(const QString &id);
    // Ports the router made or removed (gateway, interfaces).
    void portChanged(const QString &id);
    void portRemoved(const QString &id);

private:
    Result<Router> editable(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Router> reloaded(const QString &id);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    std::unique_ptr<NetworkRepository> m_repo;
    ActionLog *m_log = nullptr;
};

} // namespace sd
