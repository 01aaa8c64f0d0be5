#include "serialconsoleview.h"

#include "terminalwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

SerialConsoleView::SerialConsoleView(SerialSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_terminal(new TerminalWidget(this)), m_status(new QLabel(this)),
      m_reconnect(new QPushButton(tr("Reconnect"), this))
{
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_reconnect->setToolTip(tr("Open the serial console again"));

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 2, 6, 2);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_reconnect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_terminal, 1);
    layout->addLayout(statusRow);
    setFocusProxy(m_terminal);

    if (!session) {
        showState(SerialSession::State::Failed, tr("No serial console"));
        m_reconnect->hide();
        return;
    }
    connect(m_terminal, &TerminalWidget::input, session, &SerialSession::send);
    connect(session, &SerialSession::received, m_terminal, &TerminalWidget::feed);
    connect(session, &SerialSession::stateChanged, this, &SerialConsoleView::showState);
    connect(m_reconnect, &QPushButton::clicked, session, &SerialSession::open);
    showState(session->state(), session->stateMessage());
}

void SerialConsoleView::showState(SerialSession::State state, const QString &message)
{
    QString stateText;
    switch (state) {
    case SerialSession::State::Idle:
        stateText = tr("Not connected");
        break;
    case SerialSession::State::Connecting:
        stateText = tr("Connecting…");
        break;
    case SerialSession::State::Connected:
        stateText = tr("Connected");
        break;
    case SerialSession::State::Closed:
        stateText = message.isEmpty() ? tr("Closed") : message;
        break;
    case SerialSession::State::Failed:
        stateText = message.isEmpty() ? tr("Failed") : message;
        break;
    }
    const QString host = m_session ? m_session->endpoint().hostName : QString();
    // "Serial" names the console kind, as VNC or SPICE do in the graphical console's status line.
    m_status->setText(host.isEmpty() ? tr("%1 · Serial").arg(stateText)
                                     : tr("%1 · %2 · Serial").arg(stateText, host));
    m_reconnect->setVisible(m_session &&
                            (state == SerialSession::State::Closed || state == SerialSession::State::Failed));
}

QString SerialConsoleView::statusText() const
{
    return m_status->text();
}

bool SerialConsoleView::reconnectVisible() const
{
    return !m_reconnect->isHidden();
}

} // namespace sd
