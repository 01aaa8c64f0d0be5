#include "consolewindow.h"

#include "consolewidget.h"
#include "customkeydialog.h"
#include "icons.h"
#include "sendkeys.h"

#include "console/graphicssession.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace sd {

namespace {

QString stateName(GraphicsSession::State state)
{
    switch (state) {
    case GraphicsSession::State::Idle:
        return ConsoleWindow::tr("Not connected");
    case GraphicsSession::State::Connecting:
        return ConsoleWindow::tr("Connecting");
    case GraphicsSession::State::Connected:
        return ConsoleWindow::tr("Connected");
    case GraphicsSession::State::Closed:
        return ConsoleWindow::tr("Disconnected");
    case GraphicsSession::State::Failed:
        return ConsoleWindow::tr("Failed");
    }
    return {};
}

} // namespace

ConsoleWindow::ConsoleWindow(GraphicsSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_console(new ConsoleWidget), m_scroll(new QScrollArea)
{
    Q_ASSERT(session);
    setObjectName(QStringLiteral("ConsoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    session->setParent(this);
    const ConsoleEndpoint &endpoint = session->endpoint();
    const QString name = endpoint.instanceName.isEmpty() ? endpoint.domainName : endpoint.instanceName;
    setWindowTitle(tr("%1 (%2) — Console").arg(name, endpoint.instanceId));
    setWindowIcon(Icons::get(QStringLiteral("stackdesk")));

    m_console->setSession(session);
    // F11 leaves full screen even while the guest has the keyboard.
    m_console->setReservedKeys({QKeySequence(Qt::Key_F11)});
    m_scroll->setObjectName(QStringLiteral("ConsoleScrollArea"));
    m_scroll->setWidget(m_console);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_scroll);

    buildToolBar();
    buildStatusBar();

    connect(session, &GraphicsSession::stateChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(session, &GraphicsSession::frameResized, this, [this] {
        updateStatus();
        updateActions();
        fitWindowToFrame();
    });
    connect(m_console, &ConsoleWidget::keyboardGrabChanged, this, &ConsoleWindow::updateStatus);

    resize(1024, 768);
    updateStatus();
    updateActions();
    if (session->state() == GraphicsSession::State::Idle)
        session->open();
}

ConsoleWindow::~ConsoleWindow()
{
    // Ordered: the view lets go of its keys and the session, then the session disconnects and goes.
    m_console->setSession(nullptr);
    m_session->close();
    delete m_session;
}

void ConsoleWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Console"));
    m_toolBar->setObjectName(QStringLiteral("ConsoleToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Toolbar buttons never take the focus from the screen: the keyboard stays the guest's.
    m_toolBar->setFocusPolicy(Qt::NoFocus);

    m_sendKeyMenu = new QMenu(tr("Send Key"), this);
    m_sendKeyMenu->setObjectName(QStringLiteral("ConsoleSendKeyMenu"));
    m_sendKeyMenu->setIcon(Icons::get(QStringLiteral("console-keyboard")));
    for (const SendKeys::Named &named : SendKeys::common()) {
        m_sendKeyMenu->addAction(named.label, this,
                                 [this, named] { sendCombination(named.label, named.keys); });
    }
    QMenu *terminals = m_sendKeyMenu->addMenu(tr("Switch to Virtual Terminal"));
    terminals->setObjectName(QStringLiteral("ConsoleTerminalMenu"));
    for (const SendKeys::Named &named : SendKeys::virtualTerminals())
        terminals->addAction(named.label, this, [this, named] { sendCombination(named.label, named.keys); });
    m_sendKeyMenu->addSeparator();
    QAction *custom = m_sendKeyMenu->addAction(tr("Custom…"), this, &ConsoleWindow::askCustomCombination);
    custom->setObjectName(QStringLiteral("ConsoleCustomKeyAction"));
    QAction *sendKey = m_sendKeyMenu->menuAction();
    sendKey->setObjectName(QStringLiteral("ConsoleSendKeyAction"));
    sendKey->setToolTip(
        tr("Send a key combination your own desktop would catch (Ctrl+Alt+Del, Ctrl+Alt+F2)"));
    m_toolBar->addAction(sendKey);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(sendKey)))
        button->setPopupMode(QToolButton::InstantPopup);

    m_paste = m_toolBar->addAction(Icons::get(QStringLiteral("console-paste")), tr("Paste"), this,
                                   &ConsoleWindow::pasteClipboard);
    m_paste->setObjectName(QStringLiteral("ConsolePasteAction"));
    m_paste->setToolTip(m_session->protocol() == QLatin1String("SPICE")
                            ? tr("Put the text of your clipboard on the guest's clipboard")
                            : tr("Type the text of your clipboard into the guest"));
    m_toolBar->addSeparator();

    auto *scaling = new QActionGroup(this);
    m_fit = m_toolBar->addAction(Icons::get(QStringLiteral("console-fit")), tr("Scale to Fit"));
    m_fit->setObjectName(QStringLiteral("ConsoleFitAction"));
    m_fit->setToolTip(tr("Show the whole screen in the window, keeping its proportions"));
    m_actualSize = m_toolBar->addAction(Icons::get(QStringLiteral("console-actual-size")), tr("Actual Size"));
    m_actualSize->setObjectName(QStringLiteral("ConsoleActualSizeAction"));
    m_actualSize->setToolTip(
        tr("One guest pixel per screen pixel (1:1), scrolled when larger than the window"));
    for (QAction *action : {m_fit, m_actualSize}) {
        action->setCheckable(true);
        scaling->addAction(action);
    }
    m_fit->setChecked(true);
    connect(scaling, &QActionGroup::triggered, this, [this](QAction *action) {
        m_console->setScaling(action == m_fit ? ConsoleWidget::Scaling::Fit
                                              : ConsoleWidget::Scaling::ActualSize);
    });

    m_fullScreenAction =
        m_toolBar->addAction(Icons::get(QStringLiteral("console-fullscreen")), tr("Full Screen"));
    m_fullScreenAction->setObjectName(QStringLiteral("ConsoleFullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setShortcutContext(Qt::WindowShortcut);
    m_fullScreenAction->setToolTip(tr("Full screen (F11; F11 or Esc leaves it)"));
    connect(m_fullScreenAction, &QAction::triggered, this, &ConsoleWindow::setFullScreenMode);
    // On the window as well: in full screen the toolbar is hidden, and with it its shortcuts.
    addAction(m_fullScreenAction);
    // Esc leaves full screen while the keyboard is not grabbed; grabbed, Esc is the guest's.
    m_leaveFullScreen = new QAction(tr("Leave Full Screen"), this);
    m_leaveFullScreen->setObjectName(QStringLiteral("ConsoleLeaveFullScreenAction"));
    m_leaveFullScreen->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveFullScreen->setShortcutContext(Qt::WindowShortcut);
    m_leaveFullScreen->setEnabled(false);
    connect(m_leaveFullScreen, &QAction::triggered, this, [this] { setFullScreenMode(false); });
    addAction(m_leaveFullScreen);
    m_toolBar->addSeparator();

    m_screenshot = m_toolBar->addAction(Icons::get(QStringLiteral("console-screenshot")), tr("Screenshot…"),
                                        this, &ConsoleWindow::askScreenshot);
    m_screenshot->setObjectName(QStringLiteral("ConsoleScreenshotAction"));
    m_screenshot->setToolTip(tr("Save the guest's screen as a PNG image"));
    m_reconnect =
        m_toolBar->addAction(Icons::get(QStringLiteral("console-reconnect")), tr("Reconnect"), this, [this] {
            m_session->close();
            m_session->open();
        });
    m_reconnect->setObjectName(QStringLiteral("ConsoleReconnectAction"));
    m_reconnect->setToolTip(tr("Close the connection to the console and open it again"));
    for (QToolButton *button : m_toolBar->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::NoFocus);
}

void ConsoleWindow::buildStatusBar()
{
    m_keyboard = new QLabel(this);
    m_keyboard->setObjectName(QStringLiteral("ConsoleKeyboardLabel"));
    m_protocol = new QLabel(this);
    m_protocol->setObjectName(QStringLiteral("ConsoleProtocolLabel"));
    m_resolution = new QLabel(this);
    m_resolution->setObjectName(QStringLiteral("ConsoleResolutionLabel"));
    m_host = new QLabel(this);
    m_host->setObjectName(QStringLiteral("ConsoleHostLabel"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("ConsoleStateLabel"));
    statusBar()->setObjectName(QStringLiteral("ConsoleStatusBar"));
    bool first = true;
    for (QLabel *label : {m_keyboard, m_protocol, m_resolution, m_host, m_state}) {
        if (!first) {
            auto *line = new QFrame(this);
            line->setFrameShape(QFrame::VLine);
            line->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(line);
            if (label == m_protocol)
                m_keyboardLine = line; // shown with the keyboard note only
        }
        first = false;
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void ConsoleWindow::updateStatus()
{
    const ConsoleEndpoint &endpoint = m_session->endpoint();
    m_protocol->setText(m_session->protocol());
    const QImage &frame = m_session->frame();
    m_resolution->setText(frame.isNull() ? tr("no screen yet")
                                         : tr("%1×%2").arg(frame.width()).arg(frame.height()));
    m_host->setText(tr("Host %1").arg(endpoint.hostName));
    m_state->setText(stateName(m_session->state()));
    m_state->setToolTip(m_session->stateMessage());
    const bool connected = m_session->state() == GraphicsSession::State::Connected;
    m_keyboard->setText(m_console->isKeyboardGrabbed() ? tr("Keyboard grabbed: Ctrl+Alt releases it")
                        : connected                    ? tr("Click the screen to grab the keyboard")
                                                       : QString());
    m_keyboard->setVisible(!m_keyboard->text().isEmpty());
    m_keyboardLine->setVisible(!m_keyboard->text().isEmpty());
}

void ConsoleWindow::updateActions()
{
    const bool connected = m_session->state() == GraphicsSession::State::Connected;
    m_sendKeyMenu->menuAction()->setEnabled(connected);
    m_paste->setEnabled(connected);
    m_screenshot->setEnabled(!m_session->frame().isNull());
}

QString ConsoleWindow::statusText() const
{
    QStringList parts;
    for (QLabel *label : {m_keyboard, m_protocol, m_resolution, m_host, m_state}) {
        if (!label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" · "));
}

QString ConsoleWindow::statusMessage() const
{
    return statusBar()->currentMessage();
}

void ConsoleWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void ConsoleWindow::fitWindowToFrame()
{
    // The window follows the guest's resolution (boot screen, then the desktop) while it is an
    // ordinary window; never larger than the screen it is on.
    if (m_fullScreen || isMaximized() || m_session->frame().isNull())
        return;
    const QSize chrome = size() - m_scroll->viewport()->size();
    QSize wanted = m_session->frame().size() + chrome;
    if (const QScreen *screen = this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(wanted);
}

Result<void> ConsoleWindow::saveScreenshot(const QString &path) const
{
    const QImage &frame = m_session->frame();
    if (frame.isNull())
        return makeError(ErrorCode::Conflict, tr("Screenshot: the console has shown no screen yet"));
    if (!frame.save(path, "PNG"))
        return makeError(ErrorCode::BadRequest,
                         tr("Screenshot: could not write %1 (check the folder exists and is writable)")
                             .arg(QDir::toNativeSeparators(path)));
    return {};
}

void ConsoleWindow::askScreenshot()
{
    const ConsoleEndpoint &endpoint = m_session->endpoint();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suggested =
        QStringLiteral("%1/%2-%3.png")
            .arg(folder, endpoint.instanceName.isEmpty() ? endpoint.domainName : endpoint.instanceName,
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Screenshot"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    const Result<void> saved = saveScreenshot(path);
    showMessage(saved ? tr("Screenshot saved to %1").arg(QDir::toNativeSeparators(path))
                      : saved.error().message);
}

void ConsoleWindow::sendCombination(const QString &label, const KeyCombination &keys)
{
    if (m_session->state() != GraphicsSession::State::Connected) {
        showMessage(tr("%1 not sent: the console is not connected").arg(label));
        return;
    }
    m_session->sendCombination(keys);
    showMessage(tr("Sent %1").arg(label));
}

void ConsoleWindow::askCustomCombination()
{
    auto *dialog = new CustomKeyDialog(m_lastCustom, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_lastCustom = dialog->text();
        sendCombination(m_lastCustom, dialog->combination());
    });
    dialog->open();
}

void ConsoleWindow::pasteClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        showMessage(tr("Paste: the clipboard holds no text"));
        return;
    }
    if (m_session->state() != GraphicsSession::State::Connected) {
        showMessage(tr("Paste: the console is not connected"));
        return;
    }
    const QString problem = m_session->sendText(text);
    showMessage(problem.isEmpty() ? tr("Pasted %n characters", nullptr, int(text.size())) : problem);
}

void ConsoleWindow::setFullScreenMode(bool on)
{
    if (m_fullScreen == on) {
        m_fullScreenAction->setChecked(on);
        return;
    }
    m_fullScreen = on;
    m_fullScreenAction->setChecked(on);
    m_leaveFullScreen->setEnabled(on);
    m_toolBar->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
        m_console->showHint(m_console->isKeyboardGrabbed() ? tr("Full screen: F11 leaves it")
                                                           : tr("Full screen: F11 or Esc leaves it"));
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    m_console->setFocus();
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    m_console->releaseInput();
    m_session->close();
    QMainWindow::closeEvent(event);
}

} // namespace sd
