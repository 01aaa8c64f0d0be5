#pragma once

#include "console/serialsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sd {

class TerminalWidget;

// An instance's serial console: the terminal, and below it a status line (state, host, "Serial") with a
// Reconnect button while the console is closed or failed. It shows a session it does not own; typing
// goes to the session and what the session receives is fed to the terminal.
class SerialConsoleView : public QWidget
{
    Q_OBJECT

public:
    explicit SerialConsoleView(SerialSession *session, QWidget *parent = nullptr);

    TerminalWidget *terminal() const { return m_terminal; }
    SerialSession *session() const { return m_session; }
    // The status line as shown, for tests.
    QString statusText() const;
    bool reconnectVisible() const;

private:
    void showState(SerialSession::State state, const QString &message);

    QPointer<SerialSession> m_session;
    TerminalWidget *m_terminal;
    QLabel *m_status;
    QPushButton *m_reconnect;
};

} // namespace sd
