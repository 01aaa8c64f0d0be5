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

struct NetworkFilter
{
    std::optional<bool> external;
    QString project; // name or id; admins only may name another project
};

// Neutron's networks. Members create their project's networks; shared and external networks are the
// admin's to make, and are seen (and, when shared, used) by every project.
class NetworkService : public QObject
{
    Q_OBJECT

public:
    NetworkService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                   QObject *parent = nullptr);
    ~NetworkService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<Network>> list(const RequestContext &ctx, const NetworkFilter &filter = {}) const;
    Result<Network> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Network> create(const RequestContext &ctx, const NetworkSpec &spec);
    Result<Network> update(const RequestContext &ctx, const QString &nameOrId, const NetworkUpdate &change);
    // Refused while ports other than the network's own (DHCP) use it, naming them; subnets go with it.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

    static Result<void> validateMtu(int mtu);

Q_SIGNALS:
    void networkChanged(const QString &id);
    void networkRemoved(const QString &id);

private:
    bool visibleTo(const RequestContext &ctx, const Network &network) const;
    Result<Network> editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const;
    Result<Network> reloaded(const QString &id);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    std::unique_ptr<NetworkRepository> m_repo;
    ActionLog *m_log = nullptr;
};

} // namespace sd
