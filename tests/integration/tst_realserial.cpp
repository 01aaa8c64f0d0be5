// The serial console on a real host (issue 7, Tests): an instance of the test guest launched through the
// engine on libvirtd (in the fixture's network namespace), its console opened by a SerialSession through
// ConsoleService (virDomainOpenConsole, the stream driven from libvirt's event loop), a command typed into
// the guest's shell whose output comes back, the session coming back by itself after a stop and start,
// and `stackctl console serial` doing the same with piped input.

#include "compute/flavorservice.h"
#include "compute/instance/instanceservice.h"
#include "console/consoleservice.h"
#include "console/serialsession.h"
#include "engine.h"
#include "guestconsole.h"
#include "image/imageservice.h"
#include "localhostlab.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace sd;
using namespace sd::it;

namespace {

constexpr const char *kReady = "STACKDESK-TEST-GUEST READY";
// The guest's shell computes the answer, so the echo of the typed line never matches it.
constexpr const char *kCommand = "echo sd-$((6*7))\n";
constexpr const char *kAnswer = "sd-42";

} // namespace

class TestRealSerial : public QObject
{
    Q_OBJECT

    LocalHostLab m_lab;
    QString m_instanceId;

    Result<ConsoleEndpoint> endpoint() { return m_lab.consoleEndpoint(m_instanceId); }
    Result<Instance> act(InstanceAction action) { return m_lab.act(m_instanceId, action); }
    QString consoleLog() { return m_lab.consoleLog(m_instanceId, 200); }

    // Types the command until its answer comes back through received() (the first lines may go to a shell
    // that is not reading yet); what arrived since `from`.
    static bool answered(SerialSession &session, const QByteArray &received, qsizetype from, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            session.send(kCommand);
            if (QTest::qWaitFor([&] { return received.indexOf(kAnswer, from) >= 0; }, 5000))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.open();
        if (QTest::currentTestFailed())
            return;
        m_instanceId = m_lab.launchTestGuest(QStringLiteral("serial"), QStringLiteral("10.81.0.0/24"));
    }

    void cleanupTestCase()
    {
        m_lab.removeInstance(m_instanceId);
        m_lab.engine.reset();
    }

