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

// Neutron's subnets: a CIDR on a network, its gateway, allocation pools, DNS servers, host routes and
// DHCP. Every refusal names the value ("Subnet 10.0.0.0/33: prefix length must be 0-32", "Gateway
// 10.0.1.1 is outside subnet 10.0.0.0/24").
class SubnetService : public QObject
{
    Q_OBJECT

public:
    SubnetService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                  QObject *parent = nullptr);
    ~SubnetService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    // network empty: every subnet the caller may see.
    Result<QList<Subnet>> list(const RequestContext &ctx, const QString &network = {}) const;
    Result<Subnet> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Subnet> create(const RequestContext &ctx, const SubnetSpec &spec);
    Result<Subnet> update(const RequestContext &ctx, const QString &nameOrId, const SubnetUpdate &change);
    // Refused while ports hold addresses from it (router interfaces included), naming them.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

    // Checks a subnet against itself and against the network's other subnets; fills in the defaults
    // (canonical CIDR, gateway, pools). The Create Network wizard calls it for live validation.
    static Result<Subnet> resolve(const SubnetSpec &spec, const QList<Subnet> &siblings);

Q_SIGNALS:
    void subnetChanged(const QString &id);
    void subnetRemoved(const QString &id);

private:
    Result<Subnet> editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const;
    Result<Subnet> reloaded(const QString &id);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    std::unique_ptr<NetworkRepository> m_repo;
    ActionLog *m_log = nullptr;
};

} // namespace sd
