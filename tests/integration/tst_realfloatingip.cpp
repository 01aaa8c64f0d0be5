// Floating IPs NATed on a real host (issue 5, last piece): a guest on a tenant network behind a router
// whose gateway is on an external network, a floating IP on its port and a security group that lets ICMP
// in from anywhere. A peer network namespace of the test's own, plugged into the external network's bridge
// inside libvirtd's namespace, pings the floating IP and gets replies; the guest's own packets reach the
// peer from the floating IP; disassociating stops the replies, and unbinding takes rules and addresses
// away. Everything happens inside libvirtd's namespace (started by the ctest fixture) and the peer's.

#include "engine.h"
#include "guestconsole.h"
#include "hosts/daemonnetns.h"
#include "hosts/hostmanager.h"
#include "hosts/libvirteventloop.h"
#include "hosts/netnscommand.h"
#include "libvirtleftovers.h"
#include "localhostlab.h"
#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/realize/natapplier.h"
#include "network/realize/networkrealizer.h"
#include "network/realize/networkshape.h"
#include "network/realize/networkxml.h"
#include "network/routerservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"
#include "tasks/taskrunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::it;

namespace {

const QString kPeerAddress = QStringLiteral("198.51.100.50");

// "3 packets transmitted, 3 received" (iputils) or "3 packets received" (busybox) -> 3
int packetsReceived(const QString &pingOutput)
{
    const auto m = QRegularExpression(QStringLiteral("(\\d+) (packets )?received")).match(pingOutput);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString must(const Result<QByteArray> &r)
{
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return QStringLiteral("<failed: %1>").arg(r.error().message);
    }
    return QString::fromUtf8(*r);
}

} // namespace

class TestRealFloatingIp : public QObject
{
    Q_OBJECT

    LocalHostLab m_lab;
    virConnectPtr m_conn = nullptr;
    Network m_public;
    Network m_private;
    Router m_router;
    Port m_port;
    FloatingIp m_fip;
    virDomainPtr m_domain = nullptr;
    std::unique_ptr<GuestConsole> m_console;
    QString m_consoleError;
    // libvirtd's namespace (where the bridges are) and the peer's, made by this test.
    QString m_daemonNs;
    const QString m_peerNs = QStringLiteral("sdfip-peer-%1").arg(QCoreApplication::applicationPid());
    bool m_peerMade = false;

    NetnsCommand daemon() const { return NetnsCommand(m_daemonNs); }
    NetnsCommand peer() const { return NetnsCommand(QStringLiteral("/run/netns/") + m_peerNs); }

    QString networkXmlOnHost(const QString &networkId)
    {
        QString xml;
        if (virNetworkPtr net =
                virNetworkLookupByName(m_conn, NetworkXml::networkName(networkId).toUtf8().constData())) {
            char *text = virNetworkGetXMLDesc(net, 0);
            xml = QString::fromUtf8(text);
            free(text);
            virNetworkFree(net);
        }
        return xml;
    }

