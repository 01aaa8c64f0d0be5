// Floating IPs and router gateways NATed on hosts (issue 5, last piece): the nftables ruleset a host gets
// for its routers and floating IPs, the route/nat forward mode of its libvirt networks, the /32 addresses
// on the external bridge, and the "modelled only" reason where a host cannot do it. Plans only: no nft runs.

#include "hosts/natprobe.h"
#include "network/realize/hostplanner.h"
#include "network/realize/natapplier.h"
#include "network/realize/networkshape.h"
#include "network/realize/networkxml.h"
#include "network/realize/nftruleset.h"

#include <QTest>

using namespace sd;

namespace {

const QString kExternal = QStringLiteral("e0e0e0e0-0000-4000-8000-000000000001");
const QString kTenant = QStringLiteral("7e7e7e7e-0000-4000-8000-000000000002");
const QString kOther = QStringLiteral("0a0a0a0a-0000-4000-8000-000000000003"); // a second tenant network

Network network(const QString &id, const QString &name, bool external)
{
    Network n;
    n.id = id;
    n.name = name;
    n.external = external;
    return n;
}

Subnet subnet(const QString &id, const QString &networkId, const QString &cidr, const QString &gateway)
{
    Subnet s;
    s.id = id;
    s.networkId = networkId;
    s.cidr = cidr;
    s.gatewayIp = gateway;
    return s;
}

Port guestPort(const QString &id, const QString &networkId, const QString &subnetId, const QString &ip,
               const QString &mac, const QString &host)
{
    Port p;
    p.id = id;
    p.networkId = networkId;
    p.fixedIps = {{subnetId, ip}};
    p.macAddress = mac;
    p.deviceOwner = DeviceOwner::compute(QStringLiteral("nova"));
    p.hostId = host;
    return p;
}

FloatingIp floating(const QString &id, const QString &address, const QString &port, const QString &fixed,
                    const QString &host)
{
    FloatingIp f;
    f.id = id;
    f.floatingIpAddress = address;
    f.floatingNetworkId = kExternal;
    f.portId = port;
    f.fixedIpAddress = fixed;
    f.routerId = QStringLiteral("r-edge");
    f.hostId = host;
    return f;
}

// An external network 203.0.113.0/24, a router "edge" with its gateway at 203.0.113.10 and interfaces on
// two tenant networks (10.1.0.0/24 and 10.2.0.0/24); two guests on h1 with floating IPs, a third guest on
// h2 with one too (h1 must not NAT it), and a floating IP allocated but not associated.
ModelSnapshot lab()
{
    ModelSnapshot m;
    m.networks = {network(kExternal, QStringLiteral("public"), true),
                  network(kTenant, QStringLiteral("private"), false),
                  network(kOther, QStringLiteral("backend"), false)};
    m.subnets = {
        subnet(QStringLiteral("s-pub"), kExternal, QStringLiteral("203.0.113.0/24"),
               QStringLiteral("203.0.113.1")),
        subnet(QStringLiteral("s-priv"), kTenant, QStringLiteral("10.1.0.0/24"), QStringLiteral("10.1.0.1")),
        subnet(QStringLiteral("s-back"), kOther, QStringLiteral("10.2.0.0/24"), QStringLiteral("10.2.0.1"))};
    m.ports = {
        guestPort(QStringLiteral("p-web"), kTenant, QStringLiteral("s-priv"), QStringLiteral("10.1.0.5"),
                  QStringLiteral("fa:16:3e:00:00:05"), QStringLiteral("h1")),
        guestPort(QStringLiteral("p-db"), kOther, QStringLiteral("s-back"), QStringLiteral("10.2.0.7"),
                  QStringLiteral("fa:16:3e:00:00:07"), QStringLiteral("h1")),
        guestPort(QStringLiteral("p-far"), kTenant, QStringLiteral("s-priv"), QStringLiteral("10.1.0.9"),
                  QStringLiteral("fa:16:3e:00:00:09"), QStringLiteral("h2"))};
    Router r;
    r.id = QStringLiteral("r-edge");
    r.name = QStringLiteral("edge");
    r.externalNetworkId = kExternal;
    r.externalFixedIps = {{QStringLiteral("s-pub"), QStringLiteral("203.0.113.10")}};
    r.interfaces = {{QStringLiteral("ri-1"), QStringLiteral("s-priv"), QStringLiteral("10.1.0.1")},
                    {QStringLiteral("ri-2"), QStringLiteral("s-back"), QStringLiteral("10.2.0.1")}};
    m.routers = {r};
    m.floatingIps = {
        floating(QStringLiteral("f-web"), QStringLiteral("203.0.113.21"), QStringLiteral("p-web"),
                 QStringLiteral("10.1.0.5"), QStringLiteral("h1")),
        floating(QStringLiteral("f-db"), QStringLiteral("203.0.113.20"), QStringLiteral("p-db"),
                 QStringLiteral("10.2.0.7"), QStringLiteral("h1")),
        floating(QStringLiteral("f-far"), QStringLiteral("203.0.113.22"), QStringLiteral("p-far"),
                 QStringLiteral("10.1.0.9"), QStringLiteral("h2")),
        floating(QStringLiteral("f-idle"), QStringLiteral("203.0.113.23"), QString(), QString(), QString())};
    return m;
}

HostInfo natHost()
{
    HostInfo h;
    h.record.id = QStringLiteral("h1");
    h.record.name = QStringLiteral("local");
    h.record.uri = QStringLiteral("qemu:///system");
    h.kind = HostKind::Local;
    h.state = HostState::Up;
    h.facts.capabilities.floatingIpNat = true;
    return h;
}

QString forwardOf(const HostPlan &plan, const QString &networkId)
{
    for (const PlannedNetwork &n : plan.networks)
        if (n.networkId == networkId)
            return NetworkShape::read(n.xml).forwardMode;
    return QStringLiteral("(not planned)");
}

const char *kGoldenRuleset = R"(table ip stackdesk
delete table ip stackdesk
table ip stackdesk {
	chain prerouting {
		type nat hook prerouting priority dstnat; policy accept;
		ip daddr 203.0.113.20 dnat to 10.2.0.7
		ip daddr 203.0.113.21 dnat to 10.1.0.5
	}
	chain output {
		type nat hook output priority -100; policy accept;
		ip daddr 203.0.113.20 dnat to 10.2.0.7
		ip daddr 203.0.113.21 dnat to 10.1.0.5
	}
	chain postrouting {
		type nat hook postrouting priority srcnat; policy accept;
		ip daddr { 224.0.0.0/24, 255.255.255.255 } return
		ip saddr 10.2.0.7 oifname "sdbr-e0e0e0e0" snat to 203.0.113.20
		ip saddr 10.1.0.5 oifname "sdbr-e0e0e0e0" snat to 203.0.113.21
		ip saddr 10.1.0.0/24 oifname "sdbr-e0e0e0e0" snat to 203.0.113.10
		ip saddr 10.1.0.0/24 oifname != "sdbr-*" masquerade
		ip saddr 10.2.0.0/24 oifname "sdbr-e0e0e0e0" snat to 203.0.113.10
		ip saddr 10.2.0.0/24 oifname != "sdbr-*" masquerade
		ip saddr 203.0.113.0/24 oifname != "sdbr-*" masquerade
	}
	chain forward {
		type filter hook forward priority filter; policy accept;
		oifname "sdbr-0a0a0a0a" ct state established,related accept
		oifname "sdbr-0a0a0a0a" ct status dnat accept
		oifname "sdbr-0a0a0a0a" iifname { "sdbr-0a0a0a0a", "sdbr-7e7e7e7e" } accept
		oifname "sdbr-0a0a0a0a" reject
		oifname "sdbr-7e7e7e7e" ct state established,related accept
		oifname "sdbr-7e7e7e7e" ct status dnat accept
		oifname "sdbr-7e7e7e7e" iifname { "sdbr-0a0a0a0a", "sdbr-7e7e7e7e" } accept
		oifname "sdbr-7e7e7e7e" reject
		oifname "sdbr-e0e0e0e0" ct state established,related accept
		oifname "sdbr-e0e0e0e0" iifname { "sdbr-0a0a0a0a", "sdbr-7e7e7e7e", "sdbr-e0e0e0e0" } accept
		oifname "sdbr-e0e0e0e0" reject
	}
	chain input {
		type filter hook input priority filter; policy accept;
		ip daddr 203.0.113.10 icmp type echo-request accept
		ip daddr 203.0.113.10 ct state established,related accept
		ip daddr 203.0.113.10 drop
	}
}
)";

} // namespace

