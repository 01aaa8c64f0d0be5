#include "vncsession.h"

#include "uskeyboard.h"
#include "vncconnection.h"

#include <QPointer>
#include <QThread>

#include <unistd.h>

namespace sd {

namespace {

// RFB's pointer button mask: bits 0-2 left, middle, right; 3 and 4 are the wheel's up and down.
int buttonMask(Qt::MouseButtons buttons)
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    return mask;
}

} // namespace

VncSession::VncSession(ConsoleEndpoint endpoint, QObject *parent) : GraphicsSession(std::move(endpoint), parent)
{
    qRegisterMetaType<sd::FramePatches>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vnc ") + this->endpoint().instanceName);
    m_connection = new VncConnection;
    m_connection->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_connection, &QObject::deleteLater);

    connect(m_connection, &VncConnection::connected, this, [this] {
        if (state() == State::Connecting)
            setState(State::Connected, tr("Connected"));
    });
    connect(m_connection, &VncConnection::resized, this, [this](const QSize &size) { resizeFrame(size); });
    connect(m_connection, &VncConnection::updated, this, [this](const FramePatches &patches, bool complete) {
        if (state() != State::Connected)
            return;
        for (const FramePatch &patch : patches)
            applyPatch(patch.image, patch.at);
        if (complete)
            markComplete();
    });
    connect(m_connection, &VncConnection::cursorShape, this, &GraphicsSession::cursorChanged);
    connect(m_connection, &VncConnection::clipboard, this, &GraphicsSession::clipboardReceived);
    connect(m_connection, &VncConnection::bell, this, &GraphicsSession::bell);
    connect(m_connection, &VncConnection::lost, this, [this](const QString &message) { connectionLost(message); });
    connect(m_connection, &VncConnection::failed, this, [this](const QString &message) { connectionFailed(message); });
    m_thread->start();
}

VncSession::~VncSession()
{
    stopConnection();
    m_thread->quit();
    m_thread->wait();
}

void VncSession::connectNow()
{
    const int index = endpoint().graphicsIndex(QStringLiteral("vnc"));
    if (index < 0 || !endpoint().openGraphicsFd) {
        connectionFailed(tr("Instance %1 has no VNC graphics device").arg(endpoint().instanceName));
        return;
    }
    const int attempt = ++m_attempt;
    QPointer<VncSession> self(this);
    endpoint().openGraphicsFd(index, this, [self, attempt](Result<int> fd) {
        if (!self) {
            if (fd)
                ::close(*fd);
            return;
        }
        if (attempt != self->m_attempt || self->state() != State::Connecting) {
            if (fd)
                ::close(*fd);
            return;
        }
        if (!fd) {
            self->connectionLost(fd.error().message);
            return;
        }
        QMetaObject::invokeMethod(self->m_connection, "start", Qt::QueuedConnection, Q_ARG(int, *fd),
                                  Q_ARG(QString, self->endpoint().password), Q_ARG(int, self->maxFrameRate()));
    });
}

void VncSession::disconnectNow()
{
    ++m_attempt;
    stopConnection();
}

void VncSession::stopConnection()
{
    // Waits for the protocol thread: when it returns, no more frames of the old connection are sent.
    if (m_thread->isRunning())
        QMetaObject::invokeMethod(m_connection, "stop", Qt::BlockingQueuedConnection);
}

void VncSession::setMaxFrameRate(int framesPerSecond)
{
    GraphicsSession::setMaxFrameRate(framesPerSecond);
    QMetaObject::invokeMethod(m_connection, "setMaxFrameRate", Qt::QueuedConnection, Q_ARG(int, maxFrameRate()));
}

void VncSession::sendKey(const KeyStroke &key, bool down)
{
    if (state() != State::Connected || !key.isValid())
        return;
    QMetaObject::invokeMethod(m_connection, "key", Qt::QueuedConnection, Q_ARG(quint32, key.keysym),
                              Q_ARG(quint32, key.scancode), Q_ARG(bool, down));
}

void VncSession::sendPointer(const QPoint &position, Qt::MouseButtons buttons, int wheelSteps)
{
    if (state() != State::Connected)
        return;
    const int mask = buttonMask(buttons);
    auto send = [this, position](int m) {
        QMetaObject::invokeMethod(m_connection, "pointer", Qt::QueuedConnection, Q_ARG(int, position.x()),
                                  Q_ARG(int, position.y()), Q_ARG(int, m));
    };
    send(mask);
    // Each wheel step is a press and release of button 4 (up) or 5 (down).
    const int wheelBit = wheelSteps > 0 ? 8 : 16;
    for (int i = 0; i < qAbs(wheelSteps); ++i) {
        send(mask | wheelBit);
        send(mask);
    }
}

QString VncSession::sendText(const QString &text)
{
    if (state() != State::Connected)
        return tr("VNC: not connected");
    QString skipped;
    for (const QChar c : text) {
        const auto typed = UsKeyboard::keyFor(c);
        if (!typed) {
            if (!skipped.contains(c))
                skipped += c;
            continue;
        }
        if (typed->shift)
            sendKey(UsKeyboard::shift(), true);
        sendKey(typed->key, true);
        sendKey(typed->key, false);
        if (typed->shift)
            sendKey(UsKeyboard::shift(), false);
    }
    if (skipped.isEmpty())
        return {};
    return tr("VNC types only what a US keyboard can: %1 left out").arg(skipped);
}

} // namespace sd
