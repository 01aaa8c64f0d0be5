// SpiceSession (issue 7): how it connects, fails and retries with endpoints that answer errors, and the
// real protocol against a QEMU started here with a SPICE server on a Unix socket (no libvirt): a first
// complete frame from SeaBIOS's screen, and a wrong password that fails without retrying.

#include "console/spicesession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <memory>

using namespace sd;

namespace {

using State = GraphicsSession::State;

ConsoleEndpoint baseEndpoint()
{
    ConsoleEndpoint e;
    e.instanceId = QStringLiteral("i-1");
    e.instanceName = QStringLiteral("web-1");
    e.hostName = QStringLiteral("h1");
    e.domainName = QStringLiteral("sd-i-1");
    e.graphics = {QStringLiteral("vnc"), QStringLiteral("spice")};
    return e;
}

// Answers every fd request with `error`, later, in the context's thread, as ConsoleService does.
ConsoleEndpoint failingEndpoint(const Error &error, std::shared_ptr<int> calls,
                                std::shared_ptr<int> lastIndex = {})
{
    ConsoleEndpoint e = baseEndpoint();
    e.openGraphicsFd = [error, calls, lastIndex](int index, QObject *context,
                                                 ConsoleEndpoint::FdCallback done) {
        ++*calls;
        if (lastIndex)
            *lastIndex = index;
        QMetaObject::invokeMethod(
            context, [done, error] { done(error); }, Qt::QueuedConnection);
    };
    return e;
}

int connectUnix(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = path.toLocal8Bit();
    qstrncpy(addr.sun_path, p.constData(), sizeof(addr.sun_path));
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A fresh connection to the SPICE server's socket for every channel, as virDomainOpenGraphicsFD gives.
ConsoleEndpoint socketEndpoint(const QString &path, std::shared_ptr<int> calls, const QString &password = {})
{
    ConsoleEndpoint e = baseEndpoint();
    e.password = password;
    e.openGraphicsFd = [path, calls](int, QObject *context, ConsoleEndpoint::FdCallback done) {
        ++*calls;
        const int fd = connectUnix(path);
        QMetaObject::invokeMethod(
            context,
            [done, fd, path] {
                if (fd < 0)
                    done(makeError(ErrorCode::HostUnavailable,
                                   QStringLiteral("cannot connect to %1").arg(path)));
                else
                    done(fd);
            },
            Qt::QueuedConnection);
    };
    return e;
}

// True when the other end of a socket pair was closed: a read returns end of file at once.
bool peerClosed(int fd)
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 1000) <= 0)
        return false;
    char c;
    return ::read(fd, &c, 1) == 0;
}

bool hasSeveralColours(const QImage &image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

// How many pixels two frames of one size differ in (all of them when the sizes differ).
int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height() + 1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

// The blinking text cursor of VGA text mode: one 9x16 character cell at most.
constexpr int kCursorPixels = 9 * 16;

// A QEMU with no disks and the standard VGA: SeaBIOS prints its banner and "No bootable device".
class QemuSpiceServer
{
public:
    ~QemuSpiceServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Empty when it runs, else why not.
    // paused: the CPU waits for resume() (QEMU's -S), so a test can watch the whole boot.
    QString start(const QStringList &extraObjects, const QString &spiceOptions, bool paused = false)
    {
        const QString qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
        if (qemu.isEmpty())
            return QStringLiteral("qemu-system-x86_64 is not installed");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        m_socket = m_dir.filePath(QStringLiteral("spice.sock"));
        QStringList args{QStringLiteral("-machine"), QStringLiteral("pc"),          QStringLiteral("-m"),
                         QStringLiteral("64"),       QStringLiteral("-nodefaults"), QStringLiteral("-vga"),
                         QStringLiteral("std"),      QStringLiteral("-display"),    QStringLiteral("none")};
        args << extraObjects;
        if (paused)
            args << QStringLiteral("-S") << QStringLiteral("-monitor") << QStringLiteral("stdio");
        args << QStringLiteral("-spice") << QStringLiteral("unix=on,addr=%1,%2").arg(m_socket, spiceOptions);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(qemu, args);
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("qemu-system-x86_64 did not start: %1").arg(m_process.errorString());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (QFileInfo::exists(m_socket))
                return {};
            if (m_process.state() == QProcess::NotRunning)
                return QStringLiteral("qemu-system-x86_64 exited with %1").arg(m_process.exitCode());
            QTest::qWait(50);
        }
        return QStringLiteral("qemu-system-x86_64 made no SPICE socket within 10 s");
    }

    QString socket() const { return m_socket; }

    void resume() { m_process.write("cont\n"); }

private:
    QTemporaryDir m_dir;
    QString m_socket;
    QProcess m_process;
};

} // namespace

class TestSpiceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protocolIsSpice()
    {
        SpiceSession session(baseEndpoint());
        QCOMPARE(session.protocol(), QStringLiteral("SPICE"));
        QCOMPARE(session.state(), State::Idle);
    }

    void fdErrorClosesWithItsMessage()
    {
        auto calls = std::make_shared<int>(0);
        auto index = std::make_shared<int>(-1);
        const Error error =
            makeError(ErrorCode::HostUnavailable, QStringLiteral("Host h1 is down: connection refused"));
        SpiceSession session(failingEndpoint(error, calls, index));
        QSignalSpy states(&session, &GraphicsSession::stateChanged);
        session.open();
        QCOMPARE(session.state(), State::Connecting);
        QTRY_COMPARE(session.state(), State::Closed);
        QCOMPARE(session.stateMessage(), error.message);
        QCOMPARE(*calls, 1);
        QCOMPARE(*index, 1); // "spice" is the second graphics device
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Connecting);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Closed);
        // No retry without autoReconnect.
        QTest::qWait(GraphicsSession::kReconnectIntervalMs + 500);
        QCOMPARE(*calls, 1);
    }

    void goneInstanceFailsWithoutRetry()
    {
        auto calls = std::make_shared<int>(0);
        const Error error = makeError(ErrorCode::NotFound, QStringLiteral("No instance web-1"));
        SpiceSession session(failingEndpoint(error, calls));
        session.setAutoReconnect(true);
        session.open();
        QTRY_COMPARE(session.state(), State::Failed);
        QCOMPARE(session.stateMessage(), error.message);
        QTest::qWait(GraphicsSession::kReconnectIntervalMs + 500);
        QCOMPARE(*calls, 1);
        QCOMPARE(session.state(), State::Failed);
    }

    void noSpiceDeviceFails()
    {
        auto calls = std::make_shared<int>(0);
        ConsoleEndpoint e = failingEndpoint(makeError(ErrorCode::Internal, QStringLiteral("unused")), calls);
        e.graphics = {QStringLiteral("vnc")};
        SpiceSession session(e);
        session.open();
        QCOMPARE(session.state(), State::Failed);
        QVERIFY2(session.stateMessage().contains(QStringLiteral("web-1")),
                 qPrintable(session.stateMessage()));
        QVERIFY2(session.stateMessage().contains(QStringLiteral("SPICE")),
                 qPrintable(session.stateMessage()));
        QCOMPARE(*calls, 0);
    }

    void autoReconnectRetriesUntilClosed()
    {
        auto calls = std::make_shared<int>(0);
        const Error error = makeError(ErrorCode::Conflict, QStringLiteral("Instance web-1 is SHUTOFF"));
        SpiceSession session(failingEndpoint(error, calls));
        session.setAutoReconnect(true);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(*calls >= 3, 3 * GraphicsSession::kReconnectIntervalMs + 2000);
        QCOMPARE(session.stateMessage(), error.message);
        session.close();
        QCOMPARE(session.state(), State::Closed);
        const int atClose = *calls;
        QTest::qWait(2 * GraphicsSession::kReconnectIntervalMs + 500);
        QCOMPARE(*calls, atClose);
        QCOMPARE(session.state(), State::Closed);
    }

    void destroyedWhileTheFdIsPending()
    {
        // The endpoint keeps the answer; it arrives after the session is gone and must not reach it.
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        ConsoleEndpoint::FdCallback pending;
        int calls = 0;
        ConsoleEndpoint e = baseEndpoint();
        e.openGraphicsFd = [&](int, QObject *, ConsoleEndpoint::FdCallback done) {
            ++calls;
            pending = std::move(done);
        };
        auto *session = new SpiceSession(e);
        session->open();
        QCOMPARE(calls, 1);
        QCOMPARE(session->state(), State::Connecting);
        delete session;
        QTest::qWait(100); // spice's idle callbacks of the dropped session run now
        pending(pair[0]);
        QVERIFY2(peerClosed(pair[1]), "the late socket was not closed");
        ::close(pair[1]);
    }

    void lateFdAfterCloseIsClosed()
    {
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        ConsoleEndpoint::FdCallback pending;
        ConsoleEndpoint e = baseEndpoint();
        e.openGraphicsFd = [&](int, QObject *, ConsoleEndpoint::FdCallback done) {
            pending = std::move(done);
        };
        SpiceSession session(e);
        session.open();
        QVERIFY(pending);
        session.close();
        QCOMPARE(session.state(), State::Closed);
        pending(pair[0]);
        QVERIFY2(peerClosed(pair[1]), "the socket of a closed attempt was not closed");
        QCOMPARE(session.state(), State::Closed);
        ::close(pair[1]);
    }

    void inputWhileConnectingIsDropped()
    {
        ConsoleEndpoint::FdCallback pending;
        ConsoleEndpoint e = baseEndpoint();
        e.openGraphicsFd = [&](int, QObject *, ConsoleEndpoint::FdCallback done) {
            pending = std::move(done);
        };
        SpiceSession session(e);
        session.sendKey(KeyStroke{0xff0d, 0x1c}, true);
        session.open();
        QCOMPARE(session.state(), State::Connecting);
        session.sendKey(KeyStroke{0xff0d, 0x1c}, true);
        session.sendPointer(QPoint(5, 5), Qt::LeftButton, -2);
        session.sendCombination({KeyStroke{0xffe3, 0x1d}, KeyStroke{0xffe9, 0x38}, KeyStroke{0xffff, 0x153}});
        const QString refused = session.sendText(QStringLiteral("hello"));
        QVERIFY2(refused.contains(QStringLiteral("not connected")), qPrintable(refused));
        QCOMPARE(session.state(), State::Connecting);
        session.close();
    }

    void closeTwiceAndReopen()
    {
        auto calls = std::make_shared<int>(0);
        SpiceSession session(
            failingEndpoint(makeError(ErrorCode::HostUnavailable, QStringLiteral("down")), calls));
        session.close();
        session.close();
        session.open();
        session.close();
        session.close();
        QCOMPARE(session.state(), State::Closed);
        session.open();
        QTRY_COMPARE(session.state(), State::Closed);
        QCOMPARE(session.stateMessage(), QStringLiteral("down"));
    }

    void qemuFirstFrame()
    {
        // Paused, so the session sees QEMU's placeholder first and then the guest's mode switch.
        QemuSpiceServer qemu;
        const QString why = qemu.start({}, QStringLiteral("disable-ticketing=on"), true);
        if (why.contains(QStringLiteral("not installed")))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        auto calls = std::make_shared<int>(0);
        SpiceSession session(socketEndpoint(qemu.socket(), calls));
        QSignalSpy resized(&session, &GraphicsSession::frameResized);
        QSignalSpy complete(&session, &GraphicsSession::firstFrameComplete);
        QSignalSpy updated(&session, &GraphicsSession::frameUpdated);
        QElapsedTimer t;
        qint64 firstCompleteMs = -1;
        connect(&session, &GraphicsSession::firstFrameComplete, this, [&] {
            if (firstCompleteMs < 0)
                firstCompleteMs = t.elapsed();
        });
        t.start();
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(complete.count() >= 1, 20000);
        qInfo("SPICE: open() to firstFrameComplete took %lld ms", firstCompleteMs);
        QVERIFY(resized.count() >= 1);
        QVERIFY(session.hasCompleteFrame());
        QCOMPARE(session.frame().format(), QImage::Format_RGB32);
        QCOMPARE(session.frame().size(), resized.last().at(0).toSize());
        QVERIFY(updated.count() >= 1);
        QVERIFY2(*calls >= 2, "display and main channels each need their own socket");
        QCOMPARE(session.frame().size(), QSize(640, 480)); // "Guest has not initialized the display (yet)."
        // SeaBIOS switches to 720x400 text mode and prints its banner: a new surface, complete again.
        qemu.resume();
        QTRY_VERIFY_WITH_TIMEOUT(session.frame().size() == QSize(720, 400) && session.hasCompleteFrame() &&
                                     hasSeveralColours(session.frame()),
                                 20000);
        qInfo("SPICE: SeaBIOS's screen complete %lld ms after open()", t.elapsed());
        // The unused byte of xRGB never leaks in as transparency.
        QCOMPARE(qAlpha(session.frame().pixel(0, 0)), 255);

        // Input goes out without upsetting the connection (SeaBIOS does not answer it visibly).
        session.sendKey(KeyStroke{0xff0d, 0x1c}, true);
        session.sendKey(KeyStroke{0xff0d, 0x1c}, false);
        session.sendKey(KeyStroke{0x61, 0}, true); // no scancode: SPICE cannot send it, ignored
        session.sendPointer(QPoint(10, 10), Qt::LeftButton);
        session.sendPointer(QPoint(12, 12), Qt::NoButton, 1);
        QTest::qWait(300);
        QCOMPARE(session.state(), State::Connected);
        // No agent in this guest: the clipboard refuses and says why.
        QVERIFY(session.sendText(QStringLiteral("hello")).contains(QStringLiteral("spice-vdagent")));

        session.close();
        QCOMPARE(session.state(), State::Closed);
        QCOMPARE(session.stateMessage(), QStringLiteral("Closed"));
        session.close();
        QCOMPARE(session.state(), State::Closed);
    }

    void qemuKeysReachTheGuest()
    {
        // SeaBIOS waits at "Press ESC for boot menu" (20 s here); ESC brings the menu up.
        QemuSpiceServer qemu;
        const QString why = qemu.start({QStringLiteral("-boot"), QStringLiteral("menu=on,splash-time=20000")},
                                       QStringLiteral("disable-ticketing=on"));
        if (why.contains(QStringLiteral("not installed")))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto calls = std::make_shared<int>(0);
        SpiceSession session(socketEndpoint(qemu.socket(), calls));
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.frame().size() == QSize(720, 400) && session.hasCompleteFrame() &&
                                     hasSeveralColours(session.frame()),
                                 20000);
        // The prompt stands still while SeaBIOS waits for a key (only the text cursor blinks).
        QImage prompt;
        QElapsedTimer still;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (differingPixels(session.frame(), prompt) > kCursorPixels) {
                    prompt = session.frame();
                    still.start();
                }
                return still.elapsed() >= 1000;
            }(),
            10000);
        session.sendKey(KeyStroke{0xff1b, 0x01}, true); // Escape
        session.sendKey(KeyStroke{0xff1b, 0x01}, false);
        QTRY_VERIFY_WITH_TIMEOUT(differingPixels(session.frame(), prompt) > kCursorPixels, 5000);
    }

    void qemuFrameRateLimit()
    {
        // Two QEMUs boot side by side once both sessions are in, one watched at full rate and one at 2
        // frames a second.
        QemuSpiceServer fast;
        QemuSpiceServer slow;
        for (QemuSpiceServer *qemu : {&fast, &slow}) {
            const QString why = qemu->start({}, QStringLiteral("disable-ticketing=on"), true);
            if (why.contains(QStringLiteral("not installed")))
                QSKIP(qPrintable(why));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        auto calls = std::make_shared<int>(0);
        SpiceSession unlimited(socketEndpoint(fast.socket(), calls));
        SpiceSession limited(socketEndpoint(slow.socket(), calls));
        limited.setMaxFrameRate(2);
        unlimited.open();
        limited.open();
        QTRY_VERIFY_WITH_TIMEOUT(unlimited.hasCompleteFrame() && limited.hasCompleteFrame(), 20000);
        QSignalSpy fastUpdates(&unlimited, &GraphicsSession::frameUpdated);
        QSignalSpy slowUpdates(&limited, &GraphicsSession::frameUpdated);
        QElapsedTimer t;
        t.start();
        fast.resume();
        slow.resume();
        QTRY_VERIFY_WITH_TIMEOUT(limited.frame().size() == QSize(720, 400) && limited.hasCompleteFrame() &&
                                     hasSeveralColours(limited.frame()),
                                 20000);
        QTest::qWait(1000);
        const double seconds = t.elapsed() / 1000.0;
        const QString counts = QStringLiteral("%1 updates at full rate, %2 at 2 a second, in %3 s")
                                   .arg(fastUpdates.count())
                                   .arg(slowUpdates.count())
                                   .arg(seconds);
        qInfo("SPICE: %s", qPrintable(counts));
        // SeaBIOS's boot draws in many small updates; held to 2 a second they arrive as at most that.
        QVERIFY2(slowUpdates.count() <= int(seconds * 2) + 2, qPrintable(counts));
        QVERIFY2(fastUpdates.count() > slowUpdates.count(), qPrintable(counts));
        // Held back, not lost: the limited session's picture is SeaBIOS's as well.
        QCOMPARE(limited.frame().size(), unlimited.frame().size());
    }

    void qemuWrongPasswordFailsWithoutRetry()
    {
        QemuSpiceServer qemu;
        const QString why = qemu.start({QStringLiteral("-object"), QStringLiteral("secret,id=s0,data=xyz")},
                                       QStringLiteral("password-secret=s0"));
        if (why.contains(QStringLiteral("not installed")))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        auto calls = std::make_shared<int>(0);
        SpiceSession wrong(socketEndpoint(qemu.socket(), calls, QStringLiteral("abc")));
        wrong.setAutoReconnect(true);
        wrong.open();
        QTRY_COMPARE_WITH_TIMEOUT(wrong.state(), State::Failed, 20000);
        QCOMPARE(wrong.stateMessage(), QStringLiteral("SPICE: the password was refused"));
        const int atFailure = *calls;
        QTest::qWait(GraphicsSession::kReconnectIntervalMs + 1000);
        QCOMPARE(*calls, atFailure);
        QCOMPARE(wrong.state(), State::Failed);

        // The right one gets in.
        SpiceSession right(socketEndpoint(qemu.socket(), calls, QStringLiteral("xyz")));
        right.open();
        QTRY_COMPARE_WITH_TIMEOUT(right.state(), State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(right.hasCompleteFrame(), 20000);
    }

    void serverGoneIsLostAndRetried()
    {
        auto qemu = std::make_unique<QemuSpiceServer>();
        const QString why = qemu->start({}, QStringLiteral("disable-ticketing=on"));
        if (why.contains(QStringLiteral("not installed")))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto calls = std::make_shared<int>(0);
        SpiceSession session(socketEndpoint(qemu->socket(), calls));
        session.setAutoReconnect(true);
        QSignalSpy states(&session, &GraphicsSession::stateChanged);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == State::Connected && session.hasCompleteFrame(), 20000);
        states.clear();
        const int atLoss = *calls;
        qemu.reset(); // QEMU killed: the channels break
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 10000);
        QCOMPARE(states.first().at(0).value<State>(), State::Closed);
        const QString lost = states.first().at(1).toString();
        QVERIFY2(lost.startsWith(QStringLiteral("SPICE ")) && lost.contains(QStringLiteral(" channel: ")),
                 qPrintable(lost));
        // The retry asks for a socket again (and fails: nothing listens).
        QTRY_VERIFY_WITH_TIMEOUT(*calls > atLoss, 3 * GraphicsSession::kReconnectIntervalMs);
        session.close();
    }
};

QTEST_GUILESS_MAIN(TestSpiceSession)
#include "tst_spicesession.moc"
