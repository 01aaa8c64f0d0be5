#pragma once

#include "core/requestcontext.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sd {

class Policy;

// What every network service asks first: which project a new resource goes to, whether the caller may
// see a row, and which one row a name or id means.
class NetworkScope
{
    Q_DECLARE_TR_FUNCTIONS(sd::NetworkScope)

public:
    // The project a create is for: the caller's own, or (admins only) the one named.
    static Result<QString> targetProject(QSqlDatabase &db, const RequestContext &ctx, const QString &project);
    static bool visible(const RequestContext &ctx, const QString &projectId, bool shared = false)
    {
        return ctx.isAdmin() || projectId == ctx.projectId || shared;
    }
    // One of the candidates a name or id matched; kind names it in messages ("Network", "Subnet").
    template<typename T>
    static Result<T> pick(const QList<T> &candidates, const QString &kind, const QString &nameOrId)
    {
        if (candidates.size() == 1)
            return candidates.first();
        if (candidates.isEmpty())
            return makeError(ErrorCode::NotFound, tr("%1 '%2': not found").arg(kind, nameOrId));
        return makeError(ErrorCode::Conflict,
                         tr("%1 name '%2' is used by %3 resources; give the ID").arg(kind, nameOrId).arg(candidates.size()));
    }
};

} // namespace sd
