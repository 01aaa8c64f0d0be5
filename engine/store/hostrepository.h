#pragma once

#include "core/result.h"
#include "hosts/hostfacts.h"
#include "hosts/hostrecord.h"

#include <memory>

namespace sd {

class Database;

// The hosts and host_facts tables.
class HostRepository
{
public:
    explicit HostRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    QList<HostRecord> list() const;
    std::optional<HostRecord> byId(const QString &id) const;
    std::optional<HostRecord> byName(const QString &name) const;
    std::optional<HostRecord> byUri(const QString &uri) const;

    Result<void> insert(const HostRecord &record, const HostFacts &facts);
    Result<void> update(const HostRecord &record);
    Result<void> remove(const QString &id);

    // Stored so lists show the last known capacity and capabilities while a host is down.
    Result<void> saveFacts(const QString &hostId, const HostFacts &facts);
    Result<void> saveLastError(const QString &hostId, const QString &error);
    HostFacts facts(const QString &hostId) const;
    QString lastError(const QString &hostId) const;

private:
    std::optional<HostRecord> one(const char *column, const QString &value) const;
    std::shared_ptr<Database> m_db;
};

} // namespace sd
