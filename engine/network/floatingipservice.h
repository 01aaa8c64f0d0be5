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

// Neutron's floating IPs: an address on an external network, counted by quota, associated with a port's
// fixed IP when a router connects the port's subnet to that external network.
class FloatingIpService : public QObject
{
    Q_OBJECT

public:
    FloatingIpService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                      QObject *parent = nullptr);
    ~FloatingIpService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<FloatingIp>> list(const RequestContext &ctx, const QString &project = {}) const;
    // By id or by address.
    Result<FloatingIp> show(const RequestContext &ctx, const QString &idOrAddress) const;
    Result<FloatingIp> create(const RequestContext &ctx, const FloatingIpSpec &spec);
    Result<FloatingIp> associate(const RequestContext &ctx, const QString &idOrAddress, const QString &port,
                                 const QString &fixedIpAddress = {});
    Result<FloatingIp> disassociate(const RequestContext &ctx, const QString &idOrAddress);
    Result<void> remove(const RequestContext &ctx, const QString &idOrAddress);

Q_SIGNALS:
    void floatingIpChanged(const QString &id);
    void floatingIpRemoved(const QString &id);

private:
    Result<FloatingIp> editable(const RequestContext &ctx, const QString &idOrAddress) const;
    Result<FloatingIp> reloaded(const QString &id);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    std::unique_ptr<NetworkRepository> m_repo;
    ActionLog *m_log = nullptr;
};

} // namespace sd
