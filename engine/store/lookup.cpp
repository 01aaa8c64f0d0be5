#include "lookup.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace sd {

QString idByNameOrId(QSqlDatabase &db, const char *table, const QString &nameOrId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ? UNION ALL SELECT id FROM %1 WHERE id = ? LIMIT 1")
                  .arg(QLatin1String(table)));
    q.addBindValue(nameOrId);
    q.addBindValue(nameOrId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString nameById(QSqlDatabase &db, const char *table, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

qint64 countRows(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace sd
