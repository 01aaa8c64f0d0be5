#pragma once

// The GLib half of SpiceSession, shared by its .cpp files (lifecycle, display and cursor, input,
// clipboard). Only they include it: spice's and GLib's types stay out of spicesession.h.

#include "spicesession.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QRegion>
#include <QTimer>

// Qt's `signals` macro would rewrite GLib's struct members of that name.
#undef signals
#include <spice-client.h>
#include <spice/vd_agent.h>

namespace sd {

struct SpiceSession::Private
{
    explicit Private(SpiceSession *owner);

    SpiceSession *q;

    // --- the connection (spicesession.cpp)
    ::SpiceSession *session = nullptr;
    // The channels this session uses, each with a reference of ours and our handlers on it.
    QList<SpiceChannel *> channels;
    SpiceMainChannel *main = nullptr;
    SpiceDisplayChannel *display = nullptr;
    SpiceCursorChannel *cursor = nullptr;
    SpiceInputsChannel *inputs = nullptr;
    // Counts connection attempts: an fd that arrives for an earlier one is closed, never handed over.
    int attempt = 0;

    void start();
    // Drops the session: our handlers go at once (no callback reaches us afterwards); spice's own
    // teardown runs at once, or from an idle callback when we are inside one of spice's signals.
    void release();
    void lost(const QString &message);
    void failed(const QString &message);

    void channelNew(SpiceChannel *channel);
    void channelDestroyed(SpiceChannel *channel);
    void openFd(SpiceChannel *channel);
    void fdArrived(int forAttempt, SpiceChannel *channel, const Result<int> &fd);
    void channelEvent(SpiceChannel *channel, SpiceChannelEvent event);
    QString channelName(SpiceChannel *channel) const;

    // --- what the guest shows (spicedisplay.cpp)
    struct Primary
    {
        int format = 0;
        int width = 0;
        int height = 0;
        int stride = 0;
        const uchar *data = nullptr; // spice's canvas: valid until display-primary-destroy
    };
    Primary primary;
    bool marked = false; // the server's display mark arrived: the whole canvas is its picture
    // A mark arrived on this connection: a later primary surface (a mode switch) starts cleared on both
    // sides, or the server sends its whole image first, so its first update completes it.
    bool markedBefore = false;
    QRegion covered;   // invalidated since the primary was created, until the frame is complete
    QRegion pending;   // invalidated, not yet copied into frame()
    QTimer flushTimer; // the next copy, when a frame rate limit holds it back
    QElapsedTimer sinceFlush;

    void connectDisplay(SpiceDisplayChannel *channel);
    void connectCursor(SpiceCursorChannel *channel);
    void primaryCreated(int format, int width, int height, int stride, const uchar *data);
    void primaryDestroyed();
    void invalidated(const QRect &rect);
    void displayMarked(bool on);
    void scheduleFlush();
    void flush();
    void copyFromPrimary(const QRect &rect, QImage &frame) const;
    void cursorShapeChanged();
    void cursorHidden();
    void resetDisplay();

    // --- input (spiceinputs.cpp)
    int buttonMask = 0;  // the buttons the guest believes are down
    QPoint lastPosition; // for relative motion in server mouse mode
    bool hasLastPosition = false;

    // --- clipboard (spiceclipboard.cpp)
    QByteArray clipboardOffer; // UTF-8 text this side grabbed the guest's clipboard for

    void connectClipboard(SpiceMainChannel *channel);
    bool guestGrabbed(guint selection, const guint32 *types, guint count);
    void guestSent(guint selection, guint type, const uchar *data, guint size);
    bool guestRequested(guint selection, guint type);
};

// Marks the time spent inside one of spice's signal handlers: spice must not be torn down under it.
class SpiceCallbackScope
{
public:
    SpiceCallbackScope() { ++s_depth; }
    ~SpiceCallbackScope() { --s_depth; }
    SpiceCallbackScope(const SpiceCallbackScope &) = delete;
    SpiceCallbackScope &operator=(const SpiceCallbackScope &) = delete;

    static bool active() { return s_depth > 0; }

private:
    static thread_local int s_depth;
};

} // namespace sd
