#pragma once

#include "core/requestcontext.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

// The rule table every Engine call is checked against before anything else, shaped like OpenStack's
// default policies: "admin" may do everything in every project; "member" manages the resources of the
// project its token is scoped to; "reader" may only look at them. The GUI and CLI hide what the policy
// forbids, but this check is the enforcement.
class Policy
{
    Q_DECLARE_TR_FUNCTIONS(sd::Policy)

public:
    enum class Rule {
        AdminOnly,
        Member,   // member (or admin) of the target project
        Reader,   // any role on the target project
        LoggedIn, // anyone with a valid context; the service checks ownership itself (own password, own token)
    };

    Policy();

    // targetProjectId: the project that owns the resource; empty for calls that name none (lists are
    // filtered by the service instead).
    Result<void> check(const RequestContext &ctx, const QString &action, const QString &targetProjectId = {}) const;
    bool allows(const RequestContext &ctx, const QString &action, const QString &targetProjectId = {}) const
    {
        return check(ctx, action, targetProjectId).ok();
    }
    QStringList actions() const { return m_rules.keys(); }

private:
    QHash<QString, Rule> m_rules;
};

} // namespace sd
