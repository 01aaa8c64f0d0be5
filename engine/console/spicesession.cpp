#include "spicesessionprivate.h"

#include <QPointer>

#include <utility>

#include <unistd.h>

namespace sd {

thread_local int SpiceCallbackScope::s_depth = 0;

namespace {

using Private = SpiceSession::Private;

void onChannelNew(::SpiceSession *, SpiceChannel *channel, gpointer data)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(data)->channelNew(channel);
}

void onChannelDestroy(::SpiceSession *, SpiceChannel *channel, gpointer data)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(data)->channelDestroyed(channel);
}

void onOpenFd(SpiceChannel *channel, gint /*withTls*/, gpointer data)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(data)->openFd(channel);
}

void onChannelEvent(SpiceChannel *channel, SpiceChannelEvent event, gpointer data)
{
    SpiceCallbackScope scope;
    static_cast<Private *>(data)->channelEvent(channel, event);
}

// spice's half of a teardown: the channels close, then the objects go.
void finishRelease(::SpiceSession *session, const QList<SpiceChannel *> &channels)
{
    spice_session_disconnect(session);
    for (SpiceChannel *channel : channels)
        g_object_unref(channel);
    g_object_unref(session);
}

struct DeferredRelease
{
    ::SpiceSession *session;
    QList<SpiceChannel *> channels;
};

gboolean runDeferredRelease(gpointer data)
{
    auto *release = static_cast<DeferredRelease *>(data);
    finishRelease(release->session, release->channels);
    delete release;
    return G_SOURCE_REMOVE;
}

// The channels a console needs; the others (audio, USB redirection, smartcard, webdav) stay closed.
bool isWanted(int type, int id)
{
    if (type == SPICE_CHANNEL_MAIN)
        return true;
    return id == 0 &&
           (type == SPICE_CHANNEL_DISPLAY || type == SPICE_CHANNEL_CURSOR || type == SPICE_CHANNEL_INPUTS);
}

} // namespace

SpiceSession::Private::Private(SpiceSession *owner) : q(owner)
{
    flushTimer.setSingleShot(true);
    QObject::connect(&flushTimer, &QTimer::timeout, q, [this] { flush(); });
}

void SpiceSession::Private::start()
{
    release();
    const ConsoleEndpoint &endpoint = q->endpoint();
    if (endpoint.graphicsIndex(QStringLiteral("spice")) < 0) {
        failed(SpiceSession::tr("Instance %1 has no SPICE display").arg(endpoint.instanceName));
        return;
    }
    if (!endpoint.openGraphicsFd) {
        failed(SpiceSession::tr("SPICE: the console of %1 cannot be reached from here")
                   .arg(endpoint.instanceName));
        return;
    }
    session = spice_session_new();
    if (!endpoint.password.isEmpty())
        g_object_set(session, "password", endpoint.password.toUtf8().constData(), nullptr);
    g_signal_connect(session, "channel-new", G_CALLBACK(onChannelNew), this);
    g_signal_connect(session, "channel-destroy", G_CALLBACK(onChannelDestroy), this);
    // -1: no socket yet, so the main channel asks for one through open-fd, as every later channel does.
    if (!spice_session_open_fd(session, -1))
        lost(SpiceSession::tr("SPICE: the client library could not start a session"));
}

void SpiceSession::Private::release()
{
    ++attempt;
    resetDisplay();
    markedBefore = false;
    buttonMask = 0;
    hasLastPosition = false;
    clipboardOffer.clear();
    if (!session)
        return;
    ::SpiceSession *s = std::exchange(session, nullptr);
    const QList<SpiceChannel *> held = std::exchange(channels, {});
    main = nullptr;
    display = nullptr;
    cursor = nullptr;
    inputs = nullptr;
    g_signal_handlers_disconnect_by_data(s, this);
    for (SpiceChannel *channel : held)
        g_signal_handlers_disconnect_by_data(channel, this);
    if (SpiceCallbackScope::active())
        g_idle_add(runDeferredRelease, new DeferredRelease{s, held});
    else
        finishRelease(s, held);
}

void SpiceSession::Private::lost(const QString &message)
{
    release();
    q->connectionLost(message);
}

void SpiceSession::Private::failed(const QString &message)
{
    release();
    q->connectionFailed(message);
}

void SpiceSession::Private::channelNew(SpiceChannel *channel)
{
    int type = 0;
    int id = 0;
    g_object_get(channel, "channel-type", &type, "channel-id", &id, nullptr);
    if (!isWanted(type, id) || channels.contains(channel))
        return;
    if (type == SPICE_CHANNEL_MAIN && main)
        return; // a second main channel belongs to a migration; a reconnect follows the instance instead
    channels.append(SPICE_CHANNEL(g_object_ref(channel)));
    g_signal_connect(channel, "open-fd", G_CALLBACK(onOpenFd), this);
    g_signal_connect(channel, "channel-event", G_CALLBACK(onChannelEvent), this);
    switch (type) {
    case SPICE_CHANNEL_MAIN:
        main = SPICE_MAIN_CHANNEL(channel);
        connectClipboard(main);
        return; // spice_session_open_fd() connects it
    case SPICE_CHANNEL_DISPLAY:
        display = SPICE_DISPLAY_CHANNEL(channel);
        connectDisplay(display);
        break;
    case SPICE_CHANNEL_CURSOR:
        cursor = SPICE_CURSOR_CHANNEL(channel);
        connectCursor(cursor);
        break;
    case SPICE_CHANNEL_INPUTS:
        inputs = SPICE_INPUTS_CHANNEL(channel);
        break;
    }
    spice_channel_connect(channel);
}

