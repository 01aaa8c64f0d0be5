#include "adminguard.h"

#include "store/lookup.h"

#include <QCoreApplication>

namespace sd {

Result<void> ensureAnAdministratorRemains(QSqlDatabase &db, const QString &action)
{
    const qint64 admins = countRows(
        db, QStringLiteral(
                "SELECT COUNT(*) FROM users u JOIN ("
                "SELECT a.user_id, a.project_id FROM role_assignments a JOIN roles r ON r.id = a.role_id "
                "WHERE r.name = 'admin' UNION "
                "SELECT m.user_id, g.project_id FROM group_role_assignments g "
                "JOIN group_members m ON m.group_id = g.group_id JOIN roles r ON r.id = g.role_id WHERE r.name = 'admin'"
                ") x ON x.user_id = u.id JOIN projects p ON p.id = x.project_id WHERE u.enabled = 1 AND p.enabled = 1"));
    if (admins > 0)
        return {};
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("sd::AdminGuard",
                                                 "%1: this would leave the cloud without an administrator who can log "
                                                 "in; give someone else the admin role on an enabled project first")
                         .arg(action));
}

} // namespace sd
