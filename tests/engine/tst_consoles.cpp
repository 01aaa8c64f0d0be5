// The consoles' engine side: console types and the AUTO choice, ConsoleService's refusals on simulated
// hosts and for instances that do not run, the console type setting, graphics passwords, and the VNC
// session against a real VNC server (QEMU's, on a UNIX socket: the same protocol libvirt's
// virDomainOpenGraphicsFD hands over, without a libvirtd).

#include "computelab.h"

#include "compute/instance/instancerepository.h"
#include "console/consolepassword.h"
#include "console/consoleservice.h"
#include "console/uskeyboard.h"
#include "console/vncsession.h"
#include "engine.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace sd;

namespace {

// A QEMU with no disks whose VGA shows SeaBIOS's text: a VNC server that draws something within a second.
// It starts paused (-S) and runs on resume(), so the test sees the guest's switch to text mode: a desktop
// resize while the session is connected.
struct QemuVnc
{
    QTemporaryDir dir;
    QProcess qemu;
    QString socket;

    bool start(const QString &password = {})
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
        if (binary.isEmpty())
            return false;
        socket = dir.filePath(QStringLiteral("vnc.sock"));
        QStringList args = {QStringLiteral("-machine"), QStringLiteral("pc"), QStringLiteral("-m"), QStringLiteral("64"),
                            QStringLiteral("-nodefaults"), QStringLiteral("-vga"), QStringLiteral("std"),
                            QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-S"),
                            QStringLiteral("-monitor"), QStringLiteral("stdio")};
        QString vnc = QStringLiteral("unix:") + socket;
        if (!password.isEmpty()) {
            args << QStringLiteral("-object") << QStringLiteral("secret,id=vncpw,data=") + password;
            vnc += QStringLiteral(",password-secret=vncpw");
        }
        args << QStringLiteral("-vnc") << vnc;
        qemu.start(binary, args);
        if (!qemu.waitForStarted(10000))
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(socket) && waited.elapsed() < 10000)
            QTest::qWait(20);
        return QFile::exists(socket);
    }

    void resume() { qemu.write("cont\n"); }

    ~QemuVnc()
    {
        qemu.kill();
        qemu.waitForFinished(5000);
    }

    int connectSocket() const
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, socket.toLocal8Bit().constData(), sizeof addr.sun_path);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }
};

