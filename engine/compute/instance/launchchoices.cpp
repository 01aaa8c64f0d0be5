#include "launchchoices.h"

#include "store/database.h"

#include <QSqlQuery>

namespace sd {

QStringList LaunchChoices::keyPairNames(const RequestContext &ctx) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM key_pairs WHERE user_id = ? ORDER BY name"));
    q.addBindValue(ctx.userId);
    QStringList names;
    if (q.exec())
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

QList<ServerGroupChoice> LaunchChoices::serverGroups(const RequestContext &ctx) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, name, policy FROM server_groups WHERE project_id = ? ORDER BY name"));
    q.addBindValue(ctx.projectId);
    QList<ServerGroupChoice> groups;
    if (q.exec())
        while (q.next())
            groups.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return groups;
}

} // namespace sd