void SpiceSession::Private::channelDestroyed(SpiceChannel *channel)
{
    if (!channels.removeOne(channel))
        return;
    g_signal_handlers_disconnect_by_data(channel, this);
    if (channel == SPICE_CHANNEL(main))
        main = nullptr;
    if (channel == SPICE_CHANNEL(display)) {
        display = nullptr;
        resetDisplay();
    }
    if (channel == SPICE_CHANNEL(cursor))
        cursor = nullptr;
    if (channel == SPICE_CHANNEL(inputs))
        inputs = nullptr;
    g_object_unref(channel);
}

void SpiceSession::Private::openFd(SpiceChannel *channel)
{
    const int index = q->endpoint().graphicsIndex(QStringLiteral("spice"));
    const int forAttempt = attempt;
    QPointer<SpiceSession> guard(q);
    q->endpoint().openGraphicsFd(index, q, [guard, forAttempt, channel](Result<int> fd) {
        if (!guard) {
            if (fd)
                ::close(*fd);
            return;
        }
        guard->d->fdArrived(forAttempt, channel, fd);
    });
}

void SpiceSession::Private::fdArrived(int forAttempt, SpiceChannel *channel, const Result<int> &fd)
{
    // The channel pointer is only compared until it is known to be one we still hold a reference to.
    if (forAttempt != attempt || !channels.contains(channel)) {
        if (fd)
            ::close(*fd);
        return;
    }
    if (!fd) {
        // Gone for good (no such instance or device, not allowed) or maybe back soon (stopped, host down).
        switch (fd.error().code) {
        case ErrorCode::NotFound:
        case ErrorCode::Forbidden:
        case ErrorCode::BadRequest:
            failed(fd.error().message);
            break;
        default:
            lost(fd.error().message);
            break;
        }
        return;
    }
    // From here spice owns the socket (its GSocket closes it).
    if (!spice_channel_open_fd(channel, *fd)) {
        ::close(*fd);
        lost(SpiceSession::tr("SPICE %1 channel: the client library refused the socket")
                 .arg(channelName(channel)));
    }
}

void SpiceSession::Private::channelEvent(SpiceChannel *channel, SpiceChannelEvent event)
{
    const GError *error = spice_channel_get_error(channel);
    const QString reason = error ? QString::fromUtf8(error->message) : QString();
    auto describe = [&](const QString &fallback) {
        return SpiceSession::tr("SPICE %1 channel: %2")
            .arg(channelName(channel), reason.isEmpty() ? fallback : reason);
    };
    switch (event) {
    case SPICE_CHANNEL_OPENED:
        if (channel == SPICE_CHANNEL(main))
            q->setState(State::Connected);
        return;
    case SPICE_CHANNEL_CLOSED:
        // The cursor and inputs channels may close alone; without main or display there is no console.
        if (channel == SPICE_CHANNEL(main) || channel == SPICE_CHANNEL(display))
            lost(describe(SpiceSession::tr("the server closed the connection")));
        return;
    case SPICE_CHANNEL_ERROR_AUTH:
        failed(SpiceSession::tr("SPICE: the password was refused"));
        return;
    case SPICE_CHANNEL_ERROR_CONNECT:
        lost(describe(SpiceSession::tr("could not connect")));
        return;
    case SPICE_CHANNEL_ERROR_TLS:
        lost(describe(SpiceSession::tr("the TLS handshake failed")));
        return;
    case SPICE_CHANNEL_ERROR_LINK:
        lost(describe(SpiceSession::tr("the server refused the link")));
        return;
    case SPICE_CHANNEL_ERROR_IO:
        lost(describe(SpiceSession::tr("the connection broke")));
        return;
    case SPICE_CHANNEL_NONE:
    case SPICE_CHANNEL_SWITCHING:
        return;
    }
}

QString SpiceSession::Private::channelName(SpiceChannel *channel) const
{
    int type = 0;
    g_object_get(channel, "channel-type", &type, nullptr);
    return QString::fromUtf8(spice_channel_type_to_string(type));
}

SpiceSession::SpiceSession(ConsoleEndpoint endpoint, QObject *parent)
    : GraphicsSession(std::move(endpoint), parent), d(std::make_unique<Private>(this))
{
}

SpiceSession::~SpiceSession()
{
    d->release();
}

void SpiceSession::connectNow()
{
    d->start();
}

void SpiceSession::disconnectNow()
{
    d->release();
}

} // namespace sd
