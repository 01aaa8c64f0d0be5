#include "namecheck.h"

#include <QCoreApplication>

namespace sd {

namespace {
const char *const kContext = "sd::NameCheck";
}

Result<QString> checkedName(const QString &field, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::BadRequest, QCoreApplication::translate(kContext, "%1: empty; give it a name").arg(field));
    if (trimmed.size() > 255)
        return makeError(ErrorCode::BadRequest,
                         QCoreApplication::translate(kContext, "%1 '%2…': longer than 255 characters (%3)")
                             .arg(field, trimmed.left(20))
                             .arg(trimmed.size()));
    for (const QChar c : trimmed)
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::BadRequest,
                             QCoreApplication::translate(kContext, "%1 '%2': contains a control character")
                                 .arg(field, trimmed));
    return trimmed;
}

Result<QString> checkedText(const QString &field, const QString &text)
{
    if (text.size() > 65535)
        return makeError(ErrorCode::BadRequest,
                         QCoreApplication::translate(kContext, "%1: longer than 65535 characters").arg(field));
    return text;
}

} // namespace sd
