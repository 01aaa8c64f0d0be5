#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace sd {

// The id of the row in `table` whose name or id is `nameOrId`, or an empty string. Names win over ids,
// as in the OpenStack client. `table` is one of our own table names, never user input.
QString idByNameOrId(QSqlDatabase &db, const char *table, const QString &nameOrId);
QString nameById(QSqlDatabase &db, const char *table, const QString &id);
// SELECT COUNT(*) with bound values.
qint64 countRows(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace sd
