#pragma once

#include "core/result.h"
#include "instance.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace sd {

class Database;

// One row of instance_migrations (Nova's migrations table): a resize, a cold or a live migration.
struct InstanceMigration
{
    QString id;
    QString instanceId;
    QString instanceName;
    QString projectId;
    QString kind;   // resize | migration | live-migration
    QString status; // pre-migrating | migrating | finished | confirmed | reverted | completed | error
    QString sourceHostId;
    QString sourceHostName;
    QString destHostId;
    QString destHostName;
    InstanceFlavor oldFlavor;
    InstanceFlavor newFlavor;
    PowerState oldPowerState = PowerState::NoState;
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool sameHost() const { return sourceHostId == destHostId; }
};

// The migrations' rows, and the claims a move holds on one host. Only reads and writes the store.
class MigrationRepository
{
public:
    explicit MigrationRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // A new row for a move of the instance away from the host it is on (status 'migrating').
    static InstanceMigration started(const Instance &instance, const QString &kind,
                                     const InstanceFlavor &newFlavor);
    static Result<void> insert(QSqlDatabase &db, const InstanceMigration &migration);
    static Result<void> setStatus(QSqlDatabase &db, const QString &id, const QString &status,
                                  const QString &error = {});
    void setStatus(const QString &id, const QString &status, const QString &error = {});
    // The instance's newest migration in one of the statuses; empty statuses: any.
    std::optional<InstanceMigration> latest(const QString &instanceId,
                                            const QStringList &statuses = {}) const;
    std::optional<InstanceMigration> latest(QSqlDatabase &db, const QString &instanceId,
                                            const QStringList &statuses = {}) const;
    // Newest first; instanceId empty: every instance's.
    QList<InstanceMigration> list(const QString &instanceId = {}) const;

    // Drops the instance's claim on one host (a move's other end), leaving the rest.
    static Result<void> releaseClaimOn(QSqlDatabase &db, const QString &instanceId, const QString &hostId);
    // Hosts besides the instance's own that hold something of it: the disks of a shelved instance, the
    // source domain and disks of a resize or cold migration waiting for confirmation.
    QStringList leftoverHosts(const Instance &instance) const;
    // After an engine stopped mid-move: the unfinished rows become 'error' and the claims the move took
    // on other hosts go. Returns the instances concerned.
    QStringList abandonUnfinished();

private:
    QList<InstanceMigration> load(QSqlDatabase &db, const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_db;
};

} // namespace sd
