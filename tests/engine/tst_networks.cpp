// Networking's model: the demo lab's layout, subnet validation, IPAM (including concurrent allocation and
// exhausted pools), routers, floating IPs, security groups and quotas.

#include "testlab.h"

#include "network/floatingipservice.h"
#include "network/ipnet.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"
#include "quota/quotaservice.h"

#include <QSet>

#include <thread>

using namespace sd;
using sd::test::TestLab;

class TestNetworks : public QObject
{
    Q_OBJECT

    static SubnetSpec subnetSpec(const QString &network, const QString &cidr)
    {
        SubnetSpec s;
        s.network = network;
        s.cidr = cidr;
        return s;
    }

    static int subnetCount(TestLab &lab) { return int(lab.engine->subnets().list(lab.admin)->size()); }

private Q_SLOTS:
    void demoLabHasDevstacksLayout()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        const auto networks = lab.engine->networks().list(member);
        QVERIFY(networks.ok());
        QStringList names;
        for (const Network &n : *networks)
            names << n.name;
        QCOMPARE(names, (QStringList{"private", "public"}));
        const Router router = *lab.engine->routers().show(member, QStringLiteral("router1"));
        QCOMPARE(router.externalNetworkId, lab.engine->networks().show(member, QStringLiteral("public"))->id);
        QCOMPARE(router.interfaces.size(), 1);
        QCOMPARE(router.interfaces.first().ipAddress, QStringLiteral("10.0.0.1"));
        QCOMPARE(router.externalFixedIps.first().ipAddress, QStringLiteral("172.24.4.2"));
        // The default group is made on first look, with Neutron's four rules.
        const auto groups = lab.engine->securityGroups().list(member);
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().name, QStringLiteral("default"));
        QCOMPARE(groups->first().rules.size(), 4);
    }

    void subnetsAreValidated_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QStringList>("pools"); // start,end pairs
        QTest::addColumn<QString>("mentions");
        QTest::newRow("prefix 33") << "10.1.0.0/33" << "" << QStringList() << "Subnet 10.1.0.0/33: prefix length must be 0-32";
        QTest::newRow("host bits") << "10.1.0.1/24" << "" << QStringList() << "the network address is 10.1.0.0/24";
        QTest::newRow("not an address") << "10.1.0/24" << "" << QStringList() << "not an IP address";
        QTest::newRow("gateway outside") << "10.1.0.0/24" << "10.1.1.1" << QStringList()
                                         << "Gateway 10.1.1.1 is outside subnet 10.1.0.0/24";
        QTest::newRow("gateway in pool") << "10.1.0.0/24" << "10.1.0.10" << QStringList{"10.1.0.2", "10.1.0.100"}
                                         << "Gateway 10.1.0.10 is inside allocation pool 10.1.0.2-10.1.0.100";
        QTest::newRow("pools overlap") << "10.1.0.0/24" << "" << QStringList{"10.1.0.10", "10.1.0.50", "10.1.0.40", "10.1.0.60"}
                                       << "Allocation pools 10.1.0.10-10.1.0.50 and 10.1.0.40-10.1.0.60 overlap";
        QTest::newRow("pool outside") << "10.1.0.0/24" << "" << QStringList{"10.1.0.200", "10.1.1.5"}
                                      << "is outside subnet 10.1.0.0/24";
        QTest::newRow("pool backwards") << "10.1.0.0/24" << "" << QStringList{"10.1.0.50", "10.1.0.20"}
                                        << "the start is after the end";
        QTest::newRow("overlaps private") << "10.0.0.128/25" << "" << QStringList()
                                          << "overlaps subnet private-subnet (10.0.0.0/24)";
    }

    void subnetsAreValidated()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, gateway);
        QFETCH(QStringList, pools);
        QFETCH(QString, mentions);
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const int before = subnetCount(lab);
        SubnetSpec spec = subnetSpec(QStringLiteral("private"), cidr);
        spec.gatewayIp = gateway;
        for (int i = 0; i + 1 < pools.size(); i += 2)
            spec.allocationPools.append({pools[i], pools[i + 1]});
        const auto r = lab.engine->subnets().create(lab.admin, spec);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QCOMPARE(subnetCount(lab), before);
    }

    void defaultsFollowNeutron()
    {
        const auto s = SubnetService::resolve(subnetSpec(QStringLiteral("n"), QStringLiteral("192.168.5.0/24")), {});
        QVERIFY(s.ok());
        QCOMPARE(s->gatewayIp, QStringLiteral("192.168.5.1"));
        QCOMPARE(s->allocationPools, (QList<AllocationPool>{{"192.168.5.2", "192.168.5.254"}}));
        SubnetSpec mid = subnetSpec(QStringLiteral("n"), QStringLiteral("192.168.5.0/24"));
        mid.gatewayIp = QStringLiteral("192.168.5.100");
        QCOMPARE(SubnetService::resolve(mid, {})->allocationPools,
                 (QList<AllocationPool>{{"192.168.5.1", "192.168.5.99"}, {"192.168.5.101", "192.168.5.254"}}));
        SubnetSpec v6 = subnetSpec(QStringLiteral("n"), QStringLiteral("fd00:1::/64"));
        v6.noGateway = true;
        const auto six = SubnetService::resolve(v6, {});
        QVERIFY(six.ok());
        QCOMPARE(six->ipVersion, 6);
        QVERIFY(six->gatewayIp.isEmpty());
        SubnetSpec wrong = subnetSpec(QStringLiteral("n"), QStringLiteral("fd00:1::/64"));
        wrong.ipVersion = 4;
        QVERIFY(!SubnetService::resolve(wrong, {}).ok());
        SubnetSpec dns = subnetSpec(QStringLiteral("n"), QStringLiteral("10.9.0.0/24"));
        dns.dnsNameservers = {QStringLiteral("8.8.8")};
        QVERIFY(SubnetService::resolve(dns, {}).error().message.contains(QStringLiteral("8.8.8")));
    }

    void portsGetAddressesFromIpam()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        PortSpec spec;
        spec.network = QStringLiteral("private");
        auto first = lab.engine->ports().create(member, spec);
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        QCOMPARE(first->fixedIps.first().ipAddress, QStringLiteral("10.0.0.2")); // .1 is router1's
        QVERIFY(first->macAddress.startsWith(QStringLiteral("fa:16:3e:")));
        QCOMPARE(first->securityGroupIds.size(), 1); // default
        spec.fixedIps = {{QString(), QStringLiteral("10.0.0.2")}};
        const auto taken = lab.engine->ports().create(member, spec);
        QCOMPARE(taken.error().code, ErrorCode::Conflict);
        QVERIFY2(taken.error().message.contains(QStringLiteral("10.0.0.2 is already in use")), qPrintable(taken.error().message));
        spec.fixedIps = {{QString(), QStringLiteral("10.0.0.77")}};
        QCOMPARE(lab.engine->ports().create(member, spec)->fixedIps.first().ipAddress, QStringLiteral("10.0.0.77"));
        spec.fixedIps = {{QString(), QStringLiteral("10.0.0.1")}};
        QVERIFY(lab.engine->ports().create(member, spec).error().message.contains(QStringLiteral("gateway")));
        // Members may not put ports on the external network.
        PortSpec outside;
        outside.network = QStringLiteral("public");
        QCOMPARE(lab.engine->ports().create(member, outside).error().code, ErrorCode::Forbidden);
        // A released address is not handed out again at once (the cursor goes on).
        QVERIFY(lab.engine->ports().remove(member, first->id).ok());
        spec.fixedIps.clear();
        QCOMPARE(lab.engine->ports().create(member, spec)->fixedIps.first().ipAddress, QStringLiteral("10.0.0.3"));
    }

    void exhaustedPoolIsRefused()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        NetworkSpec n;
        n.name = QStringLiteral("small");
        QVERIFY(lab.engine->networks().create(lab.admin, n).ok());
        SubnetSpec s = subnetSpec(QStringLiteral("small"), QStringLiteral("10.5.0.0/29"));
        s.allocationPools = {{QStringLiteral("10.5.0.2"), QStringLiteral("10.5.0.3")}};
        QVERIFY(lab.engine->subnets().create(lab.admin, s).ok());
        PortSpec p;
        p.network = QStringLiteral("small");
        QVERIFY(lab.engine->ports().create(lab.admin, p).ok());
        QVERIFY(lab.engine->ports().create(lab.admin, p).ok());
        const auto third = lab.engine->ports().create(lab.admin, p);
        QVERIFY(!third.ok());
        QVERIFY2(third.error().message.contains(QStringLiteral("exhausted")), qPrintable(third.error().message));
        QCOMPARE(lab.engine->ports().list(lab.admin, PortFilter{QStringLiteral("small"), {}, {}, {}})->size(), 2);
        // The network's ports keep it; then it goes.
        const auto busy = lab.engine->networks().remove(lab.admin, QStringLiteral("small"));
        QVERIFY(busy.error().message.contains(QStringLiteral("ports in use")));
        const QList<Port> ports = *lab.engine->ports().list(lab.admin, PortFilter{QStringLiteral("small"), {}, {}, {}});
        for (const Port &port : ports)
            QVERIFY(lab.engine->ports().remove(lab.admin, port.id).ok());
        QVERIFY(lab.engine->networks().remove(lab.admin, QStringLiteral("small")).ok());
    }

    void concurrentCreatesNeverShareAnAddress()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext admin = lab.admin;
        Engine *engine = lab.engine.get();
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 25; ++i) {
                    PortSpec p;
                    p.network = QStringLiteral("private");
                    p.project = QStringLiteral("demo");
                    if (!engine->ports().create(admin, p).ok())
                        ++failures;
                }
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QSet<QString> addresses;
        const auto ports = lab.engine->ports().list(lab.admin, PortFilter{QStringLiteral("private"), {}, {}, {}});
        for (const Port &p : *ports)
            for (const FixedIp &ip : p.fixedIps)
                addresses.insert(ip.ipAddress);
        QCOMPARE(ports->size(), 101); // 100 + router1's interface
        QCOMPARE(addresses.size(), 101);
    }

    void routersAndFloatingIps()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        PortSpec vm;
        vm.network = QStringLiteral("private");
        vm.name = QStringLiteral("vm-port");
        QVERIFY(lab.engine->ports().create(member, vm).ok());
        FloatingIpSpec bad;
        bad.network = QStringLiteral("private");
        QVERIFY(lab.engine->floatingIps().create(member, bad).error().message.contains(QStringLiteral("not external")));
        FloatingIpSpec spec;
        spec.network = QStringLiteral("public");
        auto fip = lab.engine->floatingIps().create(member, spec);
        QVERIFY2(fip.ok(), qPrintable(fip.error().toString()));
        QCOMPARE(fip->floatingIpAddress, QStringLiteral("172.24.4.3"));
        auto associated = lab.engine->floatingIps().associate(member, fip->floatingIpAddress, QStringLiteral("vm-port"));
        QVERIFY2(associated.ok(), qPrintable(associated.error().toString()));
        QCOMPARE(associated->fixedIpAddress, QStringLiteral("10.0.0.2"));
        QCOMPARE(associated->routerId, lab.engine->routers().show(member, QStringLiteral("router1"))->id);
        QCOMPARE(associated->status(), QStringLiteral("ACTIVE"));
        // The router cannot lose what the floating IP goes through.
        QVERIFY(lab.engine->routers().removeInterface(member, QStringLiteral("router1"), QStringLiteral("private-subnet"))
                    .error().message.contains(fip->floatingIpAddress));
        QVERIFY(lab.engine->routers().clearGateway(member, QStringLiteral("router1")).error().message.contains(
            QStringLiteral("floating IPs")));
        QCOMPARE(lab.engine->floatingIps().disassociate(member, fip->id)->status(), QStringLiteral("DOWN"));

        // A network with no router to public cannot take a floating IP.
        NetworkSpec island;
        island.name = QStringLiteral("island");
        QVERIFY(lab.engine->networks().create(member, island).ok());
        QVERIFY(lab.engine->subnets().create(member, subnetSpec(QStringLiteral("island"), QStringLiteral("10.7.0.0/24"))).ok());
        PortSpec lonely;
        lonely.network = QStringLiteral("island");
        lonely.name = QStringLiteral("lonely");
        QVERIFY(lab.engine->ports().create(member, lonely).ok());
        QVERIFY(lab.engine->floatingIps().associate(member, fip->id, QStringLiteral("lonely"))
                    .error().message.contains(QStringLiteral("cannot reach")));
        // Router interfaces: the subnet's gateway; overlapping or repeated ones refused.
        auto withIsland = lab.engine->routers().addInterface(member, QStringLiteral("router1"), QStringLiteral("island"));
        QVERIFY(!withIsland.ok()); // "island" is a network name, not a subnet
        const QString islandSubnet = lab.engine->subnets().list(member, QStringLiteral("island"))->first().id;
        withIsland = lab.engine->routers().addInterface(member, QStringLiteral("router1"), islandSubnet);
        QVERIFY2(withIsland.ok(), qPrintable(withIsland.error().toString()));
        QCOMPARE(withIsland->interfaces.size(), 2);
        QVERIFY(lab.engine->routers().addInterface(member, QStringLiteral("router1"), islandSubnet).error().message.contains(
            QStringLiteral("already")));
        QVERIFY(lab.engine->floatingIps().associate(member, fip->id, QStringLiteral("lonely")).ok());
        QVERIFY(lab.engine->floatingIps().remove(member, fip->id).ok());
        QVERIFY(lab.engine->routers().remove(member, QStringLiteral("router1")).error().message.contains(
            QStringLiteral("interface")));
        QVERIFY(lab.engine->routers().removeInterface(member, QStringLiteral("router1"), islandSubnet).ok());
        // The port that held the interface is gone, the address free again.
        PortSpec gw;
        gw.network = QStringLiteral("island");
        gw.fixedIps = {{QString(), QStringLiteral("10.7.0.1")}};
        QVERIFY(lab.engine->ports().create(member, gw).error().message.contains(QStringLiteral("gateway")));
    }

    void securityGroupRules()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        auto web = lab.engine->securityGroups().create(member, QStringLiteral("web"), QStringLiteral("HTTP servers"));
        QVERIFY(web.ok());
        QCOMPARE(web->rules.size(), 2); // egress IPv4 and IPv6
        SecurityGroupRuleSpec ssh;
        ssh.group = QStringLiteral("web");
        ssh.protocol = QStringLiteral("tcp");
        ssh.portRangeMin = 22;
        ssh.remoteIpPrefix = QStringLiteral("0.0.0.0/0");
        const auto rule = lab.engine->securityGroups().createRule(member, ssh);
        QVERIFY2(rule.ok(), qPrintable(rule.error().toString()));
        QCOMPARE(rule->portRangeMax, 22);
        QCOMPARE(lab.engine->securityGroups().createRule(member, ssh).error().code, ErrorCode::Conflict);
        SecurityGroupRuleSpec backwards = ssh;
        backwards.portRangeMin = 23;
        backwards.portRangeMax = 22;
        QVERIFY(lab.engine->securityGroups().createRule(member, backwards).error().message.contains(
            QStringLiteral("23:22")));
        SecurityGroupRuleSpec anyWithPort = ssh;
        anyWithPort.protocol = QStringLiteral("any");
        QVERIFY(lab.engine->securityGroups().createRule(member, anyWithPort).error().message.contains(
            QStringLiteral("only tcp and udp")));
        SecurityGroupRuleSpec v6cidr = ssh;
        v6cidr.portRangeMin = 80;
        v6cidr.remoteIpPrefix = QStringLiteral("fd00::/8");
        QVERIFY(lab.engine->securityGroups().createRule(member, v6cidr).error().message.contains(QStringLiteral("IPv6")));
        // A remote group of another project is refused.
        auto adminGroups = lab.engine->securityGroups().list(lab.admin, QStringLiteral("admin"));
        SecurityGroupRuleSpec foreign;
        foreign.group = QStringLiteral("web");
        foreign.protocol = QStringLiteral("icmp");
        foreign.remoteGroup = adminGroups->first().id;
        QVERIFY(!lab.engine->securityGroups().createRule(member, foreign).ok());
        QVERIFY(lab.engine->securityGroups().removeRule(member, rule->id).ok());
        QCOMPARE(lab.engine->securityGroups().show(member, QStringLiteral("web"))->rules.size(), 2);
        // In use, and default: not deletable.
        PortSpec p;
        p.network = QStringLiteral("private");
        p.securityGroups = {QStringLiteral("web")};
        const auto port = lab.engine->ports().create(member, p);
        QVERIFY(port.ok());
        QVERIFY(lab.engine->securityGroups().remove(member, QStringLiteral("web")).error().message.contains(QStringLiteral("used by ports")));
        QVERIFY(!lab.engine->securityGroups().remove(member, QStringLiteral("default")).ok());
        QVERIFY(lab.engine->ports().remove(member, port->id).ok());
        QVERIFY(lab.engine->securityGroups().remove(member, QStringLiteral("web")).ok());
    }

    void quotasCountNetworks()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("networks"), 2}}).ok());
        NetworkSpec n;
        n.name = QStringLiteral("second");
        QVERIFY(lab.engine->networks().create(member, n).ok());
        n.name = QStringLiteral("third");
        QCOMPARE(lab.engine->networks().create(member, n).error().code, ErrorCode::QuotaExceeded);
        n.shared = true;
        QCOMPARE(lab.engine->networks().create(member, n).error().code, ErrorCode::Forbidden);
    }

    void ipamBench()
    {
        // Not timed (that is tests/bench): a /16 hands out addresses in order without a rescan.
        const auto net = IpNetwork::parse(QStringLiteral("10.20.0.0/16"), QStringLiteral("x"));
        QVERIFY(net.ok());
        QCOMPARE(net->size(), quint64(65536));
        QCOMPARE(net->last().toString(), QStringLiteral("10.20.255.255"));
        QCOMPARE(net->netmask(), QStringLiteral("255.255.0.0"));
        const auto v6 = IpAddress::parse(QStringLiteral("fd00::1"));
        QVERIFY(v6 && v6->version == 6);
        QCOMPARE(IpAddress::fromKey(6, v6->key()).toString(), QStringLiteral("fd00::1"));
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
