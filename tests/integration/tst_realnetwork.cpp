// Networking on a real host (issue 5, Tests): a tenant network, a subnet and two ports made in the engine,
// realised on libvirtd (in its own network namespace, started by the ctest fixture) as a libvirt network
// and network filters; two test guests, one port each, get exactly the engine's addresses by DHCP; a
// security group without an ICMP rule keeps them from pinging each other, and adding the rule opens it
// while they run. No traffic leaves the namespace: the network is isolated (no router, no NAT).

#include "engine.h"
#include "guestconsole.h"
#include "hosts/hostmanager.h"
#include "hosts/libvirteventloop.h"
#include "libvirtleftovers.h"
#include "localhostlab.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/realize/networkrealizer.h"
#include "network/realize/networkshape.h"
#include "network/realize/networkxml.h"
#include "network/realize/nwfilterxml.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"
#include "tasks/taskrunner.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace sd;
using namespace sd::it;

namespace {

QString errorOf(const Error &e)
{
    return e.toString();
}

// "2 packets transmitted, 2 packets received, 0% packet loss" -> 2
int packetsReceived(const QString &pingOutput)
{
    const auto m = QRegularExpression(QStringLiteral("(\\d+) packets received")).match(pingOutput);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestRealNetwork : public QObject
{
    Q_OBJECT

    struct Guest
    {
        Port port;
        QString uuid;
        QString serialLog;
        virDomainPtr domain = nullptr;
        std::unique_ptr<GuestConsole> console;
    };

    LocalHostLab m_lab;
    Engine *m_engine = nullptr;
    std::unique_ptr<NetworkRealizer> m_realizer;
    RequestContext m_admin;
    QString m_hostId;
    virConnectPtr m_conn = nullptr;
    Network m_network;
    SecurityGroup m_group;
    Guest m_guests[2];
    QString m_consoleError; // set when libvirt could not open a guest's console stream

    QString networkXmlOnHost()
    {
        QString xml;
        if (virNetworkPtr net =
                virNetworkLookupByName(m_conn, NetworkXml::networkName(m_network.id).toUtf8().constData())) {
            char *text = virNetworkGetXMLDesc(net, 0);
            xml = QString::fromUtf8(text);
            free(text);
            virNetworkFree(net);
        }
        return xml;
    }

    bool filterOnHost(const QString &name)
    {
        virNWFilterPtr f = virNWFilterLookupByName(m_conn, name.toUtf8().constData());
        if (f)
            virNWFilterFree(f);
        return f != nullptr;
    }

    // Pings from one guest to the other's engine address; the number of replies.
    int ping(int from, int to)
    {
        const QString ip = m_guests[to].port.fixedIps.first().ipAddress;
        const QString out = m_guests[from].console->run(QStringLiteral("ping -c 2 -W 2 %1").arg(ip), 30000);
        const int received = packetsReceived(out);
        qInfo("guest %d -> %s: %d of 2 replies", from, qPrintable(ip), received);
        return received;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.open();
        if (QTest::currentTestFailed())
            return;
        m_engine = m_lab.engine.get();
        m_admin = m_lab.admin;
        m_hostId = m_lab.hostId;
        Engine &e = *m_engine;
        m_realizer = std::make_unique<NetworkRealizer>(NetworkRealizer::Services{&e.networks(), &e.subnets(),
                                                                                 &e.ports(), &e.routers(),
                                                                                 &e.securityGroups()},
                                                       &e.hosts(), &e.tasks());
        // libvirtd's nwfilter driver is there: security groups are enforced on this host.
        QVERIFY(e.hosts().show(m_admin, m_hostId)->facts.capabilities.nwfilter);

        // The test's own connection, for looking at what the realiser did and for the guests. The event
        // loop must be registered first so the console streams are served.
        LibvirtEventLoop::ensureStarted();
        m_conn = virConnectOpen("qemu:///system");
        QVERIFY(m_conn);
    }

    void realisesATenantNetworkWithAStaticDhcpEntryPerPort()
    {
        NetworkSpec net;
        net.name = QStringLiteral("it-net");
        auto network = m_engine->networks().create(m_admin, net);
        QVERIFY2(network.ok(), qPrintable(network.ok() ? QString() : errorOf(network.error())));
        m_network = *network;
        SubnetSpec sub;
        sub.name = QStringLiteral("it-subnet");
        sub.network = QStringLiteral("it-net");
        sub.cidr = QStringLiteral("10.77.0.0/24");
        QVERIFY(m_engine->subnets().create(m_admin, sub).ok());
        // A group of the test's own: egress only (what Neutron gives a new group), no ICMP in.
        auto group = m_engine->securityGroups().create(m_admin, QStringLiteral("it-no-icmp"), QString());
        QVERIFY2(group.ok(), qPrintable(group.ok() ? QString() : errorOf(group.error())));
        m_group = *group;
        for (int i = 0; i < 2; ++i) {
            PortSpec spec;
            spec.name = QStringLiteral("it-port-%1").arg(i);
            spec.network = QStringLiteral("it-net");
            spec.securityGroups = {m_group.id};
            auto port = m_engine->ports().create(m_admin, spec);
            QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : errorOf(port.error())));
            auto bind = m_realizer->bindPort(m_admin, port->id, m_hostId);
            QVERIFY2(bind.ok(), qPrintable(bind.ok() ? QString() : errorOf(bind.error())));
            const auto done = m_engine->tasks().wait(*bind);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : errorOf(done.error())));
            m_guests[i].port = *m_engine->ports().show(m_admin, port->id);
        }
        QVERIFY(m_realizer->waitUntilIdle(30000));

        const NetworkShape shape = NetworkShape::read(networkXmlOnHost());
        QVERIFY2(shape.valid, "the network runs on the host");
        QCOMPARE(shape.forwardMode, QString()); // isolated: nothing leaves the bridge
        QCOMPARE(shape.bridge, NetworkXml::bridgeName(m_network.id));
        QCOMPARE(shape.dhcpHosts().size(), 2);
        for (const Guest &g : m_guests)
            QVERIFY(shape.dhcpHosts().contains(
                DhcpHost{g.port.macAddress.toLower(), g.port.fixedIps.first().ipAddress,
                         NetworkXml::hostName(g.port.fixedIps.first().ipAddress)}));
        for (const QString &f : {QStringLiteral("sd-clean-traffic"), NwfilterXml::groupFilterName(m_group.id),
                                 NwfilterXml::portFilterName(m_guests[0].port.id),
                                 NwfilterXml::portFilterName(m_guests[1].port.id)})
            QVERIFY2(filterOnHost(f), qPrintable(f));
        QCOMPARE(m_realizer->securityGroupEnforcement(m_hostId),
                 QStringLiteral("security groups are enforced by libvirt network filters on host local"));
    }

    void guestsGetExactlyTheEnginesAddressesByDhcp()
    {
        QVERIFY(!m_guests[1].port.id.isEmpty());
        const QString base = m_lab.vmDir.filePath(QStringLiteral("test-guest.img"));
        QVERIFY(QFile::copy(env("STACKDESK_TEST_GUEST"), base));
        for (int i = 0; i < 2; ++i) {
            Guest &g = m_guests[i];
            g.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            g.serialLog = m_lab.vmDir.filePath(QStringLiteral("serial-%1.log").arg(i));
            const QString overlay = m_lab.vmDir.filePath(QStringLiteral("root-%1.qcow2").arg(i));
            QVERIFY(makeOverlay(base, overlay));
            // The interface exactly as the engine gives it to a domain: network, MAC, virtio, filter.
            const QString nic = m_realizer->interfaceXml(g.port, m_hostId);
            QVERIFY2(nic.contains(NwfilterXml::portFilterName(g.port.id)), qPrintable(nic));
            g.domain = virDomainCreateXML(
                m_conn, testGuestDomainXml(g.uuid, overlay, g.serialLog, nic).toUtf8().constData(), 0);
            QVERIFY2(g.domain, virGetLastErrorMessage());
            g.console = std::make_unique<GuestConsole>(g.domain, g.serialLog);
        }
        for (int i = 0; i < 2; ++i) {
            Guest &g = m_guests[i];
            QVERIFY2(g.console->waitFor(QLatin1String(GuestConsole::kPrompt), 180000),
                     qPrintable(g.console->text().right(2000)));
            const QString ip = g.port.fixedIps.first().ipAddress;
            // udhcpc runs in the background from the guest's init and says on the serial log when it is
            // bound: the DHCP check needs no console client.
            QVERIFY2(g.console->waitFor(QStringLiteral("udhcpc: eth0 bound %1").arg(ip), 60000),
                     qPrintable(g.console->text().right(2000)));
            if (!g.console->open()) {
                // Typing into a guest needs libvirt's console stream. Where libvirtd cannot open the guest's
                // pty (seen in a chroot with its own devpts instance), the checks that type commands cannot
                // run; they say why instead of failing on the machine.
                m_consoleError = g.console->error();
                qWarning("guest %d: virDomainOpenConsole failed: %s", i, qPrintable(m_consoleError));
                continue;
            }
            const QString addr = g.console->run(QStringLiteral("ip -4 addr show eth0"));
            QVERIFY2(addr.contains(QStringLiteral("inet %1/24").arg(ip)), qPrintable(addr));
            // Exactly one IPv4 address: the engine's.
            QCOMPARE(addr.count(QStringLiteral("inet ")), 1);
            qInfo("guest %d (port %s, %s) got %s by DHCP", i, qPrintable(g.port.name),
                  qPrintable(g.port.macAddress), qPrintable(ip));
        }
    }

    void aGroupWithoutAnIcmpRuleBlocksPing()
    {
        QVERIFY(m_guests[1].console);
        if (!m_consoleError.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no console stream to type ping into the guests: ") + m_consoleError));
        QCOMPARE(ping(0, 1), 0);
        QCOMPARE(ping(1, 0), 0);
    }

    void addingTheIcmpRuleOpensPingWhileTheGuestsRun()
    {
        QVERIFY(m_guests[1].console);
        if (!m_consoleError.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no console stream to type ping into the guests: ") + m_consoleError));
        SecurityGroupRuleSpec icmp;
        icmp.group = m_group.id;
        icmp.direction = QStringLiteral("ingress");
        icmp.protocol = QStringLiteral("icmp");
        auto added = m_engine->securityGroups().createRule(m_admin, icmp);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : errorOf(added.error())));
        QVERIFY(m_realizer->waitUntilIdle(30000));
        // Redefining the group's filter re-instantiates the rules of both running guests' interfaces.
        int replies = ping(0, 1);
        for (int attempt = 1; attempt < 5 && replies != 2; ++attempt)
            replies = ping(0, 1);
        QCOMPARE(replies, 2);
        QCOMPARE(ping(1, 0), 2);
    }

    // Two tenants may pick the same CIDR; one host cannot route it to two bridges. libvirt refuses to start
    // the second network, and the realiser leaves nothing of it behind.
    void aNetworkThatCannotStartIsNotLeftHalfCreated()
    {
        QVERIFY(!m_network.id.isEmpty());
        NetworkSpec clash;
        clash.name = QStringLiteral("it-clash");
        auto network = m_engine->networks().create(m_admin, clash);
        QVERIFY(network.ok());
        SubnetSpec sub;
        sub.network = QStringLiteral("it-clash");
        sub.cidr = QStringLiteral("10.77.0.0/24");
        QVERIFY(m_engine->subnets().create(m_admin, sub).ok());
        PortSpec spec;
        spec.network = QStringLiteral("it-clash");
        auto port = m_engine->ports().create(m_admin, spec);
        QVERIFY(port.ok());
        auto bind = m_realizer->bindPort(m_admin, port->id, m_hostId);
        QVERIFY(bind.ok());
        const auto refused = m_engine->tasks().wait(*bind);
        QVERIFY(!refused.ok());
        const QString name = NetworkXml::networkName(network->id);
        QVERIFY2(refused.error().message.contains(name), qPrintable(refused.error().message));
        qInfo("refused as expected: %s", qPrintable(refused.error().message));
        // The port's change may have queued another realisation of the host, which tries (and undoes)
        // the network again: what counts is what is left once the realiser is idle.
        QVERIFY(m_realizer->waitUntilIdle(30000));
        if (virNetworkPtr left = virNetworkLookupByName(m_conn, name.toUtf8().constData())) {
            char *xml = virNetworkGetXMLDesc(left, 0);
            qWarning("left behind (active %d, persistent %d): %s", virNetworkIsActive(left),
                     virNetworkIsPersistent(left), xml);
            free(xml);
            virNetworkFree(left);
            QFAIL("the network that could not start is still on the host");
        }
        // The network that was there is untouched.
        QVERIFY(NetworkShape::read(networkXmlOnHost()).valid);
        QVERIFY(m_engine->ports().remove(m_admin, port->id).ok());
        QVERIFY(m_realizer->waitUntilIdle(30000));
    }

    void unbindingTheLastPortsTakesNetworkAndFiltersAway()
    {
        for (Guest &g : m_guests) {
            g.console.reset();
            if (g.domain) {
                virDomainDestroy(g.domain);
                virDomainFree(g.domain);
                g.domain = nullptr;
            }
        }
        for (Guest &g : m_guests) {
            if (g.port.id.isEmpty())
                continue;
            auto task = m_realizer->unbindPort(m_admin, g.port.id);
            QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : errorOf(task.error())));
            if (!task->isEmpty())
                QVERIFY(m_engine->tasks().wait(*task).ok());
        }
        QVERIFY(m_realizer->waitUntilIdle(30000));
        QVERIFY(networkXmlOnHost().isEmpty());
        QVERIFY(!filterOnHost(NwfilterXml::portFilterName(m_guests[0].port.id)));
        QVERIFY(!filterOnHost(NwfilterXml::groupFilterName(m_group.id)));
    }

    void cleanupTestCase()
    {
        for (Guest &g : m_guests) {
            g.console.reset();
            if (g.domain) {
                virDomainDestroy(g.domain);
                virDomainFree(g.domain);
            }
        }
        // Leave the machine's libvirt as it was.
        if (m_conn) {
            removeStackDeskLeftovers(m_conn, {m_network.id});
            virConnectClose(m_conn);
        }
        m_realizer.reset();
        m_engine = nullptr;
        m_lab.engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestRealNetwork)
#include "tst_realnetwork.moc"
