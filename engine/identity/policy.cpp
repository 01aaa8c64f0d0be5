#include "policy.h"

namespace sd {

Policy::Policy()
{
    // Hosts are the cloud's hardware: like Nova's os-hypervisors and os-services, admins only.
    for (const char *action : {"host:list", "host:show", "host:create", "host:update", "host:delete",
                               "host:enable", "host:disable", "task:list", "action_log:list"})
        m_rules.insert(QLatin1String(action), Rule::AdminOnly);
}

Result<void> Policy::check(const RequestContext &ctx, const QString &action) const
{
    if (!ctx.isValid())
        return makeError(ErrorCode::Forbidden, tr("%1: you are not logged in").arg(action));
    const auto it = m_rules.constFind(action);
    if (it == m_rules.constEnd())
        // An action without a rule is a programming error; refuse rather than allow by accident.
        return makeError(ErrorCode::Forbidden, tr("%1: no policy rule allows this action").arg(action));
    if (ctx.isAdmin())
        return {};
    switch (*it) {
    case Rule::AdminOnly:
        break;
    case Rule::Member:
        if (ctx.roles.contains(QLatin1String("member")))
            return {};
        break;
    case Rule::Reader:
        if (!ctx.roles.isEmpty())
            return {};
        break;
    }
    return makeError(ErrorCode::Forbidden,
                     tr("%1: not allowed for user %2 in project %3").arg(action, ctx.userName, ctx.projectName));
}

} // namespace sd
