#include "projectmemberspage.h"

#include "widgets/projectmemberpicker.h"

#include "engine.h"
#include "identity/userservice.h"

namespace sd {

ProjectMembersPage::ProjectMembersPage(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : ProjectAssignmentPage(engine, ctx, tr("All Users"), tr("Project Members"), parent)
{
    setObjectName(QStringLiteral("ProjectMembersPage"));
    setTitle(tr("Project Members"));
    setSubTitle(tr("Pick the users who work in the project and the roles they hold there."));

    QStringList users;
    auto userList = engine.users().list(ctx);
    if (userList)
        for (const User &u : *userList)
            users.append(u.name);
    else
        showError(userList.error().message, userList.error().details);
    picker()->setCandidates(users);
}

} // namespace sd
