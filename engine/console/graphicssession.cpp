#include "graphicssession.h"

#include <QPainter>

namespace sd {

GraphicsSession::GraphicsSession(ConsoleEndpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(kReconnectIntervalMs);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_autoReconnect && m_state == State::Closed)
            open();
    });
}

GraphicsSession::~GraphicsSession() = default;

void GraphicsSession::setMaxFrameRate(int framesPerSecond)
{
    m_maxFrameRate = qMax(0, framesPerSecond);
}

void GraphicsSession::open()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    m_closing = false;
    m_reconnect.stop();
    setState(State::Connecting);
    connectNow();
}

void GraphicsSession::close()
{
    m_closing = true;
    m_reconnect.stop();
    if (m_state == State::Connecting || m_state == State::Connected)
        disconnectNow();
    if (m_state != State::Failed)
        setState(State::Closed, tr("Closed"));
}

void GraphicsSession::sendCombination(const KeyCombination &keys)
{
    for (const KeyStroke &key : keys)
        sendKey(key, true);
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        sendKey(*it, false);
}

void GraphicsSession::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
}

void GraphicsSession::connectionLost(const QString &message)
{
    if (m_closing)
        return;
    setState(State::Closed, message);
    if (m_autoReconnect)
        m_reconnect.start();
}

void GraphicsSession::connectionFailed(const QString &message)
{
    m_reconnect.stop();
    setState(State::Failed, message);
}

void GraphicsSession::resizeFrame(const QSize &size)
{
    if (m_frame.size() == size && !m_frame.isNull())
        return;
    m_frame = QImage(size, QImage::Format_RGB32);
    m_frame.fill(Qt::black);
    m_complete = false;
    emit frameResized(size);
}

void GraphicsSession::applyPatch(const QImage &patch, const QPoint &at)
{
    if (m_frame.isNull() || patch.isNull())
        return;
    {
        QPainter p(&m_frame);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(at, patch);
    }
    frameChanged(QRect(at, patch.size()));
}

void GraphicsSession::frameChanged(const QRect &dirty)
{
    emit frameUpdated(dirty.intersected(m_frame.rect()));
}

void GraphicsSession::markComplete()
{
    if (m_complete)
        return;
    m_complete = true;
    emit firstFrameComplete();
}

} // namespace sd
