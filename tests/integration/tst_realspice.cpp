// SPICE console on a real host (issue 7, Tests): the test guest launched through the engine on the
// fixture's libvirtd; ConsoleService finds its SPICE display and hands SpiceSession one socket per
// channel from virDomainOpenGraphicsFD (no TCP port). The session reads a complete first frame whose
// pixels are not all one colour, takes a key and closes; a wrong password is refused without a retry.

#include "compute/flavorservice.h"
#include "compute/instance/instanceservice.h"
#include "console/consoleservice.h"
#include "console/spicesession.h"
#include "image/imageservice.h"
#include "localhostlab.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace sd;
using namespace sd::it;

namespace {

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

} // namespace

class TestRealSpice : public QObject
{
    Q_OBJECT

    LocalHostLab m_lab;
    QString m_instanceId;

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
        flavor.name = QStringLiteral("it.spice");
        flavor.vcpus = 1;
        flavor.ramMb = 192;
        flavor.diskGb = 1;
        QVERIFY(e.flavors().create(m_lab.admin, flavor).ok());
        NetworkSpec net;
        net.name = QStringLiteral("it-spice-net");
        QVERIFY(e.networks().create(m_lab.admin, net).ok());
        SubnetSpec sub;
        sub.name = QStringLiteral("it-spice-subnet");
        sub.network = net.name;
        sub.cidr = QStringLiteral("10.79.0.0/24");
        QVERIFY(e.subnets().create(m_lab.admin, sub).ok());
    }

    void cleanupTestCase()
    {
        if (m_instanceId.isEmpty() || !m_lab.engine)
            return;
        auto task = m_lab.engine->instances().remove(m_lab.admin, m_instanceId);
        if (task.ok() && !task->isEmpty())
            (void)m_lab.engine->tasks().wait(*task);
        (void)m_lab.engine->instances().waitUntilSettled(m_instanceId, 60000);
    }

    void spiceSessionReadsTheGuestsScreen()
    {
        Engine &e = *m_lab.engine;
        LaunchSpec s;
        s.name = QStringLiteral("it-spice");
        s.flavor = QStringLiteral("it.spice");
        s.image = QStringLiteral("test-guest");
        s.nics = {{QStringLiteral("it-spice-net"), {}, {}}};
        auto made = e.instances().launch(m_lab.admin, s);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        m_instanceId = made->first().id;
        auto built = e.instances().waitUntilSettled(m_instanceId, 180000);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toString()));
        QVERIFY2(built->status() == QLatin1String("ACTIVE"),
                 qPrintable(built->status() + QStringLiteral(": ") + built->fault.message));

        QObject context;
        std::optional<Result<ConsoleEndpoint>> found;
        e.consoles().endpoint(m_lab.admin, m_instanceId, &context,
                              [&](Result<ConsoleEndpoint> r) { found.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 30000);
        QVERIFY2(found->ok(), qPrintable(found->ok() ? QString() : found->error().toString()));
        const ConsoleEndpoint endpoint = found->value();
        QVERIFY2(endpoint.graphicsIndex(QStringLiteral("spice")) >= 0,
                 qPrintable(endpoint.graphics.join(u',')));

        // The instance's generated graphics password, read from the domain's secure XML.
        QVERIFY(!endpoint.password.isEmpty());

        SpiceSession session(endpoint);
        QSignalSpy complete(&session, &GraphicsSession::firstFrameComplete);
        QElapsedTimer t;
        qint64 firstCompleteMs = -1;
        QSize firstSize;
        connect(&session, &GraphicsSession::firstFrameComplete, this, [&] {
            if (firstCompleteMs < 0) {
                firstCompleteMs = t.elapsed();
                firstSize = session.frame().size();
            }
        });
        t.start();
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(complete.count() >= 1, 30000);
        qInfo("SPICE through libvirt: open() to firstFrameComplete took %lld ms, frame %dx%d",
              firstCompleteMs, firstSize.width(), firstSize.height());
        QVERIFY(!session.frame().isNull());
        // The firmware's and the kernel's text on the screen.
        QTRY_VERIFY_WITH_TIMEOUT(session.hasCompleteFrame() && hasSeveralColours(session.frame()), 60000);
        qInfo("SPICE through libvirt: a complete %dx%d frame of several colours %lld ms after open()",
              session.frame().width(), session.frame().height(), t.elapsed());

        session.sendCombination({KeyStroke{0xffe3, 0x1d}, KeyStroke{0x6c, 0x26}}); // Ctrl+L
        session.sendKey(KeyStroke{0xff0d, 0x1c}, true);
        session.sendKey(KeyStroke{0xff0d, 0x1c}, false);
        QTest::qWait(500);
        QCOMPARE(session.state(), GraphicsSession::State::Connected);

        session.close();
        QCOMPARE(session.state(), GraphicsSession::State::Closed);

        // Someone else's password: refused, and not retried.
        ConsoleEndpoint wrongPassword = endpoint;
        wrongPassword.password = QStringLiteral("not-the-password");
        SpiceSession refused(wrongPassword);
        refused.setAutoReconnect(true);
        refused.open();
        QTRY_COMPARE_WITH_TIMEOUT(refused.state(), GraphicsSession::State::Failed, 20000);
        QCOMPARE(refused.stateMessage(), QStringLiteral("SPICE: the password was refused"));
        QTest::qWait(GraphicsSession::kReconnectIntervalMs + 500);
        QCOMPARE(refused.state(), GraphicsSession::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestRealSpice)
#include "tst_realspice.moc"
