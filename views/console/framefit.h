#pragma once

#include <QRect>
#include <QSize>

namespace sd {

// Where a guest screen of `frame` pixels is drawn inside `area` when scaled to fit: as large as fits,
// aspect kept, centred (letterboxed). Empty when either is empty.
QRect fitFrame(const QSize &frame, const QRect &area);

// Centred where it is smaller than `area`, at the top left where it is larger (the scroll area scrolls it).
QRect actualSizeFrame(const QSize &frame, const QRect &area);

} // namespace sd
