#include "consolestateoverlay.h"

#include "console/graphicssession.h"

#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

ConsoleStateOverlay::ConsoleStateOverlay(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_message(new QLabel(this)), m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("ConsoleStateOverlay"));
    setMaximumWidth(460);
    m_title->setObjectName(QStringLiteral("ConsoleStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_message->setObjectName(QStringLiteral("ConsoleStateMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("ConsoleReconnectButton"));
    m_button->setFocusPolicy(Qt::NoFocus); // the keyboard belongs to the console
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    connect(m_button, &QPushButton::clicked, this, &ConsoleStateOverlay::reconnectRequested);
}

void ConsoleStateOverlay::describe(const GraphicsSession *session)
{
    QString title;
    QString message;
    QString button;
    if (!session) {
        title = tr("No console");
        message = tr("This window has no console session.");
    } else {
        const ConsoleEndpoint &endpoint = session->endpoint();
        switch (session->state()) {
        case GraphicsSession::State::Idle:
            title = tr("Not connected");
            button = tr("Connect");
            break;
        case GraphicsSession::State::Connecting:
            title = tr("Connecting…");
            message = tr("Opening the %1 console of %2 on host %3.")
                          .arg(session->protocol(), endpoint.instanceName, endpoint.hostName);
            break;
        case GraphicsSession::State::Connected:
            if (session->frame().isNull()) {
                title = tr("Connected");
                message = tr("Waiting for the guest's screen…");
            }
            break;
        case GraphicsSession::State::Closed:
            title = tr("Disconnected");
            message = session->stateMessage();
            if (session->autoReconnect())
                message += (message.isEmpty() ? QString() : QStringLiteral("\n")) +
                           tr("StackDesk reconnects by itself when the instance is back (after a "
                              "reboot or a migration).");
            button = tr("Reconnect");
            break;
        case GraphicsSession::State::Failed:
            title = tr("The console could not connect");
            message = session->stateMessage();
            button = tr("Reconnect");
            break;
        }
    }
    m_title->setText(title);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_button->setText(button);
    m_button->setVisible(!button.isEmpty());
    setVisible(!title.isEmpty());
    if (!title.isEmpty()) {
        adjustSize();
        raise();
    }
}

QString ConsoleStateOverlay::text() const
{
    if (isHidden())
        return {};
    QString text = m_title->text();
    if (!m_message->text().isEmpty())
        text += QLatin1Char('\n') + m_message->text();
    return text;
}

void ConsoleStateOverlay::placeIn(const QRect &area)
{
    const int width = qMin(qMax(sizeHint().width(), 380), qMax(200, area.width() - 40));
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry(
        QRect(QPoint(0, 0), QSize(width, height)).translated(area.center() - QPoint(width / 2, height / 2)));
}

void ConsoleStateOverlay::paintEvent(QPaintEvent *)
{
    // The window's colours on a rounded card, readable over any guest picture.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace sd
