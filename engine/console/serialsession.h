#pragma once

#include "consoleendpoint.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sd {

class SerialStream;

// The serial console of one instance, seen from the thread that owns it (the GUI thread, or stackctl's
// main thread): bytes typed go out through send(), bytes the guest printed arrive as received(). The
// virStream itself is driven only from libvirt's event-loop thread (LibvirtEventLoop); what it reads is
// handed to the owner thread by queued calls. State follows GraphicsSession: a dropped console is
// reported and, with autoReconnect, retried while the instance may come back (a reboot, a stop/start).
class SerialSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Connecting,
        Connected,
        Closed,
        Failed
    };
    Q_ENUM(State)

    explicit SerialSession(ConsoleEndpoint endpoint, QObject *parent = nullptr);
    ~SerialSession() override;

    const ConsoleEndpoint &endpoint() const { return m_endpoint; }
    State state() const { return m_state; }
    // Why the session is Closed or Failed, in the user's words (libvirt's own message in it).
    QString stateMessage() const { return m_stateMessage; }

    // Reconnect by itself after the console dropped (not after close() or a failure retrying cannot
    // cure), every retry interval, until it connects again or autoReconnect is switched off.
    void setAutoReconnect(bool on);
    bool autoReconnect() const { return m_autoReconnect; }
    static constexpr int kReconnectIntervalMs = 1000;

public Q_SLOTS:
    void open();
    void close();
    // Queues bytes for the guest. While Connecting they wait for the stream; when Closed or Failed they
    // are dropped (there is no one to type to).
    void send(const QByteArray &bytes);

Q_SIGNALS:
    void stateChanged(sd::SerialSession::State state, const QString &message);
    void received(const QByteArray &bytes);

private:
    friend class SerialStream;

    void streamOpened(quint64 attempt, Result<virStreamPtr> stream);
    // From the event-loop thread, by a queued call: bytes read, or the stream's end.
    void deliver(const SerialStream *from, const QByteArray &bytes);
    void streamEnded(const SerialStream *from, const QString &reason);

    void setState(State state, const QString &message = {});
    // Dropped by itself: Closed, and a retry when asked for.
    void connectionLost(const QString &message);
    // Retrying will not cure it: Failed, no retry.
    void connectionFailed(const QString &message);
    void releaseStream();

    ConsoleEndpoint m_endpoint;
    State m_state = State::Idle;
    QString m_stateMessage;
    bool m_autoReconnect = false;
    bool m_closing = false;
    // A failed reconnect is another drop (the instance is still stopped), not a failure of the session.
    bool m_wasConnected = false;
    // Each open() is a new attempt; a stream that arrives for an older one is released at once.
    quint64 m_attempt = 0;
    QByteArray m_pending; // sent while Connecting
    std::shared_ptr<SerialStream> m_stream;
    QTimer m_reconnect;
};

} // namespace sd
