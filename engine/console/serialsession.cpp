#include "serialsession.h"

#include "hosts/libvirteventloop.h"

#include <QPointer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <mutex>

namespace sd {

namespace {

void releaseRawStream(virStreamPtr stream)
{
    virStreamAbort(stream);
    virStreamFree(stream);
}

// libvirt's message for the failure that just happened on this thread (it is thread-local).
QString lastStreamError()
{
    const char *message = virGetLastErrorMessage();
    return QString::fromUtf8(message ? message : "unknown error");
}

} // namespace

// The event-loop side of one opened console stream. libvirt calls onEvent on its event-loop thread; the
// session calls queue() and shutdown() from the owner thread. One mutex covers the stream pointer, the
// output buffer and the owner, so a callback that is already running when the session tears the stream
// down either finishes first or finds the stream gone. libvirt holds its own reference to this object
// (the callback's opaque), released by its free callback whenever libvirt is done with it, which may be
// after the session is destroyed.
class SerialStream : public std::enable_shared_from_this<SerialStream>
{
public:
    SerialStream(virStreamPtr stream, SerialSession *owner) : m_stream(stream), m_owner(owner) {}
    ~SerialStream()
    {
        if (m_stream)
            releaseRawStream(m_stream);
    }

    // Starts watching the stream; false with libvirt's reason when it cannot.
    bool start(const QByteArray &initialOutput, QString *error)
    {
        std::lock_guard lock(m_mutex);
        m_out = initialOutput;
        m_events = wantedEvents();
        auto *opaque = new std::shared_ptr<SerialStream>(shared_from_this());
        if (virStreamEventAddCallback(m_stream, m_events, &SerialStream::onEvent, opaque,
                                      &SerialStream::freeOpaque) < 0) {
            *error = lastStreamError();
            delete opaque;
            return false;
        }
        m_watching = true;
        return true;
    }

    void queue(const QByteArray &bytes)
    {
        std::lock_guard lock(m_mutex);
        if (!m_stream || m_ended)
            return;
        m_out += bytes;
        updateEvents();
    }

    // The owner lets go: no more calls into it, and the stream is aborted and freed now.
    void shutdown()
    {
        std::lock_guard lock(m_mutex);
        m_owner = nullptr;
        if (!m_stream)
            return;
        if (m_watching)
            virStreamEventRemoveCallback(m_stream);
        m_watching = false;
        releaseRawStream(m_stream);
        m_stream = nullptr;
    }

private:
    static void onEvent(virStreamPtr, int events, void *opaque)
    {
        (*static_cast<std::shared_ptr<SerialStream> *>(opaque))->handle(events);
    }
    static void freeOpaque(void *opaque) { delete static_cast<std::shared_ptr<SerialStream> *>(opaque); }

    int wantedEvents() const
    {
        // Writable is always "ready" on a remote stream: ask for it only while there is something to
        // write, or the event loop spins.
        return VIR_STREAM_EVENT_READABLE | (m_out.isEmpty() ? 0 : VIR_STREAM_EVENT_WRITABLE);
    }

    void updateEvents()
    {
        const int wanted = m_ended ? 0 : wantedEvents();
        if (m_watching && wanted != m_events && virStreamEventUpdateCallback(m_stream, wanted) == 0)
            m_events = wanted;
    }

    void handle(int events)
    {
        std::lock_guard lock(m_mutex);
        if (!m_stream || m_ended)
            return;
        if (events & VIR_STREAM_EVENT_READABLE)
            readAvailable();
        if (!m_ended && (events & VIR_STREAM_EVENT_WRITABLE))
            writePending();
        if (!m_ended && (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP)))
            end(SerialSession::tr("the connection to the host dropped"));
        updateEvents();
    }

    void readAvailable()
    {
        QByteArray got;
        char buffer[16384];
        for (;;) {
            const int n = virStreamRecv(m_stream, buffer, sizeof buffer);
            if (n > 0) {
                got.append(buffer, n);
                continue;
            }
            if (!got.isEmpty())
                deliver(got);
            if (n == 0)
                end(SerialSession::tr("the instance closed it (it stopped or restarted)"));
            else if (n == -1)
                end(lastStreamError());
            return; // -2: nothing more for now
        }
    }

    void writePending()
    {
        while (!m_out.isEmpty()) {
            const int n = virStreamSend(m_stream, m_out.constData(), size_t(m_out.size()));
            if (n == -2)
                return; // VIR_STREAM_EVENT_WRITABLE again later
            if (n < 0) {
                end(lastStreamError());
                return;
            }
            m_out.remove(0, n);
        }
    }