    void aTypedCommandRunsAndItsOutputComesBack()
    {
        auto e = endpoint();
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
        QVERIFY(e->serial);
        SerialSession session(*e);
        QByteArray received;
        connect(&session, &SerialSession::received, this,
                [&](const QByteArray &bytes) { received += bytes; });
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), SerialSession::State::Connected, 30000);
        // The shell is up once the guest said so (on this stream, or before it was opened, in the log).
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return received.contains(kReady) || consoleLog().contains(QLatin1String(kReady)); },
                240000),
            "the guest booted");
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(answered(session, received, 0, 60000), received.right(2000).constData());
        qInfo("serial console: the answer came back %lld ms after the command was first typed",
              clock.elapsed());
        session.close();
        QCOMPARE(session.state(), SerialSession::State::Closed);
        // Nothing more arrives after close().
        const qsizetype size = received.size();
        session.send(kCommand);
        QTest::qWait(1000);
        QCOMPARE(received.size(), size);
        session.close();
    }

    void theSessionComesBackAfterAStopAndStart()
    {
        auto e = endpoint();
        QVERIFY(e.ok());
        SerialSession session(*e);
        session.setAutoReconnect(true);
        QByteArray received;
        QList<SerialSession::State> states;
        QString dropReason;
        connect(&session, &SerialSession::received, this,
                [&](const QByteArray &bytes) { received += bytes; });
        connect(&session, &SerialSession::stateChanged, this,
                [&](SerialSession::State s, const QString &message) {
                    states << s;
                    if (s == SerialSession::State::Closed && dropReason.isEmpty())
                        dropReason = message;
                });
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), SerialSession::State::Connected, 30000);
        QVERIFY(answered(session, received, 0, 60000));

        auto stopped = act(InstanceAction::Stop);
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().toString()));
        QCOMPARE(stopped->status(), QStringLiteral("SHUTOFF"));
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(SerialSession::State::Closed), 30000);
        QVERIFY2(dropReason.startsWith(QStringLiteral("The serial console of it-serial closed: ")),
                 qPrintable(dropReason));
        // While the instance is off, retries find it SHUTOFF and stay Closed (not Failed), saying why.
        QTest::qWait(2 * SerialSession::kReconnectIntervalMs + 500);
        QCOMPARE(session.state(), SerialSession::State::Closed);
        QVERIFY2(session.stateMessage().contains(QStringLiteral("it-serial")),
                 qPrintable(session.stateMessage()));

        const qsizetype before = received.size();
        auto started = act(InstanceAction::Start);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QCOMPARE(started->status(), QStringLiteral("ACTIVE"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), SerialSession::State::Connected, 30000);
        // The new boot is seen on the reconnected stream, and its shell answers.
        QVERIFY2(QTest::qWaitFor([&] { return received.indexOf(kReady, before) >= 0; }, 240000),
                 received.mid(before).right(2000).constData());
        QVERIFY(answered(session, received, before, 60000));
        session.close();
        QCOMPARE(session.state(), SerialSession::State::Closed);
    }

    void stackctlConsoleSerialPipesTheTerminal()
    {
        QProcess stackctl;
        stackctl.start(env("STACKDESK_STACKCTL"),
                       {QStringLiteral("--data-dir"), m_lab.data.path() + QStringLiteral("/data"),
                        QStringLiteral("console"), QStringLiteral("serial"), QStringLiteral("it-serial")});
        QVERIFY(stackctl.waitForStarted());
        // Piped input, not a terminal: stackctl leaves termios alone and ends after the input does.
        stackctl.write(QByteArray("\n") + kCommand);
        stackctl.closeWriteChannel();
        QVERIFY(stackctl.waitForFinished(60000));
        const QString err = QString::fromUtf8(stackctl.readAllStandardError());
        const QByteArray out = stackctl.readAllStandardOutput();
        QCOMPARE(stackctl.exitCode(), 0);
        QVERIFY2(
            err.startsWith(QStringLiteral("Connected to the serial console of it-serial (Ctrl+] to quit)")),
            qPrintable(err));
        QVERIFY2(out.contains(kAnswer), out.constData());

        // Ctrl+] ends it at once with exit 0, whatever follows.
        QProcess quitting;
        quitting.start(env("STACKDESK_STACKCTL"),
                       {QStringLiteral("--data-dir"), m_lab.data.path() + QStringLiteral("/data"),
                        QStringLiteral("console"), QStringLiteral("serial"), QStringLiteral("it-serial")});
        QVERIFY(quitting.waitForStarted());
        QVERIFY(
            QTest::qWaitFor([&] { return quitting.readAllStandardError().contains("Connected"); }, 30000));
        quitting.write("\x1d"
                       "echo never\n");
        QVERIFY(quitting.waitForFinished(10000));
        QCOMPARE(quitting.exitCode(), 0);
    }

    // On a terminal (a pty from script(1)), raw mode is undone however stackctl ends: Ctrl+] and SIGTERM.
    void stackctlPutsTheTerminalBack()
    {
        const QString stackctl = QStringLiteral("%1 --data-dir %2/data console serial it-serial")
                                     .arg(env("STACKDESK_STACKCTL"), m_lab.data.path());
        // stty -g before and after, around one stackctl ended by Ctrl+] and one by SIGTERM.
        const QString shell = QStringLiteral("stty -g; %1; echo QUIT-EXIT-$?; stty -g; "
                                             "%1 </dev/tty & p=$!; sleep 5; kill -TERM $p; wait $p; "
                                             "echo TERM-EXIT-$?; stty -g")
                                  .arg(stackctl);
        QProcess script;
        script.start(QStringLiteral("script"), {QStringLiteral("-qec"), shell, QStringLiteral("/dev/null")});
        QVERIFY(script.waitForStarted());
        QByteArray output;
        auto readUntil = [&](const QByteArray &needle, int timeoutMs) {
            return QTest::qWaitFor(
                [&] {
                    output += script.readAll();
                    return output.contains(needle);
                },
                timeoutMs);
        };
        QVERIFY2(readUntil("(Ctrl+] to quit)", 30000), output.constData());
        QTest::qWait(500);
        script.write("\x1d");
        QVERIFY2(readUntil("QUIT-EXIT-", 15000), output.constData());
        QVERIFY2(readUntil("TERM-EXIT-", 30000), output.constData());
        QVERIFY(script.waitForFinished(15000));
        output += script.readAll();
        const QString text = QString::fromUtf8(output).remove(QLatin1Char('\r'));
        QVERIFY2(text.contains(QStringLiteral("QUIT-EXIT-0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TERM-EXIT-1")), qPrintable(text));
        // stty -g prints one line of colon-separated hex: the three must be the same settings.
        QStringList settings;
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (line.count(QLatin1Char(':')) > 10 && !line.contains(QLatin1Char(' ')))
                settings << line.trimmed();
        QCOMPARE(settings.size(), 3);
        QCOMPARE(settings.at(1), settings.at(0));
        QCOMPARE(settings.at(2), settings.at(0));
    }

    void stackctlConsoleSerialRefusesAStoppedInstance()
    {
        auto stopped = act(InstanceAction::Stop);
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().toString()));
        QProcess stackctl;
        stackctl.start(env("STACKDESK_STACKCTL"),
                       {QStringLiteral("--data-dir"), m_lab.data.path() + QStringLiteral("/data"),
                        QStringLiteral("console"), QStringLiteral("serial"), QStringLiteral("it-serial")});
        QVERIFY(stackctl.waitForFinished(60000));
        const QString err = QString::fromUtf8(stackctl.readAllStandardError());
        QCOMPARE(stackctl.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("it-serial")) && err.contains(QStringLiteral("SHUTOFF")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestRealSerial)
#include "tst_realserial.moc"
