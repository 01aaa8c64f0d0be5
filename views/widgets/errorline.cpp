#include "errorline.h"

namespace sd {

ErrorLine::ErrorLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("FieldError"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void ErrorLine::setError(const QString &message, const QString &details)
{
    setText(message);
    setToolTip(details);
    setVisible(!message.isEmpty());
}

QString ErrorLine::error() const
{
    return isHidden() ? QString() : text();
}

} // namespace sd
