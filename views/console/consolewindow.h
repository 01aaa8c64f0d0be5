#pragma once

#include "console/keystroke.h"
#include "core/result.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QMenu;
class QScrollArea;
class QToolBar;

namespace sd {

class ConsoleWidget;
class GraphicsSession;

// A graphical console in a window of its own: the screen, a toolbar (Send Key, Paste, Scale to Fit /
// Actual Size, Full Screen, Screenshot, Reconnect) and a status line (protocol, resolution, host,
// state). It owns its session: closing the window closes the session and deletes both. Any number may
// be open at once; each is independent.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Takes `session` over (reparents it) and opens it unless it is already open.
    explicit ConsoleWindow(GraphicsSession *session, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    ConsoleWidget *console() const { return m_console; }
    GraphicsSession *session() const { return m_session; }

    // Writes the guest's screen (the frame, not the window) as PNG.
    Result<void> saveScreenshot(const QString &path) const;
    void sendCombination(const QString &label, const KeyCombination &keys);
    void pasteClipboard();
    void setFullScreenMode(bool on);
    bool isFullScreenMode() const { return m_fullScreen; }

    // The status line as shown, its parts joined by " · " (for tests); and the last message in it.
    QString statusText() const;
    QString statusMessage() const;
    QMenu *sendKeyMenu() const { return m_sendKeyMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar();
    void buildStatusBar();
    void updateStatus();
    void updateActions();
    void fitWindowToFrame();
    void askScreenshot();
    void askCustomCombination();
    void showMessage(const QString &message);

    GraphicsSession *m_session;
    ConsoleWidget *m_console;
    QScrollArea *m_scroll;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_sendKeyMenu = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_leaveFullScreen = nullptr;
    QAction *m_screenshot = nullptr;
    QAction *m_reconnect = nullptr;
    QLabel *m_protocol = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_keyboard = nullptr;
    QWidget *m_keyboardLine = nullptr;
    QString m_lastMessage;
    QString m_lastCustom;
    bool m_fullScreen = false;
    bool m_wasMaximized = false;
};

} // namespace sd
