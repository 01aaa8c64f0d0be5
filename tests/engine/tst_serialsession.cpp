// The serial console session where no guest can answer: the demo lab's simulated hosts (the console
// service refuses them in the user's words), libvirt's test driver (which cannot open a console), and
// sessions closed or destroyed while their stream is on its way. Real consoles are in
// tests/integration/tst_realserial.cpp.

#include "computelab.h"

#include "console/consoleservice.h"
#include "console/serialsession.h"

#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace sd;
using namespace sd::test;

namespace {

// An endpoint as ConsoleService builds one, for instance "web-1" on host "sim-1"; openSerial is the
// test's.
ConsoleEndpoint endpointFor(std::function<void(QObject *, ConsoleEndpoint::StreamCallback)> openSerial)
{
    ConsoleEndpoint e;
    e.instanceId = QStringLiteral("0b6f5c1e-0000-4000-8000-000000000001");
    e.instanceName = QStringLiteral("web-1");
    e.hostName = QStringLiteral("sim-1");
    e.domainName = QStringLiteral("test");
    e.serial = true;
    e.openSerial = std::move(openSerial);
    return e;
}

// Answers openSerial later, from an object of the test's (not the session), with what `make` returns.
struct LateAnswer
{
    QObject timerContext;
    int answered = 0;

    std::function<void(QObject *, ConsoleEndpoint::StreamCallback)>
    opener(std::function<Result<virStreamPtr>()> make, int delayMs = 50)
    {
        return [this, make, delayMs](QObject *, ConsoleEndpoint::StreamCallback done) {
            QTimer::singleShot(delayMs, &timerContext, [this, make, done] {
                ++answered;
                done(make());
            });
        };
    }
};

} // namespace

class TestSerialSession : public QObject
{
    Q_OBJECT

    virConnectPtr m_test = nullptr; // libvirt's test driver, which has domain "test" and no consoles

