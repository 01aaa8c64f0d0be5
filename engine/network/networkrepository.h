#pragma once

#include "networktypes.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace sd {

class Database;

// Reads the network model's rows (every kind) into values; the services write. Each list is a handful of
// queries however many rows there are. Also usable inside a transaction: every call takes the connection.
class NetworkRepository
{
public:
    explicit NetworkRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    QSqlDatabase connection() const;

    static QList<Network> networks(QSqlDatabase &db, const QString &where = {}, const QVariantList &values = {});
    static QList<Subnet> subnets(QSqlDatabase &db, const QString &where = {}, const QVariantList &values = {});
    static QList<Port> ports(QSqlDatabase &db, const QString &where = {}, const QVariantList &values = {});
    static QList<Router> routers(QSqlDatabase &db, const QString &where = {}, const QVariantList &values = {});
    static QList<FloatingIp> floatingIps(QSqlDatabase &db, const QString &where = {}, const QVariantList &values = {});
    static QList<SecurityGroup> securityGroups(QSqlDatabase &db, const QString &where = {},
                                               const QVariantList &values = {});

    static std::optional<Network> network(QSqlDatabase &db, const QString &id);
    static std::optional<Subnet> subnet(QSqlDatabase &db, const QString &id);
    static std::optional<Port> port(QSqlDatabase &db, const QString &id);
    static std::optional<Router> router(QSqlDatabase &db, const QString &id);
    static std::optional<FloatingIp> floatingIp(QSqlDatabase &db, const QString &id);
    static std::optional<SecurityGroup> securityGroup(QSqlDatabase &db, const QString &id);

    // Ids of the rows of `table` (one of ours) whose id or name is nameOrId, ids first.
    static QStringList idsByNameOrId(QSqlDatabase &db, const char *table, const QString &nameOrId);
    static QString projectName(QSqlDatabase &db, const QString &projectId);

private:
    std::shared_ptr<Database> m_db;
};

QString nowText();

} // namespace sd