    QString stackDeskTable() const
    {
        auto r = daemon().run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("table"),
                                                      QStringLiteral("ip"), QStringLiteral("stackdesk")});
        return r ? QString::fromUtf8(*r) : QString();
    }

    QString externalAddresses() const
    {
        return must(
            daemon().run(QStringLiteral("ip"), {QStringLiteral("-4"), QStringLiteral("-o"),
                                                QStringLiteral("addr"), QStringLiteral("show"),
                                                QStringLiteral("dev"), NetworkXml::bridgeName(m_public.id)}));
    }

    // Pings the floating IP from the peer; the number of replies (up to `count`).
    int pingFromPeer(int count = 3)
    {
        const QString out =
            must(peer().run(env("STACKDESK_TEST_BUSYBOX"),
                            {QStringLiteral("ping"), QStringLiteral("-c"), QString::number(count),
                             QStringLiteral("-W"), QStringLiteral("2"), m_fip.floatingIpAddress},
                            {}, 30000));
        // ping exits 1 when nothing came back: that is an answer here, not a failure of the tool.
        const int received =
            out.startsWith(QLatin1String("<failed")) && out.contains(QLatin1String("exit code 1"))
                ? 0
                : packetsReceived(out);
        qInfo("peer %s -> %s: %d of %d replies", qPrintable(kPeerAddress),
              qPrintable(m_fip.floatingIpAddress), received, count);
        return received;
    }

    void removePeer()
    {
        if (!m_peerMade)
            return;
        // The veth pair goes with the namespace that holds one of its ends.
        QProcess::execute(NetnsCommand::findTool(QStringLiteral("ip")),
                          {QStringLiteral("netns"), QStringLiteral("del"), m_peerNs});
        m_peerMade = false;
    }

    // The guest pings the peer; how many of its echo requests reached the peer from `source`. The peer counts
    // them with a table of its own, in its own namespace.
    int guestPingsPeerFrom(const QString &source)
    {
        const QByteArray counter =
            QStringLiteral("table ip sdpeer\n"
                           "delete table ip sdpeer\n"
                           "table ip sdpeer {\n"
                           "\tchain input {\n"
                           "\t\ttype filter hook input priority filter; policy accept;\n"
                           "\t\tip saddr %1 icmp type echo-request counter\n"
                           "\t}\n"
                           "}\n")
                .arg(source)
                .toUtf8();
        auto made = peer().run(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")}, counter);
        if (!made) {
            qWarning("%s", qPrintable(made.error().message));
            return -1;
        }
        const QString out = m_console->run(QStringLiteral("ping -c 3 -W 2 %1").arg(kPeerAddress), 30000);
        qInfo("guest -> peer: %d of 3 replies", packetsReceived(out));
        const QString listed =
            must(peer().run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("table"),
                                                    QStringLiteral("ip"), QStringLiteral("sdpeer")}));
        const auto m = QRegularExpression(QStringLiteral("counter packets (\\d+)")).match(listed);
        const int seen = m.hasMatch() ? m.captured(1).toInt() : -1;
        qInfo("the peer saw %d echo request(s) from %s", seen, qPrintable(source));
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.open();
        if (QTest::currentTestFailed())
            return;
        const HostInfo host = m_lab.host();
        QVERIFY2(host.facts.capabilities.floatingIpNat, qPrintable(host.facts.natProblem));
        QCOMPARE(m_lab.engine->networkRealizer().floatingIpRealization(m_lab.hostId),
                 QStringLiteral("floating IPs are NATed by nftables on host local (table ip stackdesk)"));

        auto ns = DaemonNetns::find(host.record.uri);
        QVERIFY2(ns.ok(), qPrintable(ns.ok() ? QString() : ns.error().message));
        // The fixture's libvirtd runs in a namespace of its own: never write rules into this machine's.
        QVERIFY2(!ns->isEmpty(),
                 "libvirtd must run in its own network namespace (scripts/libvirtd-netns.sh)");
        m_daemonNs = *ns;

        LibvirtEventLoop::ensureStarted();
        m_conn = virConnectOpen("qemu:///system");
        QVERIFY(m_conn);
    }

    void aRouterWithAGatewayRoutesBothNetworksAndNatsTheFloatingIp()
    {
        Engine &e = *m_lab.engine;
        NetworkSpec pub;
        pub.name = QStringLiteral("it-public");
        pub.external = true;
        auto network = e.networks().create(m_lab.admin, pub);
        QVERIFY2(network.ok(), qPrintable(network.ok() ? QString() : network.error().toString()));
        m_public = *network;
        SubnetSpec pubSubnet;
        pubSubnet.network = pub.name;
        pubSubnet.cidr = QStringLiteral("198.51.100.0/24");
        pubSubnet.allocationPools = {{QStringLiteral("198.51.100.10"), QStringLiteral("198.51.100.40")}};
        QVERIFY(e.subnets().create(m_lab.admin, pubSubnet).ok());

        NetworkSpec priv;
        priv.name = QStringLiteral("it-private");
        network = e.networks().create(m_lab.admin, priv);
        QVERIFY(network.ok());
        m_private = *network;
        SubnetSpec privSubnet;
        privSubnet.name = QStringLiteral("it-private-subnet");
        privSubnet.network = priv.name;
        privSubnet.cidr = QStringLiteral("10.78.0.0/24");
        QVERIFY(e.subnets().create(m_lab.admin, privSubnet).ok());

        RouterSpec r;
        r.name = QStringLiteral("it-edge");
        r.externalNetwork = pub.name;
        auto router = e.routers().create(m_lab.admin, r);
        QVERIFY2(router.ok(), qPrintable(router.ok() ? QString() : router.error().toString()));
        auto withInterface = e.routers().addInterface(m_lab.admin, r.name, privSubnet.name);
        QVERIFY2(withInterface.ok(),
                 qPrintable(withInterface.ok() ? QString() : withInterface.error().toString()));
        m_router = *withInterface;
        QVERIFY(!m_router.externalFixedIps.isEmpty());

        auto group = e.securityGroups().create(m_lab.admin, QStringLiteral("it-ping-in"), QString());
        QVERIFY(group.ok());
        SecurityGroupRuleSpec icmp;
        icmp.group = group->id;
        icmp.protocol = QStringLiteral("icmp");
        icmp.remoteIpPrefix = QStringLiteral("0.0.0.0/0");
        QVERIFY(e.securityGroups().createRule(m_lab.admin, icmp).ok());

        PortSpec ps;
        ps.name = QStringLiteral("it-web");
        ps.network = priv.name;
        ps.securityGroups = {group->id};
        auto port = e.ports().create(m_lab.admin, ps);
        QVERIFY(port.ok());
        FloatingIpSpec fs;
        fs.network = pub.name;
        fs.port = port->id;
        auto fip = e.floatingIps().create(m_lab.admin, fs);
        QVERIFY2(fip.ok(), qPrintable(fip.ok() ? QString() : fip.error().toString()));

        auto bind = e.networkRealizer().bindPort(m_lab.admin, port->id, m_lab.hostId);
        QVERIFY2(bind.ok(), qPrintable(bind.ok() ? QString() : bind.error().toString()));
        const auto done = e.tasks().wait(*bind);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
        QVERIFY(e.networkRealizer().waitUntilIdle(30000));
        m_port = *e.ports().show(m_lab.admin, port->id);
        m_fip = *e.floatingIps().show(m_lab.admin, fip->id);
        QCOMPARE(m_fip.hostId, m_lab.hostId);

        // Routed, not libvirt-NATed: libvirt's NAT mode would reject the DNAT'd connections.
        QCOMPARE(NetworkShape::read(networkXmlOnHost(m_private.id)).forwardMode, QStringLiteral("route"));
        QCOMPARE(NetworkShape::read(networkXmlOnHost(m_public.id)).forwardMode, QStringLiteral("route"));
        const QString fixed = m_port.fixedIps.first().ipAddress;
        const QString table = stackDeskTable();
        QVERIFY2(table.contains(QStringLiteral("ip daddr %1 dnat to %2").arg(m_fip.floatingIpAddress, fixed)),
                 qPrintable(table));
        QVERIFY2(
            table.contains(QStringLiteral("snat to %1").arg(m_router.externalFixedIps.first().ipAddress)),
            qPrintable(table));
        const QString addresses = externalAddresses();
        QVERIFY2(addresses.contains(QStringLiteral("inet %1/32").arg(m_fip.floatingIpAddress)),
                 qPrintable(addresses));
        QVERIFY2(
            addresses.contains(QStringLiteral("inet %1/32").arg(m_router.externalFixedIps.first().ipAddress)),
            qPrintable(addresses));
    }

    void theGuestGetsItsAddressBehindTheRouter()
    {
        QVERIFY(!m_port.id.isEmpty());
        const QString base = m_lab.vmDir.filePath(QStringLiteral("test-guest.img"));
        QVERIFY(QFile::copy(env("STACKDESK_TEST_GUEST"), base));
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString serialLog = m_lab.vmDir.filePath(QStringLiteral("serial.log"));
        const QString overlay = m_lab.vmDir.filePath(QStringLiteral("root.qcow2"));
        QVERIFY(makeOverlay(base, overlay));
        const QString nic = m_lab.engine->networkRealizer().interfaceXml(m_port, m_lab.hostId);
        m_domain = virDomainCreateXML(
            m_conn, testGuestDomainXml(uuid, overlay, serialLog, nic).toUtf8().constData(), 0);
        QVERIFY2(m_domain, virGetLastErrorMessage());
        m_console = std::make_unique<GuestConsole>(m_domain, serialLog);
        QVERIFY2(m_console->waitFor(QLatin1String(GuestConsole::kPrompt), 180000),
                 qPrintable(m_console->text().right(2000)));
        QVERIFY2(m_console->waitFor(
                     QStringLiteral("udhcpc: eth0 bound %1").arg(m_port.fixedIps.first().ipAddress), 60000),
                 qPrintable(m_console->text().right(2000)));
        if (!m_console->open()) {
            m_consoleError = m_console->error();
            qWarning("virDomainOpenConsole failed: %s", qPrintable(m_consoleError));
        }
    }

    void aPeerOnTheExternalNetworkPingsTheFloatingIp()
    {
        QVERIFY(m_domain);
        const QString ip = NetnsCommand::findTool(QStringLiteral("ip"));
        QCOMPARE(QProcess::execute(ip, {QStringLiteral("netns"), QStringLiteral("add"), m_peerNs}), 0);
        m_peerMade = true;
        const QString hostEnd = QStringLiteral("sdfip-h%1").arg(QCoreApplication::applicationPid() % 100000);
        const QString peerEnd = QStringLiteral("sdfip-p%1").arg(QCoreApplication::applicationPid() % 100000);
        // The veth is made inside libvirtd's namespace, its peer end moved straight into the peer's.
        for (const QStringList &args :
             {QStringList{QStringLiteral("link"), QStringLiteral("add"), hostEnd, QStringLiteral("type"),
                          QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), peerEnd,
                          QStringLiteral("netns"), m_peerNs},
              QStringList{QStringLiteral("link"), QStringLiteral("set"), hostEnd, QStringLiteral("master"),
                          NetworkXml::bridgeName(m_public.id), QStringLiteral("up")}}) {
            auto r = daemon().run(QStringLiteral("ip"), args);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        }
        for (const QStringList &args :
             {QStringList{QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                          QStringLiteral("up")},
              QStringList{QStringLiteral("addr"), QStringLiteral("add"), kPeerAddress + QStringLiteral("/24"),
                          QStringLiteral("dev"), peerEnd},
              QStringList{QStringLiteral("link"), QStringLiteral("set"), peerEnd, QStringLiteral("up")}}) {
            auto r = peer().run(QStringLiteral("ip"), args);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        }
        // The guest's default route and the bridge port come up in a few seconds: a bounded number of tries.
        int replies = pingFromPeer();
        for (int attempt = 1; attempt < 6 && replies <= 0; ++attempt)
            replies = pingFromPeer();
        QVERIFY2(replies > 0, "the floating IP answers from the external network");
        // The router's gateway answers ping too (and nothing else).
        const QString gateway = m_router.externalFixedIps.first().ipAddress;
        const QString out =
            must(peer().run(env("STACKDESK_TEST_BUSYBOX"),
                            {QStringLiteral("ping"), QStringLiteral("-c"), QStringLiteral("1"),
                             QStringLiteral("-W"), QStringLiteral("2"), gateway},
                            {}, 30000));
        QVERIFY2(packetsReceived(out) == 1, qPrintable(out));
    }

    void theGuestReachesThePeerFromItsFloatingIp()
    {
        QVERIFY(m_peerMade);
        if (!m_consoleError.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no console stream to type ping into the guest: ") +
                             m_consoleError));
        QVERIFY(guestPingsPeerFrom(m_fip.floatingIpAddress) >= 1);
    }

    void disassociatingStopsTheReplies()
    {
        QVERIFY(m_peerMade);
        auto fip = m_lab.engine->floatingIps().disassociate(m_lab.admin, m_fip.id);
        QVERIFY2(fip.ok(), qPrintable(fip.ok() ? QString() : fip.error().toString()));
        QVERIFY(m_lab.engine->networkRealizer().waitUntilIdle(30000));
        QVERIFY2(!stackDeskTable().contains(m_fip.floatingIpAddress), qPrintable(stackDeskTable()));
        QVERIFY2(!externalAddresses().contains(QStringLiteral("inet %1/").arg(m_fip.floatingIpAddress)),
                 qPrintable(externalAddresses()));
        QCOMPARE(pingFromPeer(2), 0);
        // Without its floating IP the guest still reaches the external network: as the router's gateway.
        if (m_consoleError.isEmpty())
            QVERIFY(guestPingsPeerFrom(m_router.externalFixedIps.first().ipAddress) >= 1);
    }

    void unbindingTakesRulesAndAddressesAway()
    {
        m_console.reset();
        if (m_domain) {
            virDomainDestroy(m_domain);
            virDomainFree(m_domain);
            m_domain = nullptr;
        }
        QVERIFY(!m_port.id.isEmpty());
        auto task = m_lab.engine->networkRealizer().unbindPort(m_lab.admin, m_port.id);
        QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : task.error().toString()));
        if (!task->isEmpty())
            QVERIFY(m_lab.engine->tasks().wait(*task).ok());
        QVERIFY(m_lab.engine->networkRealizer().waitUntilIdle(30000));
        QCOMPARE(stackDeskTable(), QString()); // no table at all
        QVERIFY(networkXmlOnHost(m_private.id).isEmpty());
        QVERIFY(networkXmlOnHost(m_public.id).isEmpty());
        // No address of ours on any bridge of the daemon's namespace.
        const QString all =
            must(daemon().run(QStringLiteral("ip"), {QStringLiteral("-4"), QStringLiteral("-o"),
                                                     QStringLiteral("addr"), QStringLiteral("show")}));
        QVERIFY2(!all.contains(QStringLiteral(":f")), qPrintable(all));
    }

    void cleanupTestCase()
    {
        removePeer();
        m_console.reset();
        if (m_domain) {
            virDomainDestroy(m_domain);
            virDomainFree(m_domain);
        }
        if (!m_daemonNs.isEmpty())
            (void)daemon().run(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")},
                               "table ip stackdesk\ndelete table ip stackdesk\n");
        // Leave the machine's libvirt as it was.
        if (m_conn) {
            removeStackDeskLeftovers(m_conn, {m_private.id, m_public.id});
            virConnectClose(m_conn);
        }
        m_lab.engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestRealFloatingIp)
#include "tst_realfloatingip.moc"
