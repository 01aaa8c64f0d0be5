#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace sd {

// One SQLite file in WAL mode. Each thread gets its own connection (QtSql connections are per thread);
// migrations run once at open; a database written by a newer StackDesk is refused, never migrated down.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(sd::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::shared_ptr<Database>> open(const QString &file);

    // The newest schema this build knows (the highest migrations/NNNN_*.sql).
    static int latestSchemaVersion();
    int schemaVersion();

    // This thread's connection, opened on first use with foreign keys on and a busy timeout.
    QSqlDatabase connection();

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn fails, so a multi-row change is all or
    // nothing. IMMEDIATE takes the write lock up front: two writers queue instead of deadlocking.
    Result<void> transaction(const std::function<Result<void>(QSqlDatabase &)> &fn);

    QString file() const { return m_file; }

private:
    explicit Database(QString file);
    Result<void> migrate();

    QString m_file;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

// Binds values in order. A null QString binds as '' (not SQL NULL): our text columns are NOT NULL
// DEFAULT '', and comparisons like `? = ''` must see an unset filter as empty.
void bindValues(QSqlQuery &query, const QVariantList &values);

// Runs one statement with bound values; the error names the statement's purpose for the log.
Result<void> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace sd
