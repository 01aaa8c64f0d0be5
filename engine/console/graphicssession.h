#pragma once

#include "consoleendpoint.h"
#include "keystroke.h"

#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QTimer>

namespace sd {

// A graphical console (VNC or SPICE) of one instance, seen from the thread that owns it (the GUI thread,
// or stackctl's main thread). The protocol runs wherever the subclass needs it; what arrives here is a
// complete frame kept up to date in frame(), and signals saying which part changed. Input goes the other
// way through the slots. A dropped connection is reported and, with autoReconnect, retried while the
// instance may come back (a guest reboot, a stop/start, a migration).
class GraphicsSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Connected, Closed, Failed };
    Q_ENUM(State)

    explicit GraphicsSession(ConsoleEndpoint endpoint, QObject *parent = nullptr);
    ~GraphicsSession() override;

    virtual QString protocol() const = 0; // "VNC", "SPICE": protocol names, not translated

    const ConsoleEndpoint &endpoint() const { return m_endpoint; }
    State state() const { return m_state; }
    // Why the session is Closed or Failed, in the user's words (the library's own message in it).
    QString stateMessage() const { return m_stateMessage; }

    // The guest's screen, Format_RGB32. Null until the server said its size.
    const QImage &frame() const { return m_frame; }
    // True once every pixel of frame() came from the server (the first full update arrived).
    bool hasCompleteFrame() const { return m_complete; }

    // At most this many frame updates a second reach frame() (0: as fast as the server sends). The
    // classroom wall's thumbnails use 1 or 2.
    virtual void setMaxFrameRate(int framesPerSecond);
    int maxFrameRate() const { return m_maxFrameRate; }

    // Reconnect by itself after the connection dropped (not after close() or a wrong password), every
    // retry interval, until it connects again or autoReconnect is switched off.
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    bool autoReconnect() const { return m_autoReconnect; }
    static constexpr int kReconnectIntervalMs = 1000;

public Q_SLOTS:
    void open();
    void close();

    virtual void sendKey(const sd::KeyStroke &key, bool down) = 0;
    // Presses the keys in order and releases them in reverse (Ctrl+Alt+Del).
    void sendCombination(const sd::KeyCombination &keys);
    // Absolute position in frame() coordinates; wheel > 0 scrolls up, < 0 down, one step each.
    virtual void sendPointer(const QPoint &position, Qt::MouseButtons buttons, int wheelSteps = 0) = 0;
    // Puts text on the guest's clipboard (SPICE agent) or types it (VNC). Returns what could not be sent,
    // in the user's words; empty when all of it went.
    virtual QString sendText(const QString &text) = 0;

Q_SIGNALS:
    void stateChanged(sd::GraphicsSession::State state, const QString &message);
    void frameResized(const QSize &size);
    // frame() changed inside `dirty` (frame coordinates).
    void frameUpdated(const QRect &dirty);
    void firstFrameComplete();
    void cursorChanged(const QImage &shape, const QPoint &hotspot);
    void clipboardReceived(const QString &text);
    void bell();

protected:
    // The subclass's connect and disconnect; connectNow() reports the outcome through setState().
    virtual void connectNow() = 0;
    virtual void disconnectNow() = 0;

    void setState(State state, const QString &message = {});
    // A connection that dropped by itself (not through close()): Closed, then a retry when asked for.
    void connectionLost(const QString &message);
    // A failure that retrying will not cure (wrong password, no such device): Failed, no retry.
    void connectionFailed(const QString &message);

    void resizeFrame(const QSize &size);
    QImage &frameBuffer() { return m_frame; }
    // Copies a patch into frame() at `at` and announces the change.
    void applyPatch(const QImage &patch, const QPoint &at);
    void frameChanged(const QRect &dirty);
    // The update that completes frame() for the first time since resizeFrame().
    void markComplete();

private:
    ConsoleEndpoint m_endpoint;
    State m_state = State::Idle;
    QString m_stateMessage;
    QImage m_frame;
    bool m_complete = false;
    int m_maxFrameRate = 0;
    bool m_autoReconnect = false;
    bool m_closing = false;
    QTimer m_reconnect;
};

} // namespace sd
