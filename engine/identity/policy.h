#pragma once

#include "core/requestcontext.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

// The rule table every Engine call is checked against before anything else, shaped like OpenStack's
// default policies: "admin" may do everything; "member" manages its projects' resources; "reader" may
// only look. The GUI and CLI hide what the policy forbids, but the check here is the enforcement.
class Policy
{
    Q_DECLARE_TR_FUNCTIONS(sd::Policy)

public:
    enum class Rule {
        AdminOnly,
        Member, // member or admin of the request's project
        Reader, // any role on the request's project
    };

    Policy();

    Result<void> check(const RequestContext &ctx, const QString &action) const;
    bool allows(const RequestContext &ctx, const QString &action) const { return check(ctx, action).ok(); }

private:
    QHash<QString, Rule> m_rules;
};

} // namespace sd
