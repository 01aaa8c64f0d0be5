// SpiceSession: what the guest shows. spice draws into a canvas of its own (the primary surface) and
// says which rectangles changed; they are copied into frame() at most maxFrameRate() times a second.
// The cursor channel's shapes become cursorChanged().

#include "spicesessionprivate.h"

#include <cstring>

namespace sd {

namespace {

using Private = SpiceSession::Private;

void onPrimaryCreate(SpiceChannel *, gint format, gint width, gint height, gint stride, gint /*shmid*/,
                     gpointer data, gpointer self)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(self)->primaryCreated(format, width, height, stride,
                                                 static_cast<const uchar *>(data));
}

void onPrimaryDestroy(SpiceChannel *, gpointer self)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(self)->primaryDestroyed();
}

void onInvalidate(SpiceChannel *, gint x, gint y, gint width, gint height, gpointer self)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(self)->invalidated(QRect(x, y, width, height));
}

void onMark(SpiceChannel *, gint mark, gpointer self)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(self)->displayMarked(mark != 0);
}

void onCursorNotify(GObject *, GParamSpec *, gpointer self)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(self)->cursorShapeChanged();
}

void onCursorHide(SpiceCursorChannel *, gpointer self)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(self)->cursorHidden();
}

bool is32Bit(int format)
{
    return format == SPICE_SURFACE_FMT_32_xRGB || format == SPICE_SURFACE_FMT_32_ARGB;
}

} // namespace

void SpiceSession::setMaxFrameRate(int framesPerSecond)
{
    GraphicsSession::setMaxFrameRate(framesPerSecond);
    // A copy held back under the old limit goes out under the new one (at once when there is none now).
    if (d->flushTimer.isActive()) {
        d->flushTimer.stop();
        d->scheduleFlush();
    }
}

void SpiceSession::Private::connectDisplay(SpiceDisplayChannel *channel)
{
    g_signal_connect(channel, "display-primary-create", G_CALLBACK(onPrimaryCreate), this);
    g_signal_connect(channel, "display-primary-destroy", G_CALLBACK(onPrimaryDestroy), this);
    g_signal_connect(channel, "display-invalidate", G_CALLBACK(onInvalidate), this);
    g_signal_connect(channel, "display-mark", G_CALLBACK(onMark), this);
}

void SpiceSession::Private::connectCursor(SpiceCursorChannel *channel)
{
    // The "cursor" property, not the deprecated cursor-set signal.
    g_signal_connect(channel, "notify::cursor", G_CALLBACK(onCursorNotify), this);
    g_signal_connect(channel, "cursor-hide", G_CALLBACK(onCursorHide), this);
}

void SpiceSession::Private::primaryCreated(int format, int width, int height, int stride, const uchar *data)
{
    resetDisplay();
    const bool known =
        is32Bit(format) || format == SPICE_SURFACE_FMT_16_555 || format == SPICE_SURFACE_FMT_16_565;
    if (!data || width <= 0 || height <= 0 || !known)
        return;
    primary = Primary{format, width, height, stride, data};
    q->resizeFrame(QSize(width, height));
}

void SpiceSession::Private::primaryDestroyed()
{
    // frame() keeps the last picture until the next primary surface replaces it.
    resetDisplay();
}

void SpiceSession::Private::resetDisplay()
{
    flushTimer.stop();
    primary = Primary{};
    marked = false;
    covered = QRegion();
    pending = QRegion();
}

void SpiceSession::Private::invalidated(const QRect &rect)
{
    if (!primary.data)
        return;
    const QRect clipped = rect.intersected(QRect(0, 0, primary.width, primary.height));
    if (clipped.isEmpty())
        return;
    pending += clipped;
    if (!q->hasCompleteFrame())
        covered += clipped;
    scheduleFlush();
}

void SpiceSession::Private::displayMarked(bool on)
{
    marked = on;
    markedBefore = markedBefore || on;
    // The server marks the display after it sent the whole surface: all of the canvas is its picture now.
    if (on && primary.data) {
        pending += QRect(0, 0, primary.width, primary.height);
        scheduleFlush();
    }
}

void SpiceSession::Private::scheduleFlush()
{
    const int fps = q->maxFrameRate();
    if (fps <= 0) {
        flush();
        return;
    }
    if (flushTimer.isActive())
        return;
    const qint64 interval = 1000 / fps;
    const qint64 since = sinceFlush.isValid() ? sinceFlush.elapsed() : interval;
    flushTimer.start(int(qBound<qint64>(0, interval - since, interval)));
}

void SpiceSession::Private::flush()
{
    if (!primary.data || pending.isEmpty())
        return;
    QImage &frame = q->frameBuffer();
    if (frame.size() != QSize(primary.width, primary.height))
        return;
    for (const QRect &rect : pending)
        copyFromPrimary(rect, frame);
    const QRect dirty = pending.boundingRect();
    pending = QRegion();
    sinceFlush.start();
    const QRect full(0, 0, primary.width, primary.height);
    const bool complete = marked || markedBefore || QRegion(full).subtracted(covered).isEmpty();
    q->frameChanged(dirty);
    if (complete && !q->hasCompleteFrame()) {
        covered = QRegion();
        q->markComplete();
    }
}

void SpiceSession::Private::copyFromPrimary(const QRect &rect, QImage &frame) const
{
    if (is32Bit(primary.format)) {
        // Little-endian xRGB is Format_RGB32's layout, except that RGB32 wants the unused byte at 0xff.
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            const auto *src =
                reinterpret_cast<const quint32 *>(primary.data + qsizetype(y) * primary.stride) + rect.left();
            auto *dst = reinterpret_cast<quint32 *>(frame.scanLine(y)) + rect.left();
            for (int x = 0; x < rect.width(); ++x)
                dst[x] = src[x] | 0xff000000u;
        }
        return;
    }
    const QImage::Format format =
        primary.format == SPICE_SURFACE_FMT_16_555 ? QImage::Format_RGB555 : QImage::Format_RGB16;
    const QImage canvas(primary.data, primary.width, primary.height, primary.stride, format);
    const QImage part = canvas.copy(rect).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < part.height(); ++y)
        std::memcpy(reinterpret_cast<quint32 *>(frame.scanLine(rect.top() + y)) + rect.left(),
                    part.constScanLine(y), size_t(part.width()) * 4);
}

void SpiceSession::Private::cursorShapeChanged()
{
    if (!cursor)
        return;
    SpiceCursorShape *shape = nullptr;
    g_object_get(cursor, "cursor", &shape, nullptr);
    if (!shape)
        return;
    QImage image;
    if (shape->data && shape->width > 0 && shape->height > 0) {
        // spice hands over straight-alpha pixels in R, G, B, A byte order.
        const QImage rgba(static_cast<const uchar *>(shape->data), shape->width, shape->height,
                          shape->width * 4, QImage::Format_RGBA8888);
        image = rgba.convertToFormat(QImage::Format_ARGB32);
    }
    const QPoint hotspot(shape->hot_spot_x, shape->hot_spot_y);
    g_boxed_free(SPICE_TYPE_CURSOR_SHAPE, shape);
    emit q->cursorChanged(image, hotspot);
}

void SpiceSession::Private::cursorHidden()
{
    emit q->cursorChanged(QImage(), QPoint());
}

} // namespace sd
