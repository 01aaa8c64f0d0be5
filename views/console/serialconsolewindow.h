#pragma once

#include <QWidget>

namespace sd {

class SerialConsoleView;
class SerialSession;

// A top-level window around one serial console: the terminal, its status line and Reconnect. It owns
// the session (closes it when the window closes) and deletes itself on close, as ConsoleWindow does.
class SerialConsoleWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SerialConsoleWindow(SerialSession *session, QWidget *parent = nullptr);
    ~SerialConsoleWindow() override;

    SerialConsoleView *view() const { return m_view; }

private:
    SerialSession *m_session;
    SerialConsoleView *m_view;
};

} // namespace sd
