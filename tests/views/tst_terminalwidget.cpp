// The serial console's terminal, offscreen: what libvterm makes of the guest's bytes (text, colours,
// scrollback), the size following the widget, keys becoming the bytes a terminal sends, copy and paste;
// and the serial console view's status line and Reconnect button over a session that cannot connect.

#include "console/serialconsoleview.h"
#include "console/terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace sd;

class TestTerminalWidget : public QObject
{
    Q_OBJECT

    // Everything the terminal sent while `action` ran.
    static QByteArray inputDuring(TerminalWidget &t, const std::function<void()> &action)
    {
        QByteArray sent;
        auto c = QObject::connect(&t, &TerminalWidget::input, [&](const QByteArray &b) { sent += b; });
        action();
        QObject::disconnect(c);
        return sent;
    }

private Q_SLOTS:
    void textAndColoursOfWhatTheGuestPrinted()
    {
        TerminalWidget t;
        t.resize(640, 400);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        t.feed("hello\r\n\x1b[31mred\x1b[0m plain\r\n\x1b[1;4mbold\x1b[0m \x1b[7mrev\x1b[0m");
        QCOMPARE(t.screenText(), QStringLiteral("hello\nred plain\nbold rev"));
        // SGR 31 is the palette's red; what follows SGR 0 is the default foreground again.
        const QColor red = t.foregroundAt(1, 0);
        QVERIFY2(red.red() > 150 && red.green() < 80 && red.blue() < 80, qPrintable(red.name()));
        const QColor plain = t.foregroundAt(1, 4);
        QVERIFY(plain != red);
        QCOMPARE(plain, t.foregroundAt(0, 0));
        // Reverse video swaps the cell's colours.
        QCOMPARE(t.foregroundAt(2, 5), t.backgroundAt(0, 0));
        QCOMPARE(t.backgroundAt(2, 5), t.foregroundAt(0, 0));
        // Split multi-byte UTF-8 across two feeds still makes one character.
        t.feed("\r\n\xc3");
        t.feed("\xa9t\xc3\xa9");
        QCOMPARE(t.screenText().section(QLatin1Char('\n'), 3, 3), QStringLiteral("été"));
        const QImage shot = t.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QStringLiteral("/tmp/sd-terminalwidget.png"));
    }

    void resizingChangesColumnsAndRows()
    {
        TerminalWidget t;
        t.resize(400, 300);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        const int cols = t.columns(), rows = t.rows();
        QVERIFY(cols > 10 && rows > 5);
        QSignalSpy sized(&t, &TerminalWidget::sizeChanged);
        t.resize(800, 600);
        QTRY_VERIFY(!sized.isEmpty());
        QVERIFY2(t.columns() > cols + 10, qPrintable(QStringLiteral("%1 -> %2").arg(cols).arg(t.columns())));
        QVERIFY(t.rows() > rows + 5);
        QCOMPARE(sized.last().at(0).toInt(), t.columns());
        QCOMPARE(sized.last().at(1).toInt(), t.rows());
        // A full-width line fits in one row at the new width.
        t.feed(QByteArray(t.columns(), 'x'));
        QCOMPARE(t.screenText(), QString(t.columns(), QLatin1Char('x')));
    }

    void keysBecomeTheBytesATerminalSends()
    {
        TerminalWidget t;
        t.resize(400, 300);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClicks(&t, QStringLiteral("ls")); }), QByteArray("ls"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_Return); }), QByteArray("\r"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_Backspace); }), QByteArray("\x7f"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_Up); }), QByteArray("\x1b[A"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_Tab); }), QByteArray("\t"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_C, Qt::ControlModifier); }),
                 QByteArray("\x03"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_I, Qt::ControlModifier); }),
                 QByteArray("\t"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_X, Qt::AltModifier); }),
                 QByteArray("\x1bx"));
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_F1); }), QByteArray("\x1bOP"));
        // The guest switched the cursor keys to application mode (DECCKM): the terminal follows.
        t.feed("\x1b[?1h");
        QCOMPARE(inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_Up); }), QByteArray("\x1bOA"));
    }

    void scrollbackKeepsTheLast5000Lines()
    {
        TerminalWidget t;
        t.resize(640, 400);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        QByteArray lines;
        for (int i = 1; i <= 6000; ++i)
            lines += "line " + QByteArray::number(i) + "\r\n";
        t.feed(lines);
        QCOMPARE(t.scrollbackSize(), TerminalWidget::kScrollbackLines);
        const QStringList back = t.scrollbackText().split(QLatin1Char('\n'));
        QCOMPARE(back.size(), TerminalWidget::kScrollbackLines);
        // The screen holds the last rows - 1 lines and an empty prompt line; the scrollback what came before.
        const int onScreen = t.rows() - 1;
        QCOMPARE(back.last(), QStringLiteral("line %1").arg(6000 - onScreen));
        QCOMPARE(back.first(),
                 QStringLiteral("line %1").arg(6000 - onScreen - TerminalWidget::kScrollbackLines + 1));
        QVERIFY(t.screenText().endsWith(QStringLiteral("line 6000")));
        // The wheel scrolls into it; typing brings the live screen back.
        QWheelEvent up(QPointF(10, 10), t.mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, 120 * 10),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(t.viewport(), &up);
        QVERIFY(t.verticalScrollBar()->value() < t.verticalScrollBar()->maximum());
        QTest::keyClick(&t, Qt::Key_A);
        QCOMPARE(t.verticalScrollBar()->value(), t.verticalScrollBar()->maximum());
    }

    void selectionCopiesAndPasteTypes()
    {
        TerminalWidget t;
        t.resize(640, 400);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        t.feed("first line\r\nsecond line");
        const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        const int cw = fm.horizontalAdvance(QLatin1Char('M')), ch = fm.height();
        // Drag from "line" on row 0 to "second" on row 1.
        QTest::mousePress(t.viewport(), Qt::LeftButton, {}, QPoint(6 * cw + 1, ch / 2));
        QMouseEvent move(QEvent::MouseMove, QPointF(5 * cw + 1, ch + ch / 2),
                         t.viewport()->mapToGlobal(QPointF(5 * cw + 1, ch + ch / 2)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(t.viewport(), &move);
        QTest::mouseRelease(t.viewport(), Qt::LeftButton, {}, QPoint(5 * cw + 1, ch + ch / 2));
        QCOMPARE(t.selectedText(), QStringLiteral("line\nsecond"));
        QTest::keyClick(&t, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line\nsecond"));
        // Paste goes out as input, lines ending in CR as if typed; without bracketed paste mode, bare.
        QApplication::clipboard()->setText(QStringLiteral("echo a\necho b"));
        QCOMPARE(
            inputDuring(t, [&] { QTest::keyClick(&t, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier); }),
            QByteArray("echo a\recho b"));
        t.feed("\x1b[?2004h");
        QCOMPARE(inputDuring(t, [&] { t.paste(); }), QByteArray("\x1b[200~echo a\recho b\x1b[201~"));
    }

    void viewShowsStateAndOffersReconnect()
    {
        ConsoleEndpoint e;
        e.instanceName = QStringLiteral("web-1");
        e.hostName = QStringLiteral("sim-1");
        e.serial = false;
        SerialSession session(e);
        SerialConsoleView view(&session);
        view.resize(640, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.reconnectVisible());
        QCOMPARE(view.statusText(), QStringLiteral("Not connected · sim-1 · Serial"));
        session.open();
        QCOMPARE(view.statusText(), QStringLiteral("Instance web-1 has no serial console · sim-1 · Serial"));
        QVERIFY(view.reconnectVisible());
        // Reconnect tries again (and fails again, visibly).
        QSignalSpy states(&session, &SerialSession::stateChanged);
        view.findChild<QPushButton *>()->click();
        QVERIFY(states.count() >= 1);
        QCOMPARE(session.state(), SerialSession::State::Failed);
        // Received bytes reach the terminal.
        emit session.received("guest says hi");
        QCOMPARE(view.terminal()->screenText(), QStringLiteral("guest says hi"));
        view.grab().save(QStringLiteral("/tmp/sd-serialconsoleview.png"));
    }
};

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminalwidget.moc"