class TestNatRealize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesetForARouterAndTwoFloatingIps()
    {
        const HostPlan plan = HostPlanner::plan(lab(), natHost(), {});
        QVERIFY(plan.realizeNat);
        QCOMPARE(plan.uri, QStringLiteral("qemu:///system"));
        QCOMPARE(NftRuleset::write(plan.nat), QString::fromUtf8(kGoldenRuleset));
        // The host answers ARP on the external bridge for the router's gateway and its own floating IPs.
        QCOMPARE(plan.nat.addresses(),
                 (QList<BridgeAddress>{{QStringLiteral("sdbr-e0e0e0e0"), QStringLiteral("203.0.113.10")},
                                       {QStringLiteral("sdbr-e0e0e0e0"), QStringLiteral("203.0.113.20")},
                                       {QStringLiteral("sdbr-e0e0e0e0"), QStringLiteral("203.0.113.21")}}));
        QCOMPARE(NatApplier::addressLabel(QStringLiteral("sdbr-e0e0e0e0")),
                 QStringLiteral("sdbr-e0e0e0e0:f"));
        QVERIFY(NatApplier::addressLabel(QStringLiteral("sdbr-e0e0e0e0")).size() <= 15);
    }

    void theExternalNetworkComesWithTheRouterAndEverythingIsRouted()
    {
        const HostPlan plan = HostPlanner::plan(lab(), natHost(), {});
        // No port of h1 is on the external network: the router brings it, since its gateway lives there.
        QCOMPARE(plan.networks.size(), 3);
        QCOMPARE(forwardOf(plan, kExternal), QStringLiteral("route"));
        QCOMPARE(forwardOf(plan, kTenant), QStringLiteral("route"));
        QCOMPARE(forwardOf(plan, kOther), QStringLiteral("route"));
        for (const PlannedNetwork &n : plan.networks)
            if (n.networkId == kExternal)
                QCOMPARE(n.xml.section(QStringLiteral("</metadata>\n"), 1),
                         QStringLiteral("  <forward mode=\"route\"/>\n"
                                        "  <bridge name=\"sdbr-e0e0e0e0\"/>\n"
                                        "  <mtu size=\"1500\"/>\n"
                                        "  <ip address=\"203.0.113.1\" netmask=\"255.255.255.0\">\n"
                                        "    <dhcp/>\n"
                                        "  </ip>\n"
                                        "  <dnsmasq:options>\n"
                                        "    <dnsmasq:option value=\"dhcp-ignore=tag:!known\"/>\n"
                                        "  </dnsmasq:options>\n"
                                        "</network>\n"));
    }

    void hostsThatCannotNatKeepLibvirtsNat()
    {
        HostInfo host = natHost();
        host.facts.capabilities.floatingIpNat = false;
        host.facts.natProblem = QStringLiteral("nft is not installed (packages nftables and iproute2)");
        const HostPlan plan = HostPlanner::plan(lab(), host, {});
        QVERIFY(!plan.realizeNat);
        QCOMPARE(plan.nat, NatPlan());
        // The guests still reach the outside through libvirt's NAT; the external network is not needed.
        QCOMPARE(forwardOf(plan, kTenant), QStringLiteral("nat"));
        QCOMPARE(forwardOf(plan, kExternal), QStringLiteral("(not planned)"));
        QCOMPARE(HostPlanner::floatingIpRealization(host),
                 QStringLiteral(
                     "modelled only: host local: nft is not installed (packages nftables and iproute2)"));
    }

    void aHostWithNothingToNatLosesTheTable()
    {
        ModelSnapshot m = lab();
        for (Port &p : m.ports)
            p.hostId.clear();
        const HostPlan plan = HostPlanner::plan(m, natHost(), {});
        QVERIFY(plan.realizeNat);
        QVERIFY(plan.networks.isEmpty());
        QCOMPARE(NftRuleset::write(plan.nat),
                 QStringLiteral("table ip stackdesk\ndelete table ip stackdesk\n"));
        QVERIFY(plan.nat.addresses().isEmpty());
    }

    void disassociatingOrDroppingTheGatewayTakesTheRulesAway()
    {
        ModelSnapshot m = lab();
        m.floatingIps[1].portId.clear(); // f-db disassociated
        HostPlan plan = HostPlanner::plan(m, natHost(), {});
        QCOMPARE(plan.nat.floatingIps.size(), 1);
        QCOMPARE(plan.nat.floatingIps.first().floatingIp, QStringLiteral("203.0.113.21"));
        QVERIFY(!NftRuleset::write(plan.nat).contains(QStringLiteral("203.0.113.20")));

        m.routers[0].enableSnat = false; // the floating IP stays; the subnets leave unNATed, as Neutron's
        plan = HostPlanner::plan(m, natHost(), {});
        QVERIFY(!NftRuleset::write(plan.nat).contains(QStringLiteral("snat to 203.0.113.10")));
        QVERIFY(NftRuleset::write(plan.nat).contains(QStringLiteral("snat to 203.0.113.21")));

        m.routers[0].externalNetworkId.clear(); // gateway unset: nothing is routed any more
        m.routers[0].externalFixedIps.clear();
        plan = HostPlanner::plan(m, natHost(), {});
        QCOMPARE(plan.nat, NatPlan());
        QCOMPARE(forwardOf(plan, kTenant), QString());
    }

    void floatingIpsAreModelledOnlyWhereTheHostCannotNatThem_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("realization");
        QTest::newRow("simulated")
            << int(HostKind::Simulated) << "test:///default"
            << "modelled only: simulated host h: libvirt's test driver has no bridges to NAT on";
        QTest::newRow("remote") << int(HostKind::Remote) << "qemu+ssh://root@far/system"
                                << "modelled only: remote host h: StackDesk writes NAT rules only on its own "
                                   "machine (qemu:///system), not over qemu+ssh";
        QTest::newRow("local, not connected yet")
            << int(HostKind::Local) << "qemu:///system"
            << "modelled only: host h: its NAT support is checked when it connects";
    }

    void floatingIpsAreModelledOnlyWhereTheHostCannotNatThem()
    {
        QFETCH(int, kind);
        QFETCH(QString, uri);
        QFETCH(QString, realization);
        HostInfo host;
        host.record.name = QStringLiteral("h");
        host.record.uri = uri;
        host.kind = HostKind(kind);
        QCOMPARE(HostPlanner::floatingIpRealization(host), realization);
        QVERIFY(!HostPlanner::floatingIpNatProblem(host).isEmpty());
    }

    void theLocalHostThatCanSaysSo()
    {
        QCOMPARE(HostPlanner::floatingIpRealization(natHost()),
                 QStringLiteral("floating IPs are NATed by nftables on host local (table ip stackdesk)"));
        QVERIFY(HostPlanner::floatingIpNatProblem(natHost()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNatRealize)
#include "tst_natrealize.moc"