    // A stream on the test driver that virDomainOpenConsole refused, as a host's worker would report it.
    Result<virStreamPtr> openOnTestDriver()
    {
        virDomainPtr dom = virDomainLookupByName(m_test, "test");
        if (!dom)
            return makeError(ErrorCode::NotFound, QStringLiteral("no domain test"));
        virStreamPtr stream = virStreamNew(m_test, VIR_STREAM_NONBLOCK);
        const int opened = virDomainOpenConsole(dom, nullptr, stream, VIR_DOMAIN_CONSOLE_FORCE);
        virDomainFree(dom);
        if (opened < 0) {
            const QString why = QString::fromUtf8(virGetLastErrorMessage());
            virStreamFree(stream);
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("Host sim-1 could not open the serial console of web-1: %1").arg(why));
        }
        return stream;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SerialSession::State>();
        m_test = virConnectOpen("test:///default");
        QVERIFY(m_test);
    }

    void cleanupTestCase()
    {
        if (m_test)
            virConnectClose(m_test);
    }

    void simulatedHostIsRefusedInTheUsersWords()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto web = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web-1")));
        QVERIFY2(web.ok(), qPrintable(web.ok() ? QString() : web.error().toString()));
        QObject context;
        std::optional<Result<ConsoleEndpoint>> found;
        lab.engine->consoles().endpoint(lab.demo, QStringLiteral("web-1"), &context,
                                        [&](Result<ConsoleEndpoint> r) { found = std::move(r); });
        QTRY_VERIFY(found.has_value());
        QVERIFY(!found->ok());
        QVERIFY2(found->error().message.contains(QStringLiteral("web-1")),
                 qPrintable(found->error().message));
        QVERIFY2(found->error().message.contains(QStringLiteral("simulated host")),
                 qPrintable(found->error().message));
    }

    void domainWithoutSerialFails()
    {
        ConsoleEndpoint e = endpointFor({});
        e.serial = false;
        SerialSession session(e);
        QSignalSpy states(&session, &SerialSession::stateChanged);
        session.open();
        QCOMPARE(session.state(), SerialSession::State::Failed);
        QCOMPARE(session.stateMessage(), QStringLiteral("Instance web-1 has no serial console"));
        QCOMPARE(states.count(), 2); // Connecting, Failed
        session.close();
        session.close();
        QCOMPARE(session.state(), SerialSession::State::Failed);
        // Sending to nobody is dropped, not queued for a stream that never comes.
        session.send("ls\n");
    }

    void endpointWithoutOpenerFails()
    {
        SerialSession session(endpointFor({}));
        session.open();
        QCOMPARE(session.state(), SerialSession::State::Failed);
        QVERIFY2(session.stateMessage().contains(QStringLiteral("web-1")),
                 qPrintable(session.stateMessage()));
        QVERIFY2(session.stateMessage().contains(QStringLiteral("sim-1")),
                 qPrintable(session.stateMessage()));
    }

    void refusedConsoleFailsWithLibvirtsReason()
    {
        SerialSession session(endpointFor([this](QObject *context, ConsoleEndpoint::StreamCallback done) {
            QMetaObject::invokeMethod(
                context, [this, done] { done(openOnTestDriver()); }, Qt::QueuedConnection);
        }));
        session.setAutoReconnect(true);
        QSignalSpy states(&session, &SerialSession::stateChanged);
        session.open();
        QCOMPARE(session.state(), SerialSession::State::Connecting);
        QTRY_COMPARE(session.state(), SerialSession::State::Failed);
        QVERIFY2(session.stateMessage().startsWith(
                     QStringLiteral("Host sim-1 could not open the serial console of web-1: ")),
                 qPrintable(session.stateMessage()));
        // The test driver's own words follow (it does not support consoles).
        QVERIFY2(session.stateMessage().size() > 60, qPrintable(session.stateMessage()));
        // A first open that fails is not a drop: no retry, even with autoReconnect.
        QTest::qWait(SerialSession::kReconnectIntervalMs + 300);
        QCOMPARE(session.state(), SerialSession::State::Failed);
        QCOMPARE(states.count(), 2);
        session.close();
        session.close();
        QCOMPARE(session.state(), SerialSession::State::Failed);
    }

    void streamThatCannotBeWatchedFails()
    {
        // A stream libvirt made but no console joined: the test driver has no stream callbacks for it.
        SerialSession session(endpointFor([this](QObject *context, ConsoleEndpoint::StreamCallback done) {
            QMetaObject::invokeMethod(
                context, [this, done] { done(virStreamNew(m_test, VIR_STREAM_NONBLOCK)); },
                Qt::QueuedConnection);
        }));
        session.open();
        QTRY_VERIFY(session.state() != SerialSession::State::Connecting);
        QCOMPARE(session.state(), SerialSession::State::Failed);
        QVERIFY2(session.stateMessage().startsWith(
                     QStringLiteral("The serial console of web-1 cannot be watched: ")),
                 qPrintable(session.stateMessage()));
    }

    void closedWhileConnectingStaysClosed()
    {
        LateAnswer late;
        SerialSession session(
            endpointFor(late.opener([this] { return Result<virStreamPtr>(virStreamNew(m_test, 0)); })));
        session.setAutoReconnect(true);
        session.send("typed before the stream came\n");
        session.open();
        QCOMPARE(session.state(), SerialSession::State::Connecting);
        session.close();
        QCOMPARE(session.state(), SerialSession::State::Closed);
        QCOMPARE(session.stateMessage(), QStringLiteral("Closed"));
        QTRY_COMPARE(late.answered, 1);
        // The late stream was released, not adopted; close() means no reconnect either.
        QTest::qWait(SerialSession::kReconnectIntervalMs + 300);
        QCOMPARE(session.state(), SerialSession::State::Closed);
        QCOMPARE(late.answered, 1);
        session.close();
        QCOMPARE(session.state(), SerialSession::State::Closed);
    }

    void destroyedWhileConnecting()
    {
        LateAnswer late;
        auto *session = new SerialSession(
            endpointFor(late.opener([this] { return Result<virStreamPtr>(virStreamNew(m_test, 0)); })));
        session->open();
        session->send("echo hi\n");
        QCOMPARE(session->state(), SerialSession::State::Connecting);
        delete session;
        // The answer still arrives (the opener does not know the session is gone) and must not touch it.
        QTRY_COMPARE(late.answered, 1);
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestSerialSession)
#include "tst_serialsession.moc"
