#pragma once

#include "projectassignmentpage.h"

namespace sd {

// Create Project, step 3 "Project Groups": the groups whose members get roles on the new project, each
// with the roles they give (the member role by default).
class ProjectGroupsPage : public ProjectAssignmentPage
{
    Q_OBJECT

public:
    ProjectGroupsPage(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);
};

} // namespace sd
