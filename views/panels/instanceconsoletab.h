#pragma once

#include "core/requestcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace sd {

class ConsoleLauncher;
class ConsoleWidget;
class Engine;
class GraphicsSession;
class SerialConsoleView;
class SerialSession;

// The instance details' Console tab: the console the console type setting picks, shown in the tab (a
// graphical console, or the serial terminal), connected when the tab is first shown and kept connected
// through reboots; "Open in Window" moves it to a window of its own. What cannot be shown (a simulated
// host, an instance that is not running, a host that is down) is said in the engine's words.
class InstanceConsoleTab : public QWidget
{
    Q_OBJECT

public:
    InstanceConsoleTab(Engine &engine, const RequestContext &ctx, const QString &instanceId, QWidget *parent = nullptr);
    ~InstanceConsoleTab() override;

    // Connects, unless a console is shown already or on its way. Called when the tab becomes current.
    void activate();
    // The message shown instead of a console; empty while a console is shown.
    QString messageText() const;
    GraphicsSession *graphicsSession() const { return m_graphics; }
    SerialSession *serialSession() const { return m_serial; }

private:
    void showMessage(const QString &text);
    void closeSessions();
    void openInWindow();

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_instanceId;
    ConsoleLauncher *m_launcher;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_hint;
    QPushButton *m_openWindow;
    QPushButton *m_retry;
    ConsoleWidget *m_widget = nullptr;
    SerialConsoleView *m_serialView = nullptr;
    GraphicsSession *m_graphics = nullptr;
    SerialSession *m_serial = nullptr;
    bool m_pending = false;
};

} // namespace sd