// An endpoint whose sockets come from fdSource, as ConsoleService's come from the host.
ConsoleEndpoint endpointWith(std::function<Result<int>()> fdSource, const QString &password = {})
{
    ConsoleEndpoint e;
    e.instanceId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    e.instanceName = QStringLiteral("vnc-test");
    e.hostName = QStringLiteral("qemu");
    e.graphics = {QStringLiteral("vnc")};
    e.password = password;
    e.openGraphicsFd = [fdSource](int, QObject *context, ConsoleEndpoint::FdCallback done) {
        QMetaObject::invokeMethod(context, [fdSource, done] { done(fdSource()); }, Qt::QueuedConnection);
    };
    return e;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestConsoles : public QObject
{
    Q_OBJECT

    test::ComputeLab m_lab;

    Result<ConsoleEndpoint> endpointOf(const RequestContext &ctx, const QString &server)
    {
        std::optional<Result<ConsoleEndpoint>> answer;
        m_lab.engine->consoles().endpoint(ctx, server, this, [&](Result<ConsoleEndpoint> e) { answer = std::move(e); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return makeError(ErrorCode::Internal, QStringLiteral("no answer"));
        return *answer;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_lab.open()); }

    void consoleTypesReadAsHorizonWritesThem()
    {
        QCOMPARE(ConsoleTypes::name(ConsoleType::Auto), QStringLiteral("AUTO"));
        QCOMPARE(ConsoleTypes::name(ConsoleType::None), QStringLiteral("None"));
        QCOMPARE(*ConsoleTypes::parse(QStringLiteral("spice")), ConsoleType::Spice);
        QCOMPARE(*ConsoleTypes::parse(QStringLiteral(" SERIAL ")), ConsoleType::Serial);
        auto bad = ConsoleTypes::parse(QStringLiteral("RDP"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().message,
                 QStringLiteral("Console type: \"RDP\" is not one of AUTO, VNC, SPICE, SERIAL, None"));
    }

    void autoPicksVncThenSpiceThenSerial()
    {
        ConsoleEndpoint e;
        e.instanceName = QStringLiteral("web-1");
        e.graphics = {QStringLiteral("spice"), QStringLiteral("vnc")};
        e.serial = true;
        QCOMPARE(*ConsoleService::choose(ConsoleType::Auto, e), ConsoleType::Vnc);
        e.graphics = {QStringLiteral("spice")};
        QCOMPARE(*ConsoleService::choose(ConsoleType::Auto, e), ConsoleType::Spice);
        e.graphics.clear();
        QCOMPARE(*ConsoleService::choose(ConsoleType::Auto, e), ConsoleType::Serial);
        auto noVnc = ConsoleService::choose(ConsoleType::Vnc, e);
        QVERIFY(!noVnc);
        QCOMPARE(noVnc.error().message, QStringLiteral("Instance web-1 has no VNC graphics device"));
        e.serial = false;
        QVERIFY(!ConsoleService::choose(ConsoleType::Auto, e));
        QVERIFY(!ConsoleService::choose(ConsoleType::None, e));
    }

    void aSimulatedHostHasNoDisplay()
    {
        auto made = m_lab.launchAndWait(m_lab.demo, m_lab.spec(QStringLiteral("console-sim")));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        QCOMPARE(made->status(), QStringLiteral("ACTIVE"));
        auto checked = m_lab.engine->consoles().checkConsole(m_lab.demo, made->id);
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(QStringLiteral("no display")), qPrintable(checked.error().message));
        QVERIFY(checked.error().message.contains(made->hostName));
        auto endpoint = endpointOf(m_lab.demo, made->id);
        QVERIFY(!endpoint);
        QCOMPARE(endpoint.error().message, checked.error().message);
    }

    void aStoppedInstanceIsRefusedWithItsStatus()
    {
        auto made = m_lab.launchAndWait(m_lab.demo, m_lab.spec(QStringLiteral("console-off")));
        QVERIFY(made.ok());
        auto stopped = m_lab.act(m_lab.demo, made->id, InstanceAction::Stop);
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().toString()));
        QCOMPARE(stopped->status(), QStringLiteral("SHUTOFF"));
        auto checked = m_lab.engine->consoles().checkConsole(m_lab.demo, made->id);
        QVERIFY(!checked);
        QCOMPARE(checked.error().message,
                 QStringLiteral("Instance console-off is SHUTOFF: its console opens while it runs"));
    }

    void anotherProjectsInstanceStaysHidden()
    {
        auto made = m_lab.launchAndWait(m_lab.admin, m_lab.spec(QStringLiteral("console-admin")));
        QVERIFY(made.ok());
        auto checked = m_lab.engine->consoles().checkConsole(m_lab.demo, made->id);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::NotFound);
    }

    void theConsoleTypeSettingIsTheAdminsAndKept()
    {
        ConsoleService &consoles = m_lab.engine->consoles();
        QCOMPARE(consoles.consoleType(), ConsoleType::Auto);
        auto refused = consoles.setConsoleType(m_lab.demo, ConsoleType::Spice);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(consoles.consoleType(), ConsoleType::Auto);
        QVERIFY(consoles.setConsoleType(m_lab.admin, ConsoleType::Spice).ok());
        QCOMPARE(consoles.consoleType(), ConsoleType::Spice);
        QVERIFY(consoles.setConsoleType(m_lab.admin, ConsoleType::Auto).ok());
        QCOMPARE(consoles.consoleType(), ConsoleType::Auto);
    }

    void graphicsHaveAStablePasswordPerInstance()
    {
        auto a = m_lab.launchAndWait(m_lab.demo, m_lab.spec(QStringLiteral("console-pw-a")));
        auto b = m_lab.launchAndWait(m_lab.demo, m_lab.spec(QStringLiteral("console-pw-b")));
        QVERIFY(a.ok() && b.ok());
        Database &db = *m_lab.engine->instances().database();
        const QString pa = ConsolePassword::forInstance(db, a->id);
        QCOMPARE(pa.size(), ConsolePassword::kLength);
        QCOMPARE(ConsolePassword::forInstance(db, a->id), pa);
        QVERIFY(ConsolePassword::forInstance(db, b->id) != pa);
        const QString xml = m_lab.engine->instances().repository().domainXml(a->id);
        QVERIFY2(xml.contains(QStringLiteral("passwd=\"%1\"").arg(pa)), qPrintable(xml));
        QVERIFY(xml.contains(QStringLiteral("listen=\"127.0.0.1\"")));
    }

    void aUsKeyboardTypesPrintableAscii()
    {
        auto a = UsKeyboard::keyFor(QLatin1Char('a'));
        QVERIFY(a && !a->shift);
        QCOMPARE(a->key.scancode, 0x1eu);
        QCOMPARE(a->key.keysym, quint32('a'));
        auto tilde = UsKeyboard::keyFor(QLatin1Char('~'));
        QVERIFY(tilde && tilde->shift);
        QCOMPARE(tilde->key.scancode, 0x29u);
        auto slash = UsKeyboard::keyFor(QLatin1Char('?'));
        QVERIFY(slash && slash->shift);
        QCOMPARE(slash->key.scancode, 0x35u);
        QCOMPARE(UsKeyboard::keyFor(QLatin1Char('\n'))->key.keysym, 0xff0du);
        QVERIFY(!UsKeyboard::keyFor(QChar(0xe9)));
    }

    void aVncSessionRetriesWhileTheSocketCannotBeOpened()
    {
        int asked = 0;
        VncSession session(endpointWith([&asked]() -> Result<int> {
            ++asked;
            return makeError(ErrorCode::Conflict, QStringLiteral("Instance vnc-test is not running on host qemu"));
        }));
        session.setAutoReconnect(true);
        QSignalSpy states(&session, &GraphicsSession::stateChanged);
        session.open();
        QTRY_COMPARE(session.state(), GraphicsSession::State::Closed);
        QCOMPARE(session.stateMessage(), QStringLiteral("Instance vnc-test is not running on host qemu"));
        QTRY_VERIFY_WITH_TIMEOUT(asked >= 2, 5000);
        session.close();
        const int after = asked;
        QTest::qWait(GraphicsSession::kReconnectIntervalMs + 500);
        QCOMPARE(asked, after);
        QCOMPARE(session.state(), GraphicsSession::State::Closed);
    }

    void aVncSessionWithoutAVncDeviceFails()
    {
        ConsoleEndpoint e = endpointWith([]() -> Result<int> { return -1; });
        e.graphics = {QStringLiteral("spice")};
        VncSession session(e);
        session.open();
        QCOMPARE(session.state(), GraphicsSession::State::Failed);
        QCOMPARE(session.stateMessage(), QStringLiteral("Instance vnc-test has no VNC graphics device"));
    }

    void aVncSessionShowsTheServersScreen()
    {
        QemuVnc server;
        if (!server.start())
            QSKIP("qemu-system-x86_64 is not installed or did not start");
        QElapsedTimer clock;
        clock.start();
        VncSession session(endpointWith([&server]() -> Result<int> { return server.connectSocket(); }));
        QSignalSpy complete(&session, &GraphicsSession::firstFrameComplete);
        QSignalSpy resized(&session, &GraphicsSession::frameResized);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 10000);
        qInfo("first complete frame after %lld ms: %dx%d", clock.elapsed(), session.frame().width(),
              session.frame().height());
        QVERIFY(session.hasCompleteFrame());
        QVERIFY(session.frame().width() >= 320 && session.frame().height() >= 200);
        // The guest runs: SeaBIOS switches to 720x400 text mode (a desktop resize) and writes its banner.
        server.resume();
        QTRY_COMPARE_WITH_TIMEOUT(session.frame().size(), QSize(720, 400), 20000);
        QVERIFY(resized.size() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(session.frame()) > 1, 20000);
        session.sendKey({0xff0d, 0x1c}, true);
        session.sendKey({0xff0d, 0x1c}, false);
        session.sendPointer(QPoint(10, 10), Qt::LeftButton);
        session.sendPointer(QPoint(10, 10), Qt::NoButton, -1);
        QCOMPARE(session.sendText(QStringLiteral("ls -l\n")), QString());
        QVERIFY(session.sendText(QStringLiteral("caf\u00e9")).contains(QChar(0xe9)));
        QCOMPARE(session.state(), GraphicsSession::State::Connected);

        // The server going away is a dropped connection, said so, and retried when asked for.
        session.setAutoReconnect(true);
        server.qemu.kill();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Closed, 10000);
        QVERIFY(session.stateMessage().startsWith(QStringLiteral("VNC")));
        session.close();
    }

    void aVncSessionReconnectsToANewServer()
    {
        QemuVnc first;
        if (!first.start())
            QSKIP("qemu-system-x86_64 is not installed or did not start");
        std::unique_ptr<QemuVnc> second;
        VncSession session(endpointWith([&]() -> Result<int> {
            const int fd = second ? second->connectSocket() : first.connectSocket();
            if (fd < 0)
                return makeError(ErrorCode::Conflict, QStringLiteral("not listening"));
            return fd;
        }));
        session.setAutoReconnect(true);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 10000);
        first.resume();
        // A stop and start of the guest: a new QEMU, a new socket.
        first.qemu.kill();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Closed, 10000);
        second = std::make_unique<QemuVnc>();
        QVERIFY(second->start());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 15000);
        second->resume();
        QTRY_VERIFY_WITH_TIMEOUT(session.hasCompleteFrame(), 10000);
        session.close();
    }

    void rateLimitedSessionsStillShowTheWholeScreen()
    {
        QemuVnc server;
        if (!server.start())
            QSKIP("qemu-system-x86_64 is not installed or did not start");
        server.resume();
        VncSession full(endpointWith([&]() -> Result<int> { return server.connectSocket(); }));
        full.open();
        QTRY_VERIFY_WITH_TIMEOUT(full.hasCompleteFrame() && distinctColours(full.frame()) > 1, 20000);
        // Thumbnails: several viewers of one screen at two frames a second, as the classroom wall opens them.
        std::vector<std::unique_ptr<VncSession>> thumbnails;
        for (int i = 0; i < 4; ++i) {
            thumbnails.push_back(std::make_unique<VncSession>(endpointWith([&]() -> Result<int> { return server.connectSocket(); })));
            thumbnails.back()->setMaxFrameRate(2);
            thumbnails.back()->open();
        }
        for (auto &t : thumbnails)
            QTRY_VERIFY_WITH_TIMEOUT(t->hasCompleteFrame(), 10000);
        // Once the screen is still, every thumbnail holds exactly what the full-rate viewer holds.
        QTest::qWait(1500);
        for (auto &t : thumbnails)
            QTRY_VERIFY_WITH_TIMEOUT(t->frame() == full.frame(), 5000);
    }

    void aHostileServerIsSurvivedAndReported()
    {
        // A "server" on the other end of a socket pair: a valid RFB 3.8 handshake, then an update whose
        // rectangle lies far outside the 64x48 screen it announced.
        int pair[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) == 0);
        QByteArray script("RFB 003.008\n");
        script += QByteArray::fromHex("0101");     // one security type: None
        script += QByteArray::fromHex("00000000"); // security result: OK
        script += QByteArray::fromHex("00400030"); // 64x48
        script += QByteArray::fromHex("2018000100ff00ff00ff10080000000000"); // 32 bpp, true colour, shifts 16 8 0
        script.chop(1);
        script += QByteArray::fromHex("00000004") + "evil";
        script += QByteArray::fromHex("00000001" "00000000" "13881388" "00000000"); // 5000x5000 raw rect
        QCOMPARE(::write(pair[1], script.constData(), size_t(script.size())), ssize_t(script.size()));
        const int clientEnd = pair[0];
        bool handed = false;
        VncSession session(endpointWith([&]() -> Result<int> {
            if (handed)
                return makeError(ErrorCode::Conflict, QStringLiteral("gone"));
            handed = true;
            return clientEnd;
        }));
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Closed, 10000);
        QVERIFY2(session.stateMessage().startsWith(QStringLiteral("VNC: ")), qPrintable(session.stateMessage()));
        QVERIFY2(session.stateMessage().contains(QStringLiteral("too large")), qPrintable(session.stateMessage()));
        ::close(pair[1]);
    }

    void aWrongVncPasswordFailsWithoutRetrying()
    {
        QemuVnc server;
        if (!server.start(QStringLiteral("right")))
            QSKIP("qemu-system-x86_64 is not installed or did not start");
        int asked = 0;
        VncSession session(endpointWith([&]() -> Result<int> {
            ++asked;
            return server.connectSocket();
        }, QStringLiteral("wrong")));
        session.setAutoReconnect(true);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Failed, 10000);
        QVERIFY2(session.stateMessage().contains(QStringLiteral("password")), qPrintable(session.stateMessage()));
        QTest::qWait(GraphicsSession::kReconnectIntervalMs + 500);
        QCOMPARE(asked, 1);

        VncSession right(endpointWith([&]() -> Result<int> { return server.connectSocket(); }, QStringLiteral("right")));
        right.open();
        QTRY_COMPARE_WITH_TIMEOUT(right.state(), GraphicsSession::State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(right.hasCompleteFrame(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestConsoles)
#include "tst_consoles.moc"
