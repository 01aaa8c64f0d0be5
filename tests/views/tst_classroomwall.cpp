// The classroom wall: one thumbnail per session, columns that follow the width, a click that asks for
// the full console, and screens that say why they are not live.

#include "paintedsession.h"

#include "console/classroomwall.h"
#include "console/consolethumbnail.h"

#include <QDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace sd;
using sd::test::PaintedSession;

class TestClassroomWall : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<PaintedSession>> m_sessions;

    void fill(ClassroomWall &wall, int count)
    {
        m_sessions.clear();
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("student-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            auto session = std::make_unique<PaintedSession>(test::consoleEndpoint(
                name, QStringLiteral("id-%1").arg(i), QStringLiteral("compute-%1").arg(i % 3 + 1)));
            wall.addSession(session.get(), name);
            session->connectWith(test::desktopScreen(QSize(1024, 768), name, i));
            m_sessions.push_back(std::move(session));
        }
    }

private Q_SLOTS:
    void cleanup() { m_sessions.clear(); }

    void thirtySessionsMakeThirtyThumbnails()
    {
        ClassroomWall wall;
        QVERIFY(wall.findChild<QWidget *>(QStringLiteral("ClassroomWallEmpty"))->isVisibleTo(&wall));
        fill(wall, 30);
        QCOMPARE(wall.count(), 30);
        QCOMPARE(wall.findChildren<ConsoleThumbnail *>().size(), 30);
        QVERIFY(!wall.findChild<QWidget *>(QStringLiteral("ClassroomWallEmpty"))->isVisibleTo(&wall));
        for (int i = 0; i < 30; ++i) {
            // The wall opened each session, at the thumbnails' low rate.
            QCOMPARE(m_sessions[i]->connects, 1);
            QCOMPARE(m_sessions[i]->maxFrameRate(), ClassroomWall::kFrameRate);
            QCOMPARE(wall.thumbnails().at(i)->instanceId(), QStringLiteral("id-%1").arg(i));
        }
        QCOMPARE(wall.thumbnails().at(4)->statusText(), QStringLiteral("VNC · 1024×768"));
    }

    void columnsFollowTheWidth()
    {
        ClassroomWall wall;
        fill(wall, 30);
        wall.resize(800, 600);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        const int narrow = wall.columnCount();
        QCOMPARE(narrow, ClassroomWall::columnsFor(wall.viewport()->width()));
        QVERIFY(narrow >= 2);
        wall.resize(1600, 900);
        QTRY_VERIFY(wall.columnCount() > narrow);
        const int wide = wall.columnCount();
        QCOMPARE(wide, ClassroomWall::columnsFor(wall.viewport()->width()));
        QCoreApplication::processEvents();
        const QList<ConsoleThumbnail *> thumbnails = wall.thumbnails();
        // One row holds `wide` screens; the next starts below it.
        QCOMPARE(thumbnails.at(wide - 1)->y(), thumbnails.at(0)->y());
        QVERIFY(thumbnails.at(wide)->y() > thumbnails.at(0)->y());
        QCOMPARE(thumbnails.at(wide)->x(), thumbnails.at(0)->x());
        // Every screen fits across: no horizontal scrolling.
        QVERIFY(thumbnails.at(wide - 1)->geometry().right() < wall.viewport()->width());
        wall.resize(200, 600);
        QTRY_COMPARE(wall.columnCount(), 1);
    }

    void clickAsksForTheFullConsole()
    {
        ClassroomWall wall;
        fill(wall, 30);
        wall.resize(1200, 800);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QSignalSpy open(&wall, &ClassroomWall::openRequested);
        QTest::mouseClick(wall.thumbnails().at(7), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("id-7"));
        // A double click opens one console, not two.
        QTest::mouseClick(wall.thumbnails().at(3), Qt::LeftButton);
        QTest::mouseDClick(wall.thumbnails().at(3), Qt::LeftButton);
        QTest::mouseRelease(wall.thumbnails().at(3), Qt::LeftButton);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(0).toString(), QStringLiteral("id-3"));
        // The keyboard opens it as well.
        wall.thumbnails().at(9)->setFocus();
        QTest::keyClick(wall.thumbnails().at(9), Qt::Key_Return);
        QCOMPARE(open.count(), 3);
        QCOMPARE(open.at(2).at(0).toString(), QStringLiteral("id-9"));
    }

    void screensThatAreNotLiveSayWhy()
    {
        ClassroomWall wall;
        fill(wall, 3);
        m_sessions[1]->fail(QStringLiteral("Instance student-02 is SHUTOFF: start it to open its console"));
        m_sessions[2]->drop(QStringLiteral("Connection lost: the guest rebooted"));
        QCOMPARE(wall.thumbnails().at(1)->statusText(),
                 QStringLiteral("Failed: Instance student-02 is SHUTOFF: start it to open its console"));
        QCOMPARE(wall.thumbnails().at(2)->statusText(),
                 QStringLiteral("Disconnected: Connection lost: the guest rebooted"));
        wall.resize(900, 400);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        // The failed screen is dimmed under its reason, the live one is not.
        ConsoleThumbnail *failed = wall.thumbnails().at(1);
        ConsoleThumbnail *live = wall.thumbnails().at(0);
        const QImage failedPicture = failed->grab().toImage();
        const QImage livePicture = live->grab().toImage();
        const QPoint corner = failed->imageRect().topLeft() + QPoint(3, 3);
        QVERIFY(qGray(failedPicture.pixel(corner)) < qGray(livePicture.pixel(corner)));
    }

    void deletedSessionsLeaveTheWall()
    {
        ClassroomWall wall;
        fill(wall, 5);
        m_sessions.erase(m_sessions.begin() + 2);
        QCOMPARE(wall.count(), 4);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(wall.findChildren<ConsoleThumbnail *>().size(), 4);
        QCOMPARE(wall.thumbnails().at(2)->instanceId(), QStringLiteral("id-3"));
        wall.clear();
        QCOMPARE(wall.count(), 0);
        QCOMPARE(wall.findChildren<ConsoleThumbnail *>().size(), 0);
        // The sessions are still the caller's, alive and untouched.
        QCOMPARE(m_sessions.size(), size_t(4));
        QCOMPARE(m_sessions[0]->state(), GraphicsSession::State::Connected);
    }

    void thirtyScreensPicture()
    {
        ClassroomWall wall;
        fill(wall, 30);
        m_sessions[5]->fail(QStringLiteral("Instance student-06 is SHUTOFF: start it to open its console"));
        m_sessions[12]->setAutoReconnect(true);
        m_sessions[12]->drop(QStringLiteral("Connection lost: the guest is rebooting"));
        m_sessions[20]->close();
        m_sessions[20]->open();
        wall.resize(1600, 1000);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCoreApplication::processEvents();
        const QImage picture = wall.grab().toImage();
        QVERIFY(!picture.isNull());
        // Screens are drawn: the first thumbnail's middle is not the wall's background.
        const QPoint middle = wall.thumbnails().at(0)->geometry().center();
        QVERIFY(picture.pixel(middle) != picture.pixel(2, 2));
        const QString dir = qEnvironmentVariable("SD_CONSOLE_SHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(picture.save(QDir(dir).filePath(QStringLiteral("sd-console-wall.png"))));
    }
};

QTEST_MAIN(TestClassroomWall)
#include "tst_classroomwall.moc"
