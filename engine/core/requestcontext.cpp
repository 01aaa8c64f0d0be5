#include "requestcontext.h"

#include "ids.h"

namespace sd {

RequestContext RequestContext::system()
{
    RequestContext ctx;
    ctx.userId = QStringLiteral("system");
    ctx.userName = QStringLiteral("system");
    ctx.roles = {QStringLiteral("admin")};
    ctx.requestId = newRequestId();
    return ctx;
}

RequestContext RequestContext::withNewRequestId() const
{
    RequestContext copy = *this;
    copy.requestId = newRequestId();
    return copy;
}

} // namespace sd
