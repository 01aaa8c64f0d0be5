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
        m_instanceId = m_lab.launchTestGuest(QStringLiteral("spice"), QStringLiteral("10.79.0.0/24"));
    }

    void cleanupTestCase() { m_lab.removeInstance(m_instanceId); }

    void spiceSessionReadsTheGuestsScreen()
    {
        QVERIFY(!m_instanceId.isEmpty());
        auto found = m_lab.consoleEndpoint(m_instanceId);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        const ConsoleEndpoint endpoint = found.value();
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
