// Graphical consoles on a real host (issue 7, Tests): an instance of the test guest launched through the
// engine on libvirtd (in the fixture's network namespace), its VNC console opened through
// virDomainOpenGraphicsFD (no TCP port is used), a complete first frame read, the graphics password
// enforced, `stackctl console screenshot` writing a PNG that is not one colour, and the session coming
// back by itself after a reboot and after a stop and start.

#include "console/vncsession.h"
#include "engine.h"
#include "guestconsole.h"
#include "localhostlab.h"

#include "console/classroomwall.h"
#include "console/consolewidget.h"
#include "console/consolewindow.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace sd;
using namespace sd::it;

namespace {

// Where the pictures a person should look at go: $STACKDESK_SHOT_DIR, else the temp dir.
QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("STACKDESK_SHOT_DIR", QDir::tempPath());
    return QDir(dir).filePath(name);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestRealConsole : public QObject
{
    Q_OBJECT

    LocalHostLab m_lab;
    QString m_instanceId;

    Result<ConsoleEndpoint> endpoint() { return m_lab.consoleEndpoint(m_instanceId); }
    Result<Instance> act(InstanceAction action) { return m_lab.act(m_instanceId, action); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.open();
        if (QTest::currentTestFailed())
            return;
        m_instanceId = m_lab.launchTestGuest(QStringLiteral("console"), QStringLiteral("10.83.0.0/24"));
    }

    void cleanupTestCase()
    {
        m_lab.removeInstance(m_instanceId);
        m_lab.engine.reset();
    }

    void theEndpointNamesTheDevicesAndThePassword()
    {
        auto e = endpoint();
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
        QVERIFY(e->graphics.contains(QStringLiteral("vnc")));
        QCOMPARE(e->hostName, QStringLiteral("local"));
        QCOMPARE(e->password.size(), 8);
        QVERIFY(e->serial);
        auto chosen = ConsoleService::choose(ConsoleType::Auto, *e);
        QVERIFY(chosen.ok());
        QCOMPARE(*chosen, ConsoleType::Vnc);
    }

    void aVncSessionReadsACompleteFirstFrame()
    {
        auto e = endpoint();
        QVERIFY(e.ok());
        QElapsedTimer clock;
        clock.start();
        VncSession session(*e);
        QSignalSpy complete(&session, &GraphicsSession::firstFrameComplete);
        session.open();
        QVERIFY(complete.wait(20000));
        qInfo("VNC through virDomainOpenGraphicsFD: first complete frame %dx%d after %lld ms",
              session.frame().width(), session.frame().height(), clock.elapsed());
        QCOMPARE(session.state(), GraphicsSession::State::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(session.frame()) > 1, 30000);
        session.close();
    }

    void aWrongPasswordIsRefused()
    {
        auto e = endpoint();
        QVERIFY(e.ok());
        ConsoleEndpoint wrong = *e;
        wrong.password = QStringLiteral("wrong!!!");
        VncSession session(wrong);
        session.setAutoReconnect(true);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Failed, 20000);
        QVERIFY2(session.stateMessage().contains(QStringLiteral("password")), qPrintable(session.stateMessage()));
    }

    void stackctlWritesAScreenshot()
    {
        const QString png = m_lab.data.filePath(QStringLiteral("shot.png"));
        QProcess stackctl;
        stackctl.start(env("STACKDESK_STACKCTL"), {QStringLiteral("--data-dir"), m_lab.data.path() + QStringLiteral("/data"),
                                                   QStringLiteral("console"), QStringLiteral("screenshot"),
                                                   QStringLiteral("it-console"), QStringLiteral("--file"), png});
        QVERIFY(stackctl.waitForFinished(90000));
        const QString said = QString::fromUtf8(stackctl.readAllStandardError());
        QVERIFY2(stackctl.exitCode() == 0, qPrintable(said));
        QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 640);
        QVERIFY2(distinctColours(shot) > 1, "the screenshot is not all one colour");
        qInfo("stackctl: %s", qPrintable(said.trimmed()));

