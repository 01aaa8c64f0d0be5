#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// Who is asking, in which project, with which roles. Every Engine call takes one and the policy checks it
// before anything else happens.
struct RequestContext
{
    QString userId;
    QString userName;
    QString projectId;
    QString projectName;
    QStringList roles;
    QString requestId;

    bool isAdmin() const { return roles.contains(QStringLiteral("admin")); }
    bool isValid() const { return !userId.isEmpty(); }

    // The engine's own identity for start-up work (migrations, demo seeding, reconciling hosts).
    static RequestContext system();
    // A copy with a fresh request id, for one user action.
    RequestContext withNewRequestId() const;
};

} // namespace sd
