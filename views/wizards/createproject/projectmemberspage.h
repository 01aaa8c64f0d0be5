#pragma once

#include "projectassignmentpage.h"

namespace sd {

// Create Project, step 2 "Project Members": the users to give roles on the new project, each with
// the roles they get (the member role by default).
class ProjectMembersPage : public ProjectAssignmentPage
{
    Q_OBJECT

public:
    ProjectMembersPage(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);
};

} // namespace sd
