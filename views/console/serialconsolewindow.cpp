#include "serialconsolewindow.h"

#include "serialconsoleview.h"

#include "console/serialsession.h"

#include <QVBoxLayout>

namespace sd {

SerialConsoleWindow::SerialConsoleWindow(SerialSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_view(new SerialConsoleView(session, this))
{
    setObjectName(QStringLiteral("SerialConsoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    session->setParent(this);
    const ConsoleEndpoint &endpoint = session->endpoint();
    setWindowTitle(tr("%1 (%2) — Serial Console").arg(endpoint.instanceName, endpoint.instanceId));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(820, 520);
    if (session->state() == SerialSession::State::Idle)
        session->open();
}

SerialConsoleWindow::~SerialConsoleWindow()
{
    m_session->close();
}

} // namespace sd
