#pragma once

#include "core/result.h"
#include "instance.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace sd {

class Database;

struct InstanceQuery
{
    QString projectId; // empty: every project
    QString hostId;
    bool includeDeleted = false;
};

// The instances' rows and what hangs off them (metadata, claims, faults). Services own the policy;
// this class only reads and writes the store.
class InstanceRepository
{
public:
    explicit InstanceRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    std::optional<Instance> find(const QString &id) const;
    std::optional<Instance> find(QSqlDatabase &db, const QString &id) const;
    // Ids named `nameOrId` among the instances visible in the project (empty: all), deleted ones left out.
    QStringList idsByNameOrId(const QString &nameOrId, const QString &projectId) const;
    QList<Instance> list(const InstanceQuery &query) const;
    QString domainXml(const QString &id) const;

    static Result<void> insert(QSqlDatabase &db, const Instance &instance, const QString &userData);
    static Result<void> insertClaim(QSqlDatabase &db, const QString &instanceId, const QString &hostId, int vcpus,
                                    qint64 ramMb, qint64 diskGb);
    static Result<void> releaseClaims(QSqlDatabase &db, const QString &instanceId);
    // Removes the instance's ports (their addresses go back to IPAM) and its claims: what an instance
    // holds while it has a domain. Adds the removed ports' ids to *removedPorts, for notifications. Ports
    // the instance did not make (handed to its launch or attached by the user) are unbound and kept, as
    // Nova keeps them; their ids go to *unboundPorts when given.
    static Result<void> releaseHoldings(QSqlDatabase &db, const QString &instanceId, QStringList *removedPorts,
                                        QStringList *unboundPorts = nullptr);
    static Result<void> setMetadata(QSqlDatabase &db, const QString &instanceId, const QMap<QString, QString> &items);

    void setStates(const QString &id, VmState vm, const QString &task, std::optional<PowerState> power = {});
    void setTaskState(const QString &id, const QString &task);
    void setPowerState(const QString &id, PowerState power);
    void setHost(const QString &id, const QString &hostId, const QString &zone);
    void setDomainXml(const QString &id, const QString &xml);
    void setDiskHost(const QString &id, const QString &hostId);
    void setRescueImage(const QString &id, const QString &imageId);
    // The flavor copy of a resize (and of its revert).
    void setFlavor(const QString &id, const InstanceFlavor &flavor);
    // After a rebuild from another image.
    void setBootVolume(const QString &id, const QString &volumeId);
    void setImage(const QString &id, const QString &imageId, const QString &imageName);
    void markLaunched(const QString &id);
    void setFault(const QString &id, const InstanceFault &fault);
    void clearFault(const QString &id);
    void setLocked(const QString &id, bool locked, const QString &by);
    void setNameDescription(const QString &id, const QString &name, const QString &description);
    // Deleted rows stay (usage, action log); what they held is released by the caller in one transaction.
    static Result<void> markDeleted(QSqlDatabase &db, const QString &id);

    QString userData(const QString &id) const;
    std::shared_ptr<Database> database() const { return m_db; }

private:
    // Writes after the fact (state changes): a failure means a broken store; it is logged, as there is
    // no caller left to tell.
    void exec(const QString &sql, const QVariantList &values);
    QList<Instance> load(QSqlDatabase &db, const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_db;
};

} // namespace sd
