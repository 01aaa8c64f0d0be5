#include "projectgroupspage.h"

#include "widgets/projectmemberpicker.h"

#include "engine.h"
#include "identity/groupservice.h"

namespace sd {

ProjectGroupsPage::ProjectGroupsPage(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : ProjectAssignmentPage(engine, ctx, tr("All Groups"), tr("Project Groups"), parent)
{
    setObjectName(QStringLiteral("ProjectGroupsPage"));
    setTitle(tr("Project Groups"));
    setSubTitle(tr("Pick the groups whose members work in the project and the roles they hold there."));

    QStringList groups;
    auto groupList = engine.groups().list(ctx);
    if (groupList)
        for (const Group &g : *groupList)
            groups.append(g.name);
    else
        showError(groupList.error().message, groupList.error().details);
    picker()->setCandidates(groups);
}

} // namespace sd
