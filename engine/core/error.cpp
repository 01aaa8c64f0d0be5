#include "error.h"

namespace sd {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest: return QStringLiteral("BadRequest");
    case ErrorCode::NotFound: return QStringLiteral("NotFound");
    case ErrorCode::Forbidden: return QStringLiteral("Forbidden");
    case ErrorCode::Conflict: return QStringLiteral("Conflict");
    case ErrorCode::QuotaExceeded: return QStringLiteral("QuotaExceeded");
    case ErrorCode::NoValidHost: return QStringLiteral("NoValidHost");
    case ErrorCode::HostUnavailable: return QStringLiteral("HostUnavailable");
    case ErrorCode::Internal: return QStringLiteral("Internal");
    }
    return QStringLiteral("Internal");
}

QString Error::toString() const
{
    return details.isEmpty() ? message : message + QStringLiteral(" (") + details + QLatin1Char(')');
}

} // namespace sd