        // What cannot be captured is refused with the reason and exit 1.
        QProcess serial;
        serial.start(env("STACKDESK_STACKCTL"), {QStringLiteral("--data-dir"), m_lab.data.path() + QStringLiteral("/data"),
                                                 QStringLiteral("console"), QStringLiteral("screenshot"),
                                                 QStringLiteral("it-console"), QStringLiteral("--file"), png,
                                                 QStringLiteral("--console-type"), QStringLiteral("SERIAL")});
        QVERIFY(serial.waitForFinished(60000));
        QCOMPARE(serial.exitCode(), 2);
        QVERIFY(QString::fromUtf8(serial.readAllStandardError()).contains(QStringLiteral("no screen")));
    }

    void theConsoleWindowShowsTheGuestScaled()
    {
        auto e = endpoint();
        QVERIFY(e.ok());
        auto *session = new VncSession(*e);
        ConsoleWindow window(session);
        window.resize(560, 420);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(session->hasCompleteFrame(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(session->frame()) > 1, 30000);
        ConsoleWidget *console = window.console();
        const QRect shown = console->imageRect();
        // Scale to fit keeps the guest's aspect ratio inside the widget.
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.width() <= console->width() && shown.height() <= console->height());
        const double frameAspect = double(session->frame().width()) / session->frame().height();
        QVERIFY(qAbs(double(shown.width()) / shown.height() - frameAspect) < 0.05);
        QTest::qWait(300);
        const QImage picture = console->grab().toImage();
        QVERIFY2(distinctColours(picture.copy(shown)) > 1, "the widget shows the guest's screen");
        QVERIFY(window.statusText().contains(QStringLiteral("VNC")));
        QVERIFY(window.statusText().contains(QStringLiteral("local")));
        window.grab().save(shotPath(QStringLiteral("sd-real-console-window.png")));
        qInfo("console window shot: %s", qPrintable(shotPath(QStringLiteral("sd-real-console-window.png"))));
    }

    void theClassroomWallShowsLiveScreens()
    {
        auto e = endpoint();
        QVERIFY(e.ok());
        // Four viewers of one guest: QEMU's VNC server lets them share it, as a class's wall does with many.
        ClassroomWall wall;
        QList<VncSession *> sessions;
        for (int i = 0; i < 4; ++i) {
            auto *session = new VncSession(*e, &wall);
            sessions << session;
            wall.addSession(session, QStringLiteral("it-console #%1").arg(i + 1));
        }
        wall.resize(900, 560);
        wall.show();
        for (VncSession *session : sessions) {
            QTRY_VERIFY_WITH_TIMEOUT(session->hasCompleteFrame(), 30000);
            QCOMPARE(session->maxFrameRate(), ClassroomWall::kFrameRate);
        }
        // At two frames a second each thumbnail soon holds the guest's screen, not an empty one.
        for (VncSession *session : sessions)
            QTRY_VERIFY_WITH_TIMEOUT(distinctColours(session->frame()) > 1, 10000);
        wall.grab().save(shotPath(QStringLiteral("sd-real-classroom-wall.png")));
        QCOMPARE(wall.count(), 4);
    }

    void theSessionComesBackAfterRebootAndRestart()
    {
        auto e = endpoint();
        QVERIFY(e.ok());
        VncSession session(*e);
        session.setAutoReconnect(true);
        QSignalSpy updates(&session, &GraphicsSession::frameUpdated);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.hasCompleteFrame(), 20000);

        // A hard reboot is a new QEMU (destroy and start, as Nova does it): the session drops, comes back
        // by itself and sees the guest boot again.
        QSignalSpy states(&session, &GraphicsSession::stateChanged);
        auto rebooted = act(InstanceAction::HardReboot);
        QVERIFY2(rebooted.ok(), qPrintable(rebooted.ok() ? QString() : rebooted.error().toString()));
        QTRY_VERIFY2_WITH_TIMEOUT(!states.isEmpty(), "the session noticed the reboot", 30000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 60000);
        updates.clear();
        QTRY_VERIFY_WITH_TIMEOUT(updates.size() > 0, 60000);

        // Stop and start: a new QEMU, a new socket, the same session.
        auto stopped = act(InstanceAction::Stop);
        QVERIFY(stopped.ok());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Closed, 30000);
        auto started = act(InstanceAction::Start);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(session.hasCompleteFrame(), 30000);
        qInfo("reconnected %lld ms after the start", clock.elapsed());
        session.close();
    }
};

QTEST_MAIN(TestRealConsole)
#include "tst_realconsole.moc"
