#include "networkscope.h"

#include "store/lookup.h"

namespace sd {

Result<QString> NetworkScope::targetProject(QSqlDatabase &db, const RequestContext &ctx, const QString &project)
{
    if (project.isEmpty() || project == ctx.projectId || project == ctx.projectName)
        return ctx.projectId;
    if (!ctx.isAdmin())
        return makeError(ErrorCode::Forbidden,
                         tr("Project %1: only an admin may create resources in another project").arg(project));
    const QString id = idByNameOrId(db, "projects", project);
    if (id.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
    return id;
}

} // namespace sd