    void deliver(const QByteArray &bytes)
    {
        if (!m_owner)
            return;
        // Queued to the owner while it is certainly alive (shutdown() runs in its destructor and takes the
        // mutex held here); Qt discards the call if the owner is destroyed before it runs.
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, from = weak_from_this(), bytes] { owner->deliver(from.lock().get(), bytes); },
            Qt::QueuedConnection);
    }

    void end(const QString &reason)
    {
        m_ended = true;
        updateEvents();
        if (!m_owner)
            return;
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, from = weak_from_this(), reason] {
                owner->streamEnded(from.lock().get(), reason);
            },
            Qt::QueuedConnection);
    }

    std::mutex m_mutex;
    virStreamPtr m_stream;
    SerialSession *m_owner;
    QByteArray m_out;
    int m_events = 0;
    bool m_watching = false;
    bool m_ended = false;
};

SerialSession::SerialSession(ConsoleEndpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(kReconnectIntervalMs);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_autoReconnect && m_state == State::Closed)
            open();
    });
}

SerialSession::~SerialSession()
{
    m_closing = true;
    ++m_attempt;
    releaseStream();
}

void SerialSession::setAutoReconnect(bool on)
{
    m_autoReconnect = on;
    if (!on)
        m_reconnect.stop();
}

void SerialSession::open()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    m_closing = false;
    m_reconnect.stop();
    setState(State::Connecting);
    if (!m_endpoint.serial) {
        connectionFailed(tr("Instance %1 has no serial console").arg(m_endpoint.instanceName));
        return;
    }
    if (!m_endpoint.openSerial) {
        connectionFailed(tr("The serial console of %1 cannot be opened on host %2")
                             .arg(m_endpoint.instanceName, m_endpoint.hostName));
        return;
    }
    const quint64 attempt = ++m_attempt;
    // QPointer: the endpoint may answer after this session is gone; the stream must not leak then.
    m_endpoint.openSerial(this, [self = QPointer<SerialSession>(this), attempt](Result<virStreamPtr> stream) {
        if (self)
            self->streamOpened(attempt, std::move(stream));
        else if (stream)
            releaseRawStream(*stream);
    });
}

void SerialSession::close()
{
    m_closing = true;
    m_reconnect.stop();
    ++m_attempt;
    releaseStream();
    m_pending.clear();
    m_wasConnected = false;
    if (m_state != State::Failed)
        setState(State::Closed, tr("Closed"));
}

void SerialSession::send(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_stream)
        m_stream->queue(bytes);
    else if (m_state == State::Connecting)
        m_pending += bytes;
}

void SerialSession::streamOpened(quint64 attempt, Result<virStreamPtr> stream)
{
    if (attempt != m_attempt || m_state != State::Connecting) {
        if (stream)
            releaseRawStream(*stream);
        return;
    }
    if (!stream) {
        const QString message = stream.error().message;
        if (m_wasConnected)
            connectionLost(message);
        else
            connectionFailed(message);
        return;
    }
    LibvirtEventLoop::ensureStarted();
    auto opened = std::make_shared<SerialStream>(*stream, this);
    QString error;
    if (!opened->start(m_pending, &error)) {
        opened->shutdown();
        connectionFailed(
            tr("The serial console of %1 cannot be watched: %2").arg(m_endpoint.instanceName, error));
        return;
    }
    m_pending.clear();
    m_stream = std::move(opened);
    m_wasConnected = true;
    setState(State::Connected);
}

void SerialSession::deliver(const SerialStream *from, const QByteArray &bytes)
{
    if (from && from == m_stream.get())
        emit received(bytes);
}

void SerialSession::streamEnded(const SerialStream *from, const QString &reason)
{
    if (!from || from != m_stream.get())
        return;
    releaseStream();
    connectionLost(tr("The serial console of %1 closed: %2").arg(m_endpoint.instanceName, reason));
}

void SerialSession::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
}

void SerialSession::connectionLost(const QString &message)
{
    if (m_closing)
        return;
    setState(State::Closed, message);
    if (m_autoReconnect)
        m_reconnect.start();
}

void SerialSession::connectionFailed(const QString &message)
{
    m_reconnect.stop();
    setState(State::Failed, message);
}

void SerialSession::releaseStream()
{
    if (!m_stream)
        return;
    m_stream->shutdown();
    m_stream.reset();
}

} // namespace sd
