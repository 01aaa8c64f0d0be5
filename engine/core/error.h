#pragma once

#include <QCoreApplication>
#include <QString>

namespace sd {

// The codes every engine call can fail with; the CLI maps them to exit code 1, the GUI to a notification.
enum class ErrorCode {
    BadRequest,
    NotFound,
    Forbidden,
    Conflict,
    QuotaExceeded,
    NoValidHost,
    HostUnavailable,
    Internal,
};

QString errorCodeName(ErrorCode code);

// A failure as the user should read it: the message names the field and the value and says what to do;
// details carry the raw cause (a libvirt or SQLite message) for "Show details".
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString details;

    QString toString() const;
};

} // namespace sd
