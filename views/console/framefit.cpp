#include "framefit.h"

namespace sd {

QRect fitFrame(const QSize &frame, const QRect &area)
{
    if (frame.isEmpty() || area.isEmpty())
        return {};
    const QSize scaled = frame.scaled(area.size(), Qt::KeepAspectRatio);
    const QPoint topLeft(area.x() + (area.width() - scaled.width()) / 2,
                         area.y() + (area.height() - scaled.height()) / 2);
    return QRect(topLeft, scaled);
}

QRect actualSizeFrame(const QSize &frame, const QRect &area)
{
    if (frame.isEmpty())
        return {};
    const QPoint topLeft(area.x() + qMax(0, (area.width() - frame.width()) / 2),
                         area.y() + qMax(0, (area.height() - frame.height()) / 2));
    return QRect(topLeft, frame);
}

} // namespace sd
