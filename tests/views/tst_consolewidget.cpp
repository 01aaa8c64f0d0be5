// The console widget: the guest's screen scaled and letterboxed, pointer and keys going back to the
// session in frame coordinates and keysyms/scancodes, the keyboard grab, and what it says when the
// session is not connected.

#include "keystrokeprint.h"
#include "paintedsession.h"

#include "console/consolewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sd;
using sd::test::PaintedSession;
using State = GraphicsSession::State;

namespace {
// Key events as the window system sends them, one per key (QTest would add presses of the modifiers).
void press(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = {}, const QString &text = {})
{
    QKeyEvent event(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(widget, &event);
}
void release(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = {}, const QString &text = {})
{
    QKeyEvent event(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class TestConsoleWidget : public QObject
{
    Q_OBJECT

    struct Shown
    {
        PaintedSession session;
        ConsoleWidget widget;
        explicit Shown(const QColor &colour = Qt::red, QSize frame = QSize(800, 600))
        {
            session.connectWith(frame, colour);
            widget.setSession(&session);
            widget.resize(400, 400);
            widget.show();
            widget.activateWindow();
            widget.setFocus();
        }
    };

private Q_SLOTS:
    void frameIsScaledToFitAndCentred()
    {
        Shown shown(QColor(200, 30, 40));
        QVERIFY(QTest::qWaitForWindowExposed(&shown.widget));
        QCOMPARE(shown.widget.imageRect(), QRect(0, 50, 400, 300));
        const QImage picture = shown.widget.grab().toImage();
        QCOMPARE(QColor(picture.pixel(200, 200)), QColor(200, 30, 40));
        // Above and below the image: the letterbox, not the frame.
        QVERIFY(QColor(picture.pixel(200, 20)) != QColor(200, 30, 40));
        QVERIFY(QColor(picture.pixel(200, 380)) != QColor(200, 30, 40));
        QVERIFY(shown.widget.overlayText().isEmpty());
    }

    void patchAppearsWhereItBelongsAndOnlyItIsRepainted()
    {
        Shown shown(Qt::red);
        QVERIFY(QTest::qWaitForWindowExposed(&shown.widget));
        QCoreApplication::processEvents();
        QRegion painted;
        struct Recorder : QObject
        {
            QRegion *region;
            explicit Recorder(QRegion *r) : region(r) {}
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    *region += static_cast<QPaintEvent *>(event)->region();
                return false;
            }
        } recorder(&painted);
        shown.widget.installEventFilter(&recorder);
        QImage patch(100, 100, QImage::Format_RGB32);
        patch.fill(Qt::blue);
        shown.session.paint(patch, QPoint(400, 300)); // frame (400,300) = widget (200,200)
        QTRY_VERIFY(!painted.isEmpty());
        // 100 frame pixels are 50 widget pixels, plus one on each side for the smoothing.
        QVERIFY2(QRect(198, 198, 54, 54).contains(painted.boundingRect()),
                 qPrintable(QStringLiteral("painted %1,%2 %3x%4")
                                .arg(painted.boundingRect().x())
                                .arg(painted.boundingRect().y())
                                .arg(painted.boundingRect().width())
                                .arg(painted.boundingRect().height())));
        const QImage picture = shown.widget.grab().toImage();
        QCOMPARE(QColor(picture.pixel(225, 225)), QColor(Qt::blue));
        QCOMPARE(QColor(picture.pixel(180, 180)), QColor(Qt::red));
    }

    void actualSizeShowsOneFramePixelPerWidgetPixel()
    {
        Shown shown;
        shown.widget.setScaling(ConsoleWidget::Scaling::ActualSize);
        QCOMPARE(shown.widget.minimumSize(), QSize(800, 600));
        shown.widget.resize(1000, 700);
        QCOMPARE(shown.widget.imageRect(), QRect(100, 50, 800, 600));
        QCOMPARE(shown.widget.toFrame(QPoint(150, 70)), QPoint(50, 20));
        shown.widget.setScaling(ConsoleWidget::Scaling::Fit);
        QCOMPARE(shown.widget.minimumSize(), QSize(0, 0));
    }

    void clickGoesToTheFramePixelUnderThePointer()
    {
        Shown shown;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.widget));
        QTest::mouseClick(&shown.widget, Qt::LeftButton, {}, QPoint(200, 200));
        QCOMPARE(shown.session.pointers.size(), 2);
        const auto press = shown.session.pointers.at(0);
        QVERIFY(qAbs(press.position.x() - 400) <= 1 && qAbs(press.position.y() - 300) <= 1);
        QCOMPARE(press.buttons, Qt::MouseButtons(Qt::LeftButton));
        QCOMPARE(shown.session.pointers.at(1).buttons, Qt::MouseButtons(Qt::NoButton));
    }

    void clickOnTheLetterboxIsNotTheGuests()
    {
        Shown shown;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.widget));
        QTest::mousePress(&shown.widget, Qt::LeftButton, {}, QPoint(200, 20));
        QVERIFY(shown.session.pointers.isEmpty());
        QVERIFY(!shown.widget.isKeyboardGrabbed());
    }

    void positionsOutsideTheImageAreClamped()
    {
        Shown shown;
        QCOMPARE(shown.widget.toFrame(QPoint(-50, 1000)), QPoint(0, 599));
        QCOMPARE(shown.widget.toFrame(QPoint(399, 349)), QPoint(798, 598));
    }

    void wheelNotchesBecomeSteps()
    {
        Shown shown;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.widget));
        const QPointF at(200, 200);
        QWheelEvent up(at, shown.widget.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&shown.widget, &up);
        // A touchpad's half notches add up to one step.
        QWheelEvent half(at, shown.widget.mapToGlobal(at), QPoint(), QPoint(0, -60), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&shown.widget, &half);
        QApplication::sendEvent(&shown.widget, &half);
        QCOMPARE(shown.session.pointers.size(), 2);
        QCOMPARE(shown.session.pointers.at(0).wheelSteps, 2);
        QCOMPARE(shown.session.pointers.at(1).wheelSteps, -1);
        QVERIFY(qAbs(shown.session.pointers.at(0).position.x() - 400) <= 1);
    }

    void keyPressSendsKeysymAndScancodeDownThenUp()
    {
        Shown shown;
        QTest::keyClick(&shown.widget, 'a');
        QCOMPARE(shown.session.keys.size(), 2);
        QCOMPARE(shown.session.keys.at(0).stroke, (KeyStroke{0x61, 0x1e}));
        QVERIFY(shown.session.keys.at(0).down);
        QCOMPARE(shown.session.keys.at(1).stroke, (KeyStroke{0x61, 0x1e}));
        QVERIFY(!shown.session.keys.at(1).down);
    }

    void releaseSendsTheKeysymThePressSent()
    {
        Shown shown;
        QTest::keyPress(&shown.widget, Qt::Key_Shift);
        QKeyEvent pressA(QEvent::KeyPress, Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A"));
        QApplication::sendEvent(&shown.widget, &pressA);
        QTest::keyRelease(&shown.widget, Qt::Key_Shift);
        QKeyEvent releaseA(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QApplication::sendEvent(&shown.widget, &releaseA);
        QCOMPARE(shown.session.keys.size(), 4);
        QCOMPARE(shown.session.keys.at(1).stroke, (KeyStroke{0x41, 0x1e}));
        QCOMPARE(shown.session.keys.at(3).stroke, (KeyStroke{0x41, 0x1e}));
        QVERIFY(!shown.session.keys.at(3).down);
    }

    void autoRepeatSendsRepeatedPresses()
    {
        Shown shown;
        QKeyEvent first(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QKeyEvent repeatRelease(QEvent::KeyRelease, Qt::Key_Down, Qt::NoModifier, QString(), true);
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier, QString(), true);
        QKeyEvent last(QEvent::KeyRelease, Qt::Key_Down, Qt::NoModifier);
        for (QKeyEvent *event : {&first, &repeatRelease, &repeat, &repeatRelease, &repeat, &last})
            QApplication::sendEvent(&shown.widget, event);
        QCOMPARE(shown.session.keys.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(shown.session.keys.at(i).stroke, (KeyStroke{0xff54, 0x150}));
            QVERIFY(shown.session.keys.at(i).down);
        }
        QVERIFY(!shown.session.keys.at(3).down);
    }

    void losingTheFocusReleasesEveryPressedKey()
    {
        Shown shown;
        press(&shown.widget, Qt::Key_Control);
        press(&shown.widget, Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03"));
        QFocusEvent out(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
        QApplication::sendEvent(&shown.widget, &out);
        QCOMPARE(shown.session.keys.size(), 4);
        QList<quint32> released;
        for (int i = 2; i < 4; ++i) {
            QVERIFY(!shown.session.keys.at(i).down);
            released << shown.session.keys.at(i).stroke.scancode;
        }
        std::sort(released.begin(), released.end());
        QCOMPARE(released, (QList<quint32>{0x1d, 0x2e}));
        // A release that follows is not sent again.
        release(&shown.widget, Qt::Key_Control, Qt::ControlModifier);
        QCOMPARE(shown.session.keys.size(), 4);
    }

    void clickGrabsTheKeyboardAndCtrlAltReleasesIt()
    {
        Shown shown;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.widget));
        QSignalSpy grabbed(&shown.widget, &ConsoleWidget::keyboardGrabChanged);
        QTest::mouseClick(&shown.widget, Qt::LeftButton, {}, QPoint(200, 200));
        QVERIFY(shown.widget.isKeyboardGrabbed());
        QCOMPARE(shown.widget.hintText(), QStringLiteral("Press Ctrl+Alt to release the keyboard"));
        QCOMPARE(grabbed.count(), 1);

        // Ctrl+Alt+Del is the guest's, not a release.
        press(&shown.widget, Qt::Key_Control);
        press(&shown.widget, Qt::Key_Alt, Qt::ControlModifier);
        press(&shown.widget, Qt::Key_Delete, Qt::ControlModifier | Qt::AltModifier);
        release(&shown.widget, Qt::Key_Delete, Qt::ControlModifier | Qt::AltModifier);
        release(&shown.widget, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier);
        release(&shown.widget, Qt::Key_Control, Qt::ControlModifier);
        QVERIFY(shown.widget.isKeyboardGrabbed());
        QCOMPARE(shown.session.keys.size(), 6);

        press(&shown.widget, Qt::Key_Control);
        press(&shown.widget, Qt::Key_Alt, Qt::ControlModifier);
        release(&shown.widget, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!shown.widget.isKeyboardGrabbed());
        QCOMPARE(grabbed.count(), 2);
        // Nothing is left pressed in the guest: every key's last event is its release.
        QHash<quint32, bool> down;
        for (const auto &key : shown.session.keys)
            down[key.stroke.scancode] = key.down;
        QCOMPARE(down.size(), 3);
        QVERIFY(!down.values().contains(true));
        // The Ctrl still held is not sent again when it is let go.
        const qsizetype sent = shown.session.keys.size();
        release(&shown.widget, Qt::Key_Control, Qt::ControlModifier);
        QCOMPARE(shown.session.keys.size(), sent);
    }

    void hintGoesAwayByItself()
    {
        Shown shown;
        shown.widget.showHint(QStringLiteral("Full screen: F11 leaves it"));
        QCOMPARE(shown.widget.hintText(), QStringLiteral("Full screen: F11 leaves it"));
        QTRY_VERIFY_WITH_TIMEOUT(shown.widget.hintText().isEmpty(), ConsoleWidget::kHintMs + 2000);
    }

    void failedSessionSaysWhyAndReconnects()
    {
        Shown shown;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.widget));
        shown.session.fail(QStringLiteral("VNC authentication failed: wrong password"));
        QVERIFY(
            shown.widget.overlayText().contains(QStringLiteral("VNC authentication failed: wrong password")));
        auto *message = shown.widget.findChild<QLabel *>(QStringLiteral("ConsoleStateMessage"));
        QVERIFY(message && message->isVisible());
        auto *reconnect = shown.widget.findChild<QPushButton *>(QStringLiteral("ConsoleReconnectButton"));
        QVERIFY(reconnect && reconnect->isVisible());
        // Input to a failed session goes nowhere.
        QTest::keyClick(&shown.widget, 'a');
        QVERIFY(shown.session.keys.isEmpty());
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QCOMPARE(shown.session.connects, 1);
        QCOMPARE(shown.session.state(), State::Connecting);
        QVERIFY(shown.widget.overlayText().startsWith(QStringLiteral("Connecting")));
        QVERIFY(!reconnect->isVisible());
    }

    void everyStateShowsSomethingSensible()
    {
        PaintedSession session;
        ConsoleWidget widget;
        widget.setSession(&session);
        widget.resize(640, 480);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.overlayText().startsWith(QStringLiteral("Not connected")));
        session.enterState(State::Connecting);
        QVERIFY(widget.overlayText().contains(QStringLiteral("web-1")));
        session.enterState(State::Connected);
        QVERIFY(widget.overlayText().contains(QStringLiteral("Waiting")));
        QVERIFY(!widget.grab().isNull());
        session.connectWith(QSize(1024, 768), Qt::darkGreen);
        QVERIFY(widget.overlayText().isEmpty());
        session.setAutoReconnect(true);
        session.drop(QStringLiteral("Connection lost: the guest is rebooting"));
        QVERIFY(widget.overlayText().contains(QStringLiteral("the guest is rebooting")));
        QVERIFY(widget.overlayText().contains(QStringLiteral("reconnects by itself")));
        // The last screen stays, dimmed.
        const QImage dimmed = widget.grab().toImage();
        const QColor pixel(dimmed.pixel(20, 240));
        QVERIFY(pixel.green() > 0 && pixel.green() < QColor(Qt::darkGreen).green());
        session.setAutoReconnect(false);
        session.close();
        QVERIFY(widget.overlayText().startsWith(QStringLiteral("Disconnected")));
    }

    void deletedSessionLeavesAWorkingWidget()
    {
        auto *session = new PaintedSession;
        ConsoleWidget widget;
        session->connectWith(QSize(800, 600), Qt::red);
        widget.setSession(session);
        widget.resize(400, 400);
        widget.show();
        QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(200, 200));
        delete session;
        QVERIFY(!widget.isKeyboardGrabbed());
        QVERIFY(widget.imageRect().isEmpty());
        QVERIFY(!widget.overlayText().isEmpty());
        QTest::keyClick(&widget, 'a');
        QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(200, 200));
        QVERIFY(!widget.grab().isNull());
    }

    void guestCursorShapeIsShownAndHidden()
    {
        Shown shown;
        QImage arrow(16, 16, QImage::Format_ARGB32);
        arrow.fill(Qt::white);
        emit shown.session.cursorChanged(arrow, QPoint(1, 1));
        QCOMPARE(shown.widget.cursor().shape(), Qt::BitmapCursor);
        emit shown.session.cursorChanged(QImage(), QPoint());
        QCOMPARE(shown.widget.cursor().shape(), Qt::BlankCursor);
    }

    void guestClipboardReachesOurs()
    {
        Shown shown;
        emit shown.session.clipboardReceived(QStringLiteral("copied in the guest"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied in the guest"));
    }
};

QTEST_MAIN(TestConsoleWidget)
#include "tst_consolewidget.moc"
