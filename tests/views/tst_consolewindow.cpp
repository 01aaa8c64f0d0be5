// The console window: its title and status line, the Send Key menu, paste, screenshots of the frame,
// full screen, and windows that own and close their sessions, several at once.

#include "keystrokeprint.h"
#include "paintedsession.h"

#include "console/consolewidget.h"
#include "console/consolewindow.h"
#include "console/customkeydialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace sd;
using sd::test::PaintedSession;
using State = GraphicsSession::State;

namespace {

QAction *menuAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *inner = menuAction(action->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SD_CONSOLE_SHOT_DIR");
    QCoreApplication::processEvents(); // pending layouts, as a person would see the window
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

    // The window deletes itself on close; a test that does not close it deletes it.
    struct Opened
    {
        PaintedSession *session;
        QPointer<ConsoleWindow> window;
        explicit Opened(const QString &name = QStringLiteral("web-1"),
                        const QString &id = QStringLiteral("id-1"))
            : session(new PaintedSession(test::consoleEndpoint(name, id))), window(new ConsoleWindow(session))
        {
            session->connectWith(test::desktopScreen(QSize(1024, 768), name));
            window->resize(1100, 900);
            window->show();
        }
        ~Opened() { delete window; }
    };

private Q_SLOTS:
    void windowNamesTheInstanceAndOpensTheSession()
    {
        Opened opened(QStringLiteral("web-1"), QStringLiteral("6f1c2a7e"));
        QCOMPARE(opened.window->windowTitle(), QStringLiteral("web-1 (6f1c2a7e) — Console"));
        QCOMPARE(opened.session->connects, 1);
        QVERIFY(opened.session->parent() == opened.window.data());
    }

    void statusLineShowsProtocolResolutionHostAndState()
    {
        Opened opened;
        const QString status = opened.window->statusText();
        for (const char *part : {"VNC", "1024×768", "Host compute-1", "Connected"})
            QVERIFY2(status.contains(QString::fromUtf8(part)), qPrintable(status));
        opened.session->fail(QStringLiteral("Instance web-1 is SHUTOFF: start it to open its console"));
        QVERIFY(opened.window->statusText().endsWith(QStringLiteral("Failed")));
        QVERIFY(!opened.window->findChild<QAction *>(QStringLiteral("ConsoleSendKeyAction"))->isEnabled());
        QVERIFY(!opened.window->findChild<QAction *>(QStringLiteral("ConsolePasteAction"))->isEnabled());
    }

    void sendKeyMenuSendsItsCombinations()
    {
        Opened opened;
        QAction *ctrlAltDel = menuAction(opened.window->sendKeyMenu(), QStringLiteral("Ctrl+Alt+Del"));
        QVERIFY(ctrlAltDel);
        ctrlAltDel->trigger();
        const auto &keys = opened.session->keys;
        QCOMPARE(keys.size(), 6);
        QCOMPARE(keys.at(0).stroke, (KeyStroke{0xffe3, 0x1d}));
        QCOMPARE(keys.at(2).stroke, (KeyStroke{0xffff, 0x153}));
        QVERIFY(keys.at(2).down && !keys.at(3).down);
        QCOMPARE(keys.at(5).stroke, (KeyStroke{0xffe3, 0x1d})); // released in reverse
        QCOMPARE(opened.window->statusMessage(), QStringLiteral("Sent Ctrl+Alt+Del"));
        QAction *f2 = menuAction(opened.window->sendKeyMenu(), QStringLiteral("Ctrl+Alt+F2"));
        QVERIFY(f2);
        f2->trigger();
        QCOMPARE(opened.session->keys.at(8).stroke, (KeyStroke{0xffbf, 0x3c}));
    }

    void customCombinationExplainsAnUnknownKey()
    {
        Opened opened;
        opened.window->findChild<QAction *>(QStringLiteral("ConsoleCustomKeyAction"))->trigger();
        auto *dialog = opened.window->findChild<CustomKeyDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemText().isEmpty()); // an empty field is not an error yet
        QTest::keyClicks(dialog->combinationEdit(), QStringLiteral("ctrl+alt+foo"));
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Key combination \"ctrl+alt+foo\": \"foo\" is not a key name"));
        QVERIFY(!dialog->okButton()->isEnabled());
        saveShot(dialog, QStringLiteral("sd-console-customkey.png"));
        dialog->combinationEdit()->setText(QStringLiteral("ctrl+alt+f5"));
        QVERIFY(dialog->problemText().isEmpty());
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(opened.session->keys.size(), 6);
        QCOMPARE(opened.session->keys.at(2).stroke, (KeyStroke{0xffc2, 0x3f}));
        QCOMPARE(opened.window->statusMessage(), QStringLiteral("Sent ctrl+alt+f5"));
    }

    void pasteTypesTheClipboardAndShowsWhatDidNotGo()
    {
        Opened opened;
        QGuiApplication::clipboard()->setText(QStringLiteral("ls -l\n"));
        opened.window->pasteClipboard();
        QCOMPARE(opened.session->texts, QStringList{QStringLiteral("ls -l\n")});
        QCOMPARE(opened.window->statusMessage(), QStringLiteral("Pasted 6 characters"));
        opened.session->textProblem = QStringLiteral("Paste: 1 of 7 characters could not be typed (€)");
        QGuiApplication::clipboard()->setText(QStringLiteral("price €"));
        opened.window->pasteClipboard();
        QCOMPARE(opened.window->statusMessage(), opened.session->textProblem);
        QGuiApplication::clipboard()->clear();
        opened.window->pasteClipboard();
        QCOMPARE(opened.window->statusMessage(), QStringLiteral("Paste: the clipboard holds no text"));
        QCOMPARE(opened.session->texts.size(), 2);
    }

    void screenshotIsTheFrameNotTheWindow()
    {
        Opened opened;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web-1.png"));
        QVERIFY(opened.window->saveScreenshot(path).ok());
        const QImage saved(path);
        QCOMPARE(saved.size(), QSize(1024, 768));
        QCOMPARE(saved.pixel(500, 300), opened.session->frame().pixel(500, 300));
        const Result<void> refused =
            opened.window->saveScreenshot(dir.filePath(QStringLiteral("no/such/dir/x.png")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("could not write")));

        auto *blank = new PaintedSession;
        ConsoleWindow window(blank);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(window.saveScreenshot(path).error().message,
                 QStringLiteral("Screenshot: the console has shown no screen yet"));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("ConsoleScreenshotAction"))->isEnabled());
    }

    void scalingActionsSwitchTheView()
    {
        Opened opened;
        opened.window->findChild<QAction *>(QStringLiteral("ConsoleActualSizeAction"))->trigger();
        QCOMPARE(opened.window->console()->scaling(), ConsoleWidget::Scaling::ActualSize);
        QCOMPARE(opened.window->console()->imageRect().size(), QSize(1024, 768));
        opened.window->findChild<QAction *>(QStringLiteral("ConsoleFitAction"))->trigger();
        QCOMPARE(opened.window->console()->scaling(), ConsoleWidget::Scaling::Fit);
    }

    void fullScreenLeavesWithEscUnlessTheGuestHasTheKeyboard()
    {
        Opened opened;
        QVERIFY(QTest::qWaitForWindowActive(opened.window));
        ConsoleWidget *console = opened.window->console();
        console->setFocus();
        auto *toolBar = opened.window->findChild<QToolBar *>(QStringLiteral("ConsoleToolBar"));
        QTest::keyClick(console, Qt::Key_F11);
        QVERIFY(opened.window->isFullScreenMode());
        QVERIFY(!toolBar->isVisible());
        QVERIFY(console->hintText().contains(QStringLiteral("F11")));
        QTest::keyClick(console, Qt::Key_Escape);
        QVERIFY(!opened.window->isFullScreenMode());
        QVERIFY(toolBar->isVisible());
        QVERIFY(opened.session->keys.isEmpty());

        opened.window->setFullScreenMode(true);
        QTest::mouseClick(console, Qt::LeftButton, {}, console->imageRect().center());
        QVERIFY(console->isKeyboardGrabbed());
        QTest::keyClick(console, Qt::Key_Escape);
        QVERIFY(opened.window->isFullScreenMode()); // Esc went to the guest
        QCOMPARE(opened.session->keys.size(), 2);
        QCOMPARE(opened.session->keys.at(0).stroke, (KeyStroke{0xff1b, 0x01}));
        QTest::keyClick(console, Qt::Key_F11); // F11 is kept for the window
        QVERIFY(!opened.window->isFullScreenMode());
    }

    void reconnectOpensTheSessionAgain()
    {
        Opened opened;
        opened.session->fail(QStringLiteral("Connection refused"));
        opened.window->findChild<QAction *>(QStringLiteral("ConsoleReconnectAction"))->trigger();
        QCOMPARE(opened.session->connects, 2);
        QCOMPARE(opened.session->state(), State::Connecting);
    }

    void closingDeletesWindowAndSession()
    {
        auto *session = new PaintedSession;
        QPointer<PaintedSession> watched(session);
        QPointer<ConsoleWindow> window(new ConsoleWindow(session));
        session->connectWith(QSize(640, 480), Qt::blue);
        window->show();
        window->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(window.isNull());
        QVERIFY(watched.isNull());
    }

    void severalWindowsAreIndependent()
    {
        Opened first(QStringLiteral("web-1"), QStringLiteral("id-1"));
        Opened second(QStringLiteral("db-1"), QStringLiteral("id-2"));
        QTest::keyClick(second.window->console(), 'x');
        QCOMPARE(second.session->keys.size(), 2);
        QVERIFY(first.session->keys.isEmpty());
        first.window->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(first.window.isNull());
        QTest::keyClick(second.window->console(), 'y');
        QCOMPARE(second.session->keys.size(), 4);
        QCOMPARE(second.session->state(), State::Connected);
    }

    void pictures()
    {
        Opened opened(QStringLiteral("web-1"), QStringLiteral("6f1c2a7e-93d4-4c1b-a0f2-1e9b7d3c5a10"));
        opened.window->resize(1100, 900);
        QVERIFY(QTest::qWaitForWindowExposed(opened.window));
        QTest::mouseClick(opened.window->console(), Qt::LeftButton, {},
                          opened.window->console()->imageRect().center());
        QVERIFY(opened.window->console()->isKeyboardGrabbed());
        saveShot(opened.window, QStringLiteral("sd-console-window.png"));
        opened.session->fail(QStringLiteral("VNC authentication failed: the password was not accepted by the "
                                            "server"));
        saveShot(opened.window, QStringLiteral("sd-console-failed.png"));
        // 1:1 in a window smaller than the screen: scroll bars, and the overlay in the visible part.
        opened.window->findChild<QAction *>(QStringLiteral("ConsoleActualSizeAction"))->trigger();
        opened.window->resize(760, 560);
        opened.session->drop(QStringLiteral("Connection lost: the instance was migrated to compute-2"));
        QCoreApplication::processEvents();
        ConsoleWidget *console = opened.window->console();
        const QRect overlay =
            console->findChild<QWidget *>(QStringLiteral("ConsoleStateOverlay"))->geometry();
        QVERIFY(console->visibleRegion().boundingRect().contains(overlay));
        saveShot(opened.window, QStringLiteral("sd-console-actualsize.png"));
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
