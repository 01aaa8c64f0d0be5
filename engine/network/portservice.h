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

struct PortFilter
{
    QString network;     // name or id
    QString deviceId;
    QString deviceOwner;
    QString project;     // name or id
};

// Neutron's ports and IPAM. Addresses come from the subnet's allocation pools (or are asked for by
// address, anywhere in the subnet but the gateway); allocation runs inside the port's write transaction
// and the store's unique index backs it, so two concurrent creates never get one address.
class PortService : public QObject
{
    Q_OBJECT

public:
    PortService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas, QObject *parent = nullptr);
    ~PortService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<Port>> list(const RequestContext &ctx, const PortFilter &filter = {}) const;
    Result<Port> show(const RequestContext &ctx, const QString &nameOrId) const;
    // Engine-internal, no policy: the port with this id as stored now (the network realiser follows
    // single ports with it).
    std::optional<Port> find(const QString &id) const;
    Result<Port> create(const RequestContext &ctx, const PortSpec &spec);
    Result<Port> update(const RequestContext &ctx, const QString &nameOrId, const PortUpdate &change);
    // Ports a router or a floating IP owns are removed through them, not here.
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);

    // For the services that make ports of their own (routers, instances): the same create, in the
    // caller's transaction, without policy or quota checks (the caller made them).
    static Result<Port> createIn(QSqlDatabase &db, const QString &projectId, const PortSpec &spec);
    static Result<void> removeIn(QSqlDatabase &db, const QString &portId);

    static Result<void> validateMac(const QString &mac);
    static QString generateMac();

Q_SIGNALS:
    void portChanged(const QString &id);
    void portRemoved(const QString &id);

private:
    Result<Port> editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const;
    Result<Port> reloaded(const QString &id);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    std::unique_ptr<NetworkRepository> m_repo;
    ActionLog *m_log = nullptr;
};

} // namespace sd
