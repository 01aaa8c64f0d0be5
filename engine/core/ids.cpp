#include "ids.h"

#include <QUuid>

namespace sd {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newRequestId()
{
    return QStringLiteral("req-") + newId();
}

bool looksLikeId(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace sd
