#pragma once

#include "core/requestcontext.h"

#include <QDateTime>

namespace sd {

// What a login hands back: a token bound to one user in one project, valid until it expires.
struct Session
{
    QString token;
    RequestContext context;
    QDateTime issuedAt;
    QDateTime expiresAt;
};

} // namespace sd
