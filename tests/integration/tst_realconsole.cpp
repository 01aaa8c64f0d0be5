// Graphical consoles on a real host (issue 7, Tests): an instance of the test guest launched through the
// engine on libvirtd (in the fixture's network namespace), its VNC console opened through
// virDomainOpenGraphicsFD (no TCP port is used), a complete first frame read, the graphics password
// enforced, `stackctl console screenshot` writing a PNG that is not one colour, and the session coming
// back by itself after a reboot and after a stop and start.

#include "compute/flavorservice.h"
#include "compute/instance/instanceservice.h"
#include "console/consoleservice.h"
#include "console/vncsession.h"
#include "engine.h"
#include "guestconsole.h"
#include "image/imageservice.h"
#include "localhostlab.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace sd;
using namespace sd::it;

namespace {

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

    Result<ConsoleEndpoint> endpoint()
    {
        std::optional<Result<ConsoleEndpoint>> answer;
        m_lab.engine->consoles().endpoint(m_lab.admin, m_instanceId, this,
                                          [&](Result<ConsoleEndpoint> e) { answer = std::move(e); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return makeError(ErrorCode::Internal, QStringLiteral("ConsoleService did not answer"));
        return *answer;
    }

    Result<Instance> act(InstanceAction action)
    {
        auto task = m_lab.engine->instances().perform(m_lab.admin, m_instanceId, action);
        if (!task)
            return task.error();
        if (!task->isEmpty())
            if (auto done = m_lab.engine->tasks().wait(*task); !done)
                return done.error();
        return m_lab.engine->instances().waitUntilSettled(m_instanceId, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.open();
        if (QTest::currentTestFailed())
            return;
        Engine &e = *m_lab.engine;
        ImageSpec image;
        image.name = QStringLiteral("test-guest");
        image.diskFormat = QStringLiteral("raw");
        image.visibility = ImageVisibility::Public;
        image.sourceFile = env("STACKDESK_TEST_GUEST");
        auto imported = e.images().importNow(m_lab.admin, image);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        FlavorSpec flavor;
        flavor.name = QStringLiteral("it.console");
        flavor.vcpus = 1;
        flavor.ramMb = 192;
        flavor.diskGb = 1;
        QVERIFY(e.flavors().create(m_lab.admin, flavor).ok());
        NetworkSpec net;
        net.name = QStringLiteral("it-console-net");
        QVERIFY(e.networks().create(m_lab.admin, net).ok());
        SubnetSpec sub;
        sub.name = QStringLiteral("it-console-subnet");
        sub.network = net.name;
        sub.cidr = QStringLiteral("10.79.0.0/24");
        QVERIFY(e.subnets().create(m_lab.admin, sub).ok());

        LaunchSpec spec;
        spec.name = QStringLiteral("it-console");
        spec.flavor = flavor.name;
        spec.image = image.name;
        spec.nics = {{net.name, {}, {}}};
        auto made = e.instances().launch(m_lab.admin, spec);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        m_instanceId = made->first().id;
        auto built = e.instances().waitUntilSettled(m_instanceId, 300000);
        QVERIFY(built.ok());
        QVERIFY2(built->status() == QLatin1String("ACTIVE"), qPrintable(built->status() + QStringLiteral(": ") + built->fault.message));
    }

    void cleanupTestCase()
    {
        if (m_lab.engine && !m_instanceId.isEmpty())
            if (auto removed = m_lab.engine->instances().remove(m_lab.admin, m_instanceId); removed && !removed->isEmpty())
                (void)m_lab.engine->tasks().wait(*removed);
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

QTEST_GUILESS_MAIN(TestRealConsole)
#include "tst_realconsole.moc"
