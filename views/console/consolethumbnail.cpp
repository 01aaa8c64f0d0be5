#include "consolethumbnail.h"

#include "framefit.h"

#include "console/graphicssession.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>

namespace sd {

namespace {
const QColor kScreenBackground(0x1f, 0x23, 0x28);
const QColor kAccent(0x25, 0x63, 0xeb);
} // namespace

ConsoleThumbnail::ConsoleThumbnail(GraphicsSession *session, const QString &title, QWidget *parent)
    : QWidget(parent), m_session(session), m_instanceId(session->endpoint().instanceId), m_title(title)
{
    setObjectName(QStringLiteral("ConsoleThumbnail"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFixedSize(sizeHint());
    setAccessibleName(title);
    connect(session, &GraphicsSession::frameUpdated, this, &ConsoleThumbnail::onFrameUpdated);
    connect(session, &GraphicsSession::frameResized, this, qOverload<>(&QWidget::update));
    connect(session, &GraphicsSession::stateChanged, this, &ConsoleThumbnail::onStateChanged);
    connect(session, &QObject::destroyed, this, &ConsoleThumbnail::onStateChanged);
    onStateChanged();
}

void ConsoleThumbnail::onStateChanged()
{
    // The status line is cut to the thumbnail's width; the tooltip has all of it.
    const QString host = m_session ? m_session->endpoint().hostName : QString();
    setToolTip(tr("%1 on host %2\n%3\nClick to open its console.").arg(m_title, host, statusText()));
    update();
}

int ConsoleThumbnail::textLineHeight() const
{
    return fontMetrics().height() + 2;
}

QSize ConsoleThumbnail::sizeHint() const
{
    return QSize(kScreenSize.width() + 2 * kMargin,
                 kScreenSize.height() + 2 * kMargin + 2 * textLineHeight() + 4);
}

QRect ConsoleThumbnail::screenArea() const
{
    return QRect(QPoint(kMargin, kMargin), kScreenSize);
}

QRect ConsoleThumbnail::imageRect() const
{
    if (!m_session || m_session->frame().isNull())
        return {};
    return fitFrame(m_session->frame().size(), screenArea());
}

QString ConsoleThumbnail::statusText() const
{
    if (!m_session)
        return tr("Console closed");
    const QString message = m_session->stateMessage();
    switch (m_session->state()) {
    case GraphicsSession::State::Idle:
        return tr("Not connected");
    case GraphicsSession::State::Connecting:
        return tr("Connecting…");
    case GraphicsSession::State::Connected:
        if (m_session->frame().isNull())
            return tr("%1 · waiting for the screen").arg(m_session->protocol());
        return tr("%1 · %2×%3")
            .arg(m_session->protocol())
            .arg(m_session->frame().width())
            .arg(m_session->frame().height());
    case GraphicsSession::State::Closed:
        return message.isEmpty() ? tr("Disconnected") : tr("Disconnected: %1").arg(message);
    case GraphicsSession::State::Failed:
        return message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(message);
    }
    return {};
}

QString ConsoleThumbnail::screenNote() const
{
    if (!m_session)
        return tr("Console closed");
    switch (m_session->state()) {
    case GraphicsSession::State::Idle:
        return tr("Not connected");
    case GraphicsSession::State::Connecting:
        return tr("Connecting…");
    case GraphicsSession::State::Connected:
        return m_session->frame().isNull() ? tr("Waiting for the screen…") : QString();
    case GraphicsSession::State::Closed:
    case GraphicsSession::State::Failed: {
        QString note = m_session->stateMessage().isEmpty() ? statusText() : m_session->stateMessage();
        if (m_session->state() == GraphicsSession::State::Closed && m_session->autoReconnect())
            note += QLatin1Char('\n') + tr("Reconnecting when it is back…");
        return note;
    }
    }
    return {};
}

void ConsoleThumbnail::onFrameUpdated(const QRect &dirty)
{
    const QRect image = imageRect();
    if (image.isEmpty())
        return;
    const QSize frame = m_session->frame().size();
    const qreal sx = qreal(image.width()) / frame.width();
    const qreal sy = qreal(image.height()) / frame.height();
    const QRectF mapped(image.x() + dirty.x() * sx, image.y() + dirty.y() * sy, dirty.width() * sx,
                        dirty.height() * sy);
    update(mapped.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(image));
}

void ConsoleThumbnail::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setClipRegion(event->region());
    const QRect screen = screenArea();
    const QRect image = imageRect();
    if (event->region().intersects(screen)) {
        painter.fillRect(screen, kScreenBackground);
        if (!image.isEmpty()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(image, m_session->frame());
        }
        const QString note = screenNote();
        if (!note.isEmpty()) {
            if (!image.isEmpty())
                painter.fillRect(image, QColor(0, 0, 0, 150));
            painter.setPen(Qt::white);
            painter.drawText(screen.adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap, note);
        }
    }
    // The frame: accent when hovered or focused, so it is clear which screen a click opens.
    const bool highlighted = m_hover || hasFocus();
    painter.setPen(QPen(highlighted ? kAccent : palette().color(QPalette::Mid), highlighted ? 2 : 1));
    painter.drawRect(screen.adjusted(-1, -1, 0, 0));

    const int lineHeight = textLineHeight();
    QRect text(kMargin, screen.bottom() + 5, screen.width(), lineHeight);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, text.width()));
    text.translate(0, lineHeight);
    painter.setFont(font());
    const bool trouble = m_session && (m_session->state() == GraphicsSession::State::Failed ||
                                       m_session->state() == GraphicsSession::State::Closed);
    painter.setPen(trouble ? QColor(0xb9, 0x1c, 0x1c) : palette().color(QPalette::PlaceholderText));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(statusText(), Qt::ElideRight, text.width()));
}

void ConsoleThumbnail::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    event->accept();
}

void ConsoleThumbnail::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The first click of the two already asked for the console: one window, not two.
    m_pressed = false;
    event->accept();
}

void ConsoleThumbnail::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click =
        m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint());
    m_pressed = false;
    event->accept();
    if (click)
        emit clicked(m_instanceId);
}

void ConsoleThumbnail::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit clicked(m_instanceId);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ConsoleThumbnail::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QWidget::enterEvent(event);
}

void ConsoleThumbnail::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QWidget::leaveEvent(event);
}

} // namespace sd
