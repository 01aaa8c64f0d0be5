// Realisation of the network model on hosts (issue 5 §2): the libvirt network and nwfilter XML StackDesk
// writes, what libvirt's test driver makes of it, and the realiser keeping simulated hosts in line with
// the model as ports come, go and move.

#include "testlab.h"

#include "hosts/hostconnection.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/realize/hostplanner.h"
#include "network/realize/networkrealizer.h"
#include "network/realize/networkshape.h"
#include "network/realize/networkxml.h"
#include "network/realize/nwfilterxml.h"
#include "network/routerservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"
#include "tasks/taskrunner.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

Q_DECLARE_METATYPE(sd::DhcpHost)

using namespace sd;
using namespace sd::test;

namespace {

const QString kNetworkId = QStringLiteral("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b");

Subnet subnet(const QString &id, const QString &cidr, const QString &gateway,
              QList<AllocationPool> pools = {})
{
    Subnet s;
    s.id = id;
    s.networkId = kNetworkId;
    s.cidr = cidr;
    s.ipVersion = cidr.contains(QLatin1Char(':')) ? 6 : 4;
    s.gatewayIp = gateway;
    s.allocationPools = pools;
    return s;
}

Port port(const QString &id, const QString &mac, QList<FixedIp> ips, const QString &owner = {})
{
    Port p;
    p.id = id;
    p.networkId = kNetworkId;
    p.macAddress = mac;
    p.fixedIps = ips;
    p.deviceOwner = owner;
    return p;
}

// The network of the golden test: a DHCP subnet with a DNS server and host routes, a subnet without a
// gateway, an IPv6 subnet without DHCP; two guest ports and the router's interface.
NetworkLayout sampleLayout()
{
    NetworkLayout l;
    l.network.id = kNetworkId;
    l.network.name = QStringLiteral("private & <lab>");
    l.network.projectId = QStringLiteral("p-demo");
    l.network.mtu = 1450;
    Subnet v4 = subnet(QStringLiteral("s1"), QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.0.1"),
                       {{QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.254")}});
    v4.dnsNameservers = {QStringLiteral("192.0.2.53")};
    v4.hostRoutes = {{QStringLiteral("192.168.5.0/24"), QStringLiteral("10.0.0.254")},
                     {QStringLiteral("0.0.0.0/0"), QStringLiteral("10.0.0.254")}};
    Subnet bare = subnet(QStringLiteral("s2"), QStringLiteral("10.0.1.0/24"), QString());
    Subnet v6 = subnet(QStringLiteral("s3"), QStringLiteral("fd00::/64"), QStringLiteral("fd00::1"));
    v6.enableDhcp = false;
    l.subnets = {v4, bare, v6};
    l.ports = {port(QStringLiteral("p1"), QStringLiteral("FA:16:3E:00:00:02"),
                    {{QStringLiteral("s1"), QStringLiteral("10.0.0.5")}}),
               port(QStringLiteral("p2"), QStringLiteral("fa:16:3e:00:00:01"),
                    {{QStringLiteral("s1"), QStringLiteral("10.0.0.6")},
                     {QStringLiteral("s3"), QStringLiteral("fd00::6")}}),
               port(QStringLiteral("r1"), QStringLiteral("fa:16:3e:00:00:09"),
                    {{QStringLiteral("s1"), QStringLiteral("10.0.0.1")}}, DeviceOwner::RouterInterface)};
    return l;
}

const char *kGoldenNetwork =
    "<network xmlns:dnsmasq=\"http://libvirt.org/schemas/network/dnsmasq/1.0\">\n"
    "  <name>sd-net-3f2a9c1e</name>\n"
    "  <uuid>3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b</uuid>\n"
    "  <metadata xmlns:sd=\"urn:stackdesk:network:1\">\n"
    "    <sd:network>\n"
    "      <sd:id>3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b</sd:id>\n"
    "      <sd:name>private &amp; &lt;lab&gt;</sd:name>\n"
    "      <sd:project>p-demo</sd:project>\n"
    "    </sd:network>\n"
    "  </metadata>\n"
    "  <bridge name=\"sdbr-3f2a9c1e\"/>\n"
    "  <mtu size=\"1450\"/>\n"
    "  <dns>\n"
    "    <forwarder addr=\"192.0.2.53\"/>\n"
    "  </dns>\n"
    "  <ip address=\"10.0.0.1\" netmask=\"255.255.255.0\">\n"
    "    <dhcp>\n"
    "      <range start=\"10.0.0.2\" end=\"10.0.0.254\"/>\n"
    "      <host mac=\"fa:16:3e:00:00:01\" name=\"host-10-0-0-6\" ip=\"10.0.0.6\"/>\n"
    "      <host mac=\"fa:16:3e:00:00:02\" name=\"host-10-0-0-5\" ip=\"10.0.0.5\"/>\n"
    "    </dhcp>\n"
    "  </ip>\n"
    "  <ip family=\"ipv6\" address=\"fd00::1\" prefix=\"64\"/>\n"
    "  <route address=\"192.168.5.0\" prefix=\"24\" gateway=\"10.0.0.254\"/>\n"
    "  <dnsmasq:options>\n"
    "    <dnsmasq:option value=\"dhcp-ignore=tag:!known\"/>\n"
    "  </dnsmasq:options>\n"
    "</network>\n";

const char *kGoldenGroup =
    "<filter name=\"sd-sg-g-web\" chain=\"root\">\n"
    "  <uuid>e4817742-e1d0-5ba5-bd56-7116e65740a8</uuid>\n"
    "  <rule action=\"accept\" direction=\"in\" priority=\"300\">\n"
    "    <tcp srcipaddr=\"203.0.113.0\" srcipmask=\"24\" dstportstart=\"22\" dstportend=\"23\"/>\n"
    "  </rule>\n"
    "  <rule action=\"accept\" direction=\"in\" priority=\"300\">\n"
    "    <icmp srcipaddr=\"10.0.0.5\" srcipmask=\"32\" type=\"8\"/>\n"
    "  </rule>\n"
    "  <rule action=\"accept\" direction=\"in\" priority=\"300\">\n"
    "    <icmp srcipaddr=\"10.0.0.6\" srcipmask=\"32\" type=\"8\"/>\n"
    "  </rule>\n"
    "  <rule action=\"accept\" direction=\"out\" priority=\"300\">\n"
    "    <udp dstipaddr=\"192.0.2.53\" dstipmask=\"32\" dstportstart=\"53\" dstportend=\"53\"/>\n"
    "  </rule>\n"
    "  <rule action=\"accept\" direction=\"out\" priority=\"300\">\n"
    "    <all-ipv6/>\n"
    "  </rule>\n"
    "</filter>\n";

SecurityGroupRule rule(const QString &direction, const QString &ethertype, const QString &protocol,
                       int min = -1, int max = -1, const QString &remoteIp = {},
                       const QString &remoteGroup = {})
{
    SecurityGroupRule r;
    r.direction = direction;
    r.ethertype = ethertype;
    r.protocol = protocol;
    r.portRangeMin = min;
    r.portRangeMax = max;
    r.remoteIpPrefix = remoteIp;
    r.remoteGroupId = remoteGroup;
    return r;
}

SecurityGroup webGroup()
{
    SecurityGroup g;
    g.id = QStringLiteral("g-web");
    g.name = QStringLiteral("web");
    g.rules = {rule(QStringLiteral("ingress"), QStringLiteral("IPv4"), QStringLiteral("tcp"), 22, 23,
                    QStringLiteral("203.0.113.0/24")),
               rule(QStringLiteral("ingress"), QStringLiteral("IPv4"), QStringLiteral("icmp"), 8, -1, {},
                    QStringLiteral("g-web")),
               rule(QStringLiteral("egress"), QStringLiteral("IPv4"), QStringLiteral("udp"), 53, 53,
                    QStringLiteral("192.0.2.53/32")),
               rule(QStringLiteral("egress"), QStringLiteral("IPv6"), QString())};
    return g;
}

// Every element and its attributes, one line each: the structure of a filter without its formatting.
QStringList elementsOf(const QString &xml)
{
    QStringList lines;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        QStringList attrs;
        for (const QXmlStreamAttribute &a : r.attributes())
            attrs << a.name().toString() + QLatin1Char('=') + a.value().toString();
        lines << r.name().toString() + QLatin1Char(' ') + attrs.join(QLatin1Char(' '));
    }
    return lines;
}

// Runs fn on a host's own thread, where its libvirt connection lives (a test:///file driver keeps its
// objects in that one connection), and waits for the answer.
template <typename Fn> auto onHost(TestLab &lab, const QString &host, Fn fn) -> decltype(fn(virConnectPtr{}))
{
    using T = decltype(fn(virConnectPtr{}));
    struct Box
    {
        QSemaphore done;
        T value{};
    };
    auto box = std::make_shared<Box>();
    HostConnection *c = lab.engine->hosts().connectionOf(lab.host(host).record.id);
    if (!c)
        return T{};
    c->post([box, fn](virConnectPtr conn) {
        if (conn)
            box->value = fn(conn);
        box->done.release();
    });
    if (!box->done.tryAcquire(1, 10000))
        qWarning("host %s did not answer", qPrintable(host));
    return box->value;
}

QString networkXmlOn(TestLab &lab, const QString &host, const QString &name)
{
    return onHost(lab, host, [name](virConnectPtr conn) {
        QString xml;
        if (virNetworkPtr net = virNetworkLookupByName(conn, name.toUtf8().constData())) {
            if (virNetworkIsActive(net) == 1) {
                char *text = virNetworkGetXMLDesc(net, 0);
                xml = QString::fromUtf8(text);
                free(text);
            }
            virNetworkFree(net);
        }
        return xml;
    });
}

QStringList stackDeskNetworksOn(TestLab &lab, const QString &host)
{
    return onHost(lab, host, [](virConnectPtr conn) {
        QStringList names;
        virNetworkPtr *list = nullptr;
        const int n = virConnectListAllNetworks(conn, &list, 0);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(virNetworkGetName(list[i]));
            if (name.startsWith(QLatin1String("sd-net-")))
                names << name;
            virNetworkFree(list[i]);
        }
        free(list);
        names.sort();
        return names;
    });
}

QString errorText(const Error &e)
{
    return e.toString();
}

} // namespace

class TestNetworkRealize : public QObject
{
    Q_OBJECT

    // One lab for the realiser tests: the model, three simulated hosts, and a realiser of our own.
    struct Lab
    {
        TestLab lab;
        std::unique_ptr<NetworkRealizer> realizer;

        bool open()
        {
            if (!lab.open())
                return false;
            Engine &e = *lab.engine;
            realizer = std::make_unique<NetworkRealizer>(
                NetworkRealizer::Services{&e.networks(), &e.subnets(), &e.ports(), &e.routers(),
                                          &e.securityGroups()},
                &e.hosts(), &e.tasks());
            return realizer->waitUntilIdle(10000);
        }

        QString hostId(const QString &name) { return lab.host(name).record.id; }

        // A tenant network with one DHCP subnet, as a user makes it.
        Network network(const QString &name, const QString &cidr)
        {
            NetworkSpec spec;
            spec.name = name;
            auto n = lab.engine->networks().create(lab.admin, spec);
            if (!n)
                qWarning() << errorText(n.error());
            SubnetSpec s;
            s.name = name + QStringLiteral("-subnet");
            s.network = name;
            s.cidr = cidr;
            auto sub = lab.engine->subnets().create(lab.admin, s);
            if (!sub)
                qWarning() << errorText(sub.error());
            return n ? *n : Network();
        }

        Port port(const QString &network, const QString &name)
        {
            PortSpec spec;
            spec.name = name;
            spec.network = network;
            auto p = lab.engine->ports().create(lab.admin, spec);
            if (!p)
                qWarning() << errorText(p.error());
            return p ? *p : Port();
        }

        bool bind(const Port &p, const QString &host)
        {
            auto task = realizer->bindPort(lab.admin, p.id, host);
            if (!task) {
                qWarning() << errorText(task.error());
                return false;
            }
            auto done = lab.engine->tasks().wait(*task);
            if (!done)
                qWarning() << errorText(done.error());
            return done.ok() && realizer->waitUntilIdle(10000);
        }

        Port reloaded(const Port &p) { return *lab.engine->ports().show(lab.admin, p.id); }
    };

private Q_SLOTS:
    // ---- the XML writers ------------------------------------------------------------------------------

    void networkXmlReadsLikeTheModel()
    {
        QCOMPARE(NetworkXml::write(sampleLayout()), QString::fromUtf8(kGoldenNetwork));
        QCOMPARE(NetworkXml::networkIdOf(NetworkXml::write(sampleLayout())), kNetworkId);
        // Bridge names must fit Linux's 15 characters.
        QVERIFY(NetworkXml::bridgeName(kNetworkId).size() <= 15);
    }

    void networkXmlIsWhatTheTestDriverAccepts()
    {
        virConnectPtr conn = virConnectOpen("test:///default");
        QVERIFY(conn);
        const QString xml = NetworkXml::write(sampleLayout());
        virNetworkPtr net = virNetworkDefineXML(conn, xml.toUtf8().constData());
        QVERIFY2(net, virGetLastErrorMessage());
        QCOMPARE(virNetworkCreate(net), 0);
        char *stored = virNetworkGetXMLDesc(net, 0);
        const NetworkShape back = NetworkShape::read(QString::fromUtf8(stored));
        free(stored);
        const NetworkShape ours = NetworkShape::read(xml);
        QVERIFY(back.valid);
        // What libvirt keeps is what StackDesk wrote: no redefinition on the next look.
        QVERIFY(back.sameLayout(ours));
        QCOMPARE(back.dhcpHosts(), ours.dhcpHosts());
        QCOMPARE(back.dhcpIpIndex(), 0);
        QCOMPARE(back.forwardMode, QString());
        QCOMPARE(back.mtu, 1450);
        QCOMPARE(back.forwarders, QStringList{QStringLiteral("192.0.2.53")});

        // A DHCP entry goes in live, with the <host> XML the realiser sends.
        const DhcpHost extra{QStringLiteral("fa:16:3e:00:00:03"), QStringLiteral("10.0.0.7"),
                             NetworkXml::hostName(QStringLiteral("10.0.0.7"))};
        QCOMPARE(virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_HOST,
                                  back.dhcpIpIndex(), extra.toXml().toUtf8().constData(),
                                  VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG),
                 0);
        stored = virNetworkGetXMLDesc(net, 0);
        QVERIFY(NetworkShape::read(QString::fromUtf8(stored)).dhcpHosts().contains(extra));
        free(stored);
        virNetworkDestroy(net);
        virNetworkUndefine(net);
        virNetworkFree(net);
        virConnectClose(conn);
    }

    void forwardModeFollowsExternalAndRouterGateway_data()
    {
        QTest::addColumn<bool>("external");
        QTest::addColumn<bool>("routed");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<bool>("hostNat");
        QTest::addColumn<QString>("forward");
        QTest::newRow("tenant, no router: isolated") << false << false << "10.0.0.1" << false << "";
        QTest::newRow("tenant behind a router with a gateway: NAT")
            << false << true << "10.0.0.1" << false << "nat";
        QTest::newRow("external: NAT") << true << false << "10.0.0.1" << false << "nat";
        QTest::newRow("external without a gateway address: nothing to NAT from")
            << true << false << "" << false << "";
        // Where StackDesk NATs itself, libvirt only routes: its NAT mode would reject floating IPs' DNAT.
        QTest::newRow("tenant behind a router, host NATs: route")
            << false << true << "10.0.0.1" << true << "route";
        QTest::newRow("external, host NATs: route") << true << false << "10.0.0.1" << true << "route";
        QTest::newRow("tenant, no router, host NATs: isolated") << false << false << "10.0.0.1" << true << "";
    }

    void forwardModeFollowsExternalAndRouterGateway()
    {
        QFETCH(bool, external);
        QFETCH(bool, routed);
        QFETCH(QString, gateway);
        QFETCH(bool, hostNat);
        QFETCH(QString, forward);
        NetworkLayout l;
        l.network.id = kNetworkId;
        l.network.external = external;
        l.routedToExternal = routed;
        l.hostNat = hostNat;
        l.subnets = {subnet(QStringLiteral("s1"), QStringLiteral("10.0.0.0/24"), gateway)};
        QCOMPARE(NetworkXml::forwardMode(l), forward);
        QCOMPARE(NetworkShape::read(NetworkXml::write(l)).forwardMode, forward);
    }

    void subnetWithoutGatewayGetsNoIpAndSaysWhy()
    {
        NetworkLayout l = sampleLayout();
        const NetworkShape shape = NetworkShape::read(NetworkXml::write(l));
        QCOMPARE(shape.ips.size(), 2); // 10.0.0.1 and fd00::1; 10.0.1.0/24 has no gateway
        const QStringList notes = NetworkXml::limitations(l);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("10.0.1.0/24")), qPrintable(notes.first()));
    }

    void onlyTheFirstIpv4SubnetWithDhcpServesIt()
    {
        NetworkLayout l = sampleLayout();
        l.subnets.append(subnet(QStringLiteral("s4"), QStringLiteral("10.0.2.0/24"),
                                QStringLiteral("10.0.2.1"),
                                {{QStringLiteral("10.0.2.10"), QStringLiteral("10.0.2.20")}}));
        const NetworkShape shape = NetworkShape::read(NetworkXml::write(l));
        QCOMPARE(shape.ips.size(), 3);
        QVERIFY(shape.ips[0].dhcp);
        QVERIFY(!shape.ips[2].dhcp);
        QVERIFY(NetworkXml::limitations(l).join(QLatin1Char('\n')).contains(QStringLiteral("10.0.2.0/24")));
    }

    void dhcpHostChanges_data()
    {
        QTest::addColumn<QList<DhcpHost>>("current");
        QTest::addColumn<QList<DhcpHost>>("wanted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("modified");
        QTest::addColumn<int>("added");
        const DhcpHost a{QStringLiteral("fa:16:3e:00:00:0a"), QStringLiteral("10.0.0.10"),
                         QStringLiteral("host-10-0-0-10")};
        const DhcpHost b{QStringLiteral("fa:16:3e:00:00:0b"), QStringLiteral("10.0.0.11"),
                         QStringLiteral("host-10-0-0-11")};
        DhcpHost aMoved = a;
        aMoved.ip = QStringLiteral("10.0.0.20");
        DhcpHost aTakesB = a;
        aTakesB.ip = b.ip;
        DhcpHost bTakesA = b;
        bTakesA.ip = a.ip;
        QTest::newRow("nothing to do") << QList<DhcpHost>{a, b} << QList<DhcpHost>{a, b} << 0 << 0 << 0;
        QTest::newRow("a port came") << QList<DhcpHost>{a} << QList<DhcpHost>{a, b} << 0 << 0 << 1;
        QTest::newRow("a port went") << QList<DhcpHost>{a, b} << QList<DhcpHost>{b} << 1 << 0 << 0;
        QTest::newRow("a port changed its address")
            << QList<DhcpHost>{a, b} << QList<DhcpHost>{aMoved, b} << 0 << 1 << 0;
        QTest::newRow("two ports swapped addresses")
            << QList<DhcpHost>{a, b} << QList<DhcpHost>{aTakesB, bTakesA} << 2 << 0 << 2;
    }

    void dhcpHostChanges()
    {
        QFETCH(QList<DhcpHost>, current);
        QFETCH(QList<DhcpHost>, wanted);
        const DhcpHostChanges c = DhcpHostChanges::between(current, wanted);
        QTEST(int(c.removed.size()), "removed");
        QTEST(int(c.modified.size()), "modified");
        QTEST(int(c.added.size()), "added");
    }

    void groupFilterFromRules()
    {
        QStringList notes;
        const QHash<QString, QStringList> members{
            {QStringLiteral("g-web"),
             {QStringLiteral("10.0.0.5"), QStringLiteral("10.0.0.6"), QStringLiteral("fd00::6")}}};
        const FilterDefinition f = NwfilterXml::groupFilter(webGroup(), members, &notes);
        QCOMPARE(f.name, QStringLiteral("sd-sg-g-web"));
        QCOMPARE(f.xml, QString::fromUtf8(kGoldenGroup));
        QVERIFY(notes.isEmpty());
        // The UUID comes from the name, so any engine redefines the same filter.
        QCOMPARE(NwfilterXml::uuidOf(f.name), QStringLiteral("e4817742-e1d0-5ba5-bd56-7116e65740a8"));
        QVERIFY(NwfilterXml::uuidOf(QStringLiteral("sd-sg-other")) != NwfilterXml::uuidOf(f.name));

        SecurityGroup gre;
        gre.id = QStringLiteral("g-gre");
        gre.name = QStringLiteral("gre");
        gre.rules = {rule(QStringLiteral("ingress"), QStringLiteral("IPv4"), QStringLiteral("47"))};
        const FilterDefinition none = NwfilterXml::groupFilter(gre, {}, &notes);
        QVERIFY(!none.xml.contains(QStringLiteral("<rule")));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("47")), qPrintable(notes.first()));
    }

    void portFilterJoinsItsGroupsToTheBaseProtection()
    {
        Port p = port(QStringLiteral("p1"), QStringLiteral("fa:16:3e:00:00:01"),
                      {{QStringLiteral("s1"), QStringLiteral("10.0.0.5")}});
        p.securityGroupIds = {QStringLiteral("g-web"), QStringLiteral("g-default")};
        const auto f = NwfilterXml::portFilter(p);
        QVERIFY(f);
        QCOMPARE(f->name, QStringLiteral("sd-port-p1"));
        const QStringList e = elementsOf(f->xml);
        // The port's IP goes to the clean-traffic copy; its groups are referenced; DHCP is let through
        // first, replies next, the groups' rules then, and everything else is dropped.
        QCOMPARE(e.first(), QStringLiteral("filter name=sd-port-p1 chain=root"));
        QVERIFY(e.contains(QStringLiteral("filterref filter=sd-clean-traffic")));
        QVERIFY(e.contains(QStringLiteral("parameter name=IP value=10.0.0.5")));
        QVERIFY(e.contains(QStringLiteral("filterref filter=sd-sg-g-web")));
        QVERIFY(e.contains(QStringLiteral("filterref filter=sd-sg-g-default")));
        QVERIFY(e.contains(QStringLiteral("udp srcportstart=68 dstportstart=67")));
        QVERIFY(e.contains(QStringLiteral("all state=ESTABLISHED,RELATED")));
        QVERIFY(e.contains(QStringLiteral("rule action=drop direction=inout priority=1000")));

        // Every filter the tree names is one StackDesk defines, and every rule is well formed.
        QStringList defined;
        for (const FilterDefinition &b : NwfilterXml::baseFilters())
            defined << b.name;
        for (const FilterDefinition &b : NwfilterXml::baseFilters() + QList<FilterDefinition>{*f})
            for (const QString &line : elementsOf(b.xml)) {
                if (line.startsWith(QLatin1String("filterref "))) {
                    const QString name = line.section(QLatin1Char('='), 1);
                    QVERIFY2(defined.contains(name) || name.startsWith(QLatin1String("sd-sg-")),
                             qPrintable(line));
                }
                if (line.startsWith(QLatin1String("rule "))) {
                    QVERIFY2(line.contains(QRegularExpression(QStringLiteral("direction=(in|out|inout) "))),
                             qPrintable(line));
                    const int priority =
                        line.section(QStringLiteral("priority="), 1).section(QLatin1Char(' '), 0, 0).toInt();
                    QVERIFY(priority >= -1000 && priority <= 1000);
                }
            }
    }

    void portWithoutPortSecurityGetsNoFilter()
    {
        Port p = port(QStringLiteral("p1"), QStringLiteral("fa:16:3e:00:00:01"), {});
        p.portSecurityEnabled = false;
        QVERIFY(!NwfilterXml::portFilter(p));
        QVERIFY(!NwfilterXml::interfaceXml(p, true).contains(QStringLiteral("filterref")));
    }

    void interfaceXmlForAPort()
    {
        Port p = port(QStringLiteral("p1"), QStringLiteral("FA:16:3E:00:00:01"), {});
        QCOMPARE(NwfilterXml::interfaceXml(p, true),
                 QStringLiteral("<interface type=\"network\">\n"
                                "  <source network=\"sd-net-3f2a9c1e\"/>\n"
                                "  <mac address=\"fa:16:3e:00:00:01\"/>\n"
                                "  <model type=\"virtio\"/>\n"
                                "  <filterref filter=\"sd-port-p1\"/>\n"
                                "</interface>\n"));
        // Simulated hosts have no nwfilter driver: the interface names no filter there.
        QVERIFY(!NwfilterXml::interfaceXml(p, false).contains(QStringLiteral("filterref")));
    }

    void plannerGivesFilterHostsTheGroupsOfTheirPorts()
    {
        ModelSnapshot model;
        Network n;
        n.id = kNetworkId;
        n.name = QStringLiteral("private");
        model.networks = {n};
        model.subnets = {subnet(QStringLiteral("s1"), QStringLiteral("10.0.0.0/24"),
                                QStringLiteral("10.0.0.1"),
                                {{QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.254")}})};
        Port here = port(QStringLiteral("p1"), QStringLiteral("fa:16:3e:00:00:01"),
                         {{QStringLiteral("s1"), QStringLiteral("10.0.0.5")}});
        here.hostId = QStringLiteral("h1");
        here.securityGroupIds = {QStringLiteral("g-web")};
        Port elsewhere = port(QStringLiteral("p2"), QStringLiteral("fa:16:3e:00:00:02"),
                              {{QStringLiteral("s1"), QStringLiteral("10.0.0.6")}});
        elsewhere.hostId = QStringLiteral("h2");
        elsewhere.securityGroupIds = {QStringLiteral("g-web")};
        Port open = port(QStringLiteral("p3"), QStringLiteral("fa:16:3e:00:00:03"),
                         {{QStringLiteral("s1"), QStringLiteral("10.0.0.7")}});
        open.hostId = QStringLiteral("h1");
        open.portSecurityEnabled = false;
        model.ports = {here, elsewhere, open};
        model.groups = {webGroup()};

        HostInfo host;
        host.record.id = QStringLiteral("h1");
        host.record.name = QStringLiteral("real-1");
        host.kind = HostKind::Local;
        host.facts.capabilities.nwfilter = true;
        const HostPlan plan = HostPlanner::plan(model, host, {});
        QCOMPARE(plan.networks.size(), 1);
        QCOMPARE(plan.networks.first().name, QStringLiteral("sd-net-3f2a9c1e"));
        // The DHCP entries of the ports bound here; the port on h2 is served by h2's copy of the network
        // (its guest's requests never reach this bridge, and dnsmasq answers known MACs only).
        const QList<DhcpHost> served = NetworkShape::read(plan.networks.first().xml).dhcpHosts();
        QCOMPARE(served.size(), 2);
        QVERIFY(std::none_of(served.cbegin(), served.cend(),
                             [](const DhcpHost &h) { return h.ip == QLatin1String("10.0.0.6"); }));
        QCOMPARE(plan.networks.first().dhcpHosts, served);
        // A port bound nowhere (and no instance's) is served wherever its network is.
        Port spare = port(QStringLiteral("p4"), QStringLiteral("fa:16:3e:00:00:04"),
                          {{QStringLiteral("s1"), QStringLiteral("10.0.0.8")}});
        ModelSnapshot withSpare = model;
        withSpare.ports.append(spare);
        QCOMPARE(NetworkShape::read(HostPlanner::plan(withSpare, host, {}).networks.first().xml)
                     .dhcpHosts()
                     .size(),
                 3);
        QStringList names;
        for (const FilterDefinition &f : plan.filters)
            names << f.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("sd-no-mac-spoofing"), QStringLiteral("sd-no-ip-spoofing"),
                              QStringLiteral("sd-no-arp-spoofing"), QStringLiteral("sd-clean-traffic"),
                              QStringLiteral("sd-sg-g-web"), QStringLiteral("sd-port-p1")}));
        // The remote group names members on other hosts too.
        QVERIFY(plan.filters[4].xml.contains(QStringLiteral("srcipaddr=\"10.0.0.6\"")));

        // The same ports on a simulated host: networks yes, filters only modelled, and the plan says so.
        host.kind = HostKind::Simulated;
        host.facts.capabilities.nwfilter = false;
        const HostPlan simulated = HostPlanner::plan(model, host, {});
        QCOMPARE(simulated.networks.size(), 1);
        QVERIFY(simulated.filters.isEmpty());
        QVERIFY(simulated.notes.contains(
            QStringLiteral("simulated host: security groups are modelled, not enforced")));
    }

    // ---- the realiser on simulated hosts ---------------------------------------------------------------

    void boundPortsBringTheirNetworkWithExactDhcpEntries()
    {
        Lab lab;
        QVERIFY(lab.open());
        const Network net = lab.network(QStringLiteral("blue"), QStringLiteral("10.30.0.0/24"));
        QVERIFY(!net.id.isEmpty());
        const Port a = lab.port(QStringLiteral("blue"), QStringLiteral("a"));
        const Port b = lab.port(QStringLiteral("blue"), QStringLiteral("b"));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        const QString name = NetworkXml::networkName(net.id);
        // Nothing is on a host before a port is bound there.
        QVERIFY(!stackDeskNetworksOn(lab.lab, QStringLiteral("compute-1")).contains(name));

        QVERIFY(lab.bind(a, QStringLiteral("compute-1")));
        QVERIFY(lab.bind(b, QStringLiteral("compute-1")));
        QCOMPARE(lab.reloaded(a).hostId, lab.hostId(QStringLiteral("compute-1")));
        const NetworkShape shape =
            NetworkShape::read(networkXmlOn(lab.lab, QStringLiteral("compute-1"), name));
        QVERIFY2(shape.valid, "the network is defined and running on compute-1");
        QCOMPARE(shape.bridge, NetworkXml::bridgeName(net.id));
        QCOMPARE(shape.forwardMode, QString()); // a tenant network without a router: isolated
        // One static entry per port: the MAC gets exactly the address IPAM gave the port.
        QList<DhcpHost> expected;
        for (const Port &p : {a, b})
            expected.append({p.macAddress.toLower(), p.fixedIps.first().ipAddress,
                             NetworkXml::hostName(p.fixedIps.first().ipAddress)});
        std::sort(expected.begin(), expected.end(),
                  [](const DhcpHost &x, const DhcpHost &y) { return x.mac < y.mac; });
        QCOMPARE(shape.dhcpHosts(), expected);
        QCOMPARE(lab.realizer->hostsWithNetwork(net.id),
                 QStringList{lab.hostId(QStringLiteral("compute-1"))});
        // Other hosts do not get it.
        QVERIFY(!stackDeskNetworksOn(lab.lab, QStringLiteral("compute-2")).contains(name));
    }

    void dhcpEntriesFollowThePortsLive()
    {
        Lab lab;
        QVERIFY(lab.open());
        const Network net = lab.network(QStringLiteral("green"), QStringLiteral("10.31.0.0/24"));
        const Port a = lab.port(QStringLiteral("green"), QStringLiteral("a"));
        QVERIFY(lab.bind(a, QStringLiteral("compute-2")));
        const QString name = NetworkXml::networkName(net.id);
        const auto entries = [&] {
            QStringList list;
            for (const DhcpHost &h :
                 NetworkShape::read(networkXmlOn(lab.lab, QStringLiteral("compute-2"), name)).dhcpHosts())
                list << h.mac + QLatin1Char('=') + h.ip;
            return list;
        };
        QCOMPARE(entries().size(), 1);

        // A new port's entry is there before any guest asks (it is not bound yet).
        const Port c = lab.port(QStringLiteral("green"), QStringLiteral("c"));
        QVERIFY(lab.realizer->waitUntilIdle(10000));
        QTRY_VERIFY(
            entries().contains(c.macAddress.toLower() + QLatin1Char('=') + c.fixedIps.first().ipAddress));
        QCOMPARE(entries().size(), 2);

        // A fixed IP asked for explicitly: the entry follows the port's new address.
        PortUpdate move;
        move.fixedIps = QList<FixedIpRequest>{{QString(), QStringLiteral("10.31.0.200")}};
        auto moved = lab.lab.engine->ports().update(lab.lab.admin, c.id, move);
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : errorText(moved.error())));
        QVERIFY(lab.realizer->waitUntilIdle(10000));
        QTRY_VERIFY(entries().contains(c.macAddress.toLower() + QStringLiteral("=10.31.0.200")));

        // A deleted port's entry goes.
        QVERIFY(lab.lab.engine->ports().remove(lab.lab.admin, c.id).ok());
        QVERIFY(lab.realizer->waitUntilIdle(10000));
        QTRY_COMPARE(entries().size(), 1);
    }

    void forwardModeOnTheHostFollowsTheRouter()
    {
        Lab lab;
        QVERIFY(lab.open());
        NetworkSpec ext;
        ext.name = QStringLiteral("outside");
        ext.external = true;
        QVERIFY(lab.lab.engine->networks().create(lab.lab.admin, ext).ok());
        SubnetSpec extSubnet;
        extSubnet.network = QStringLiteral("outside");
        extSubnet.name = QStringLiteral("outside-subnet");
        extSubnet.cidr = QStringLiteral("172.30.4.0/24");
        QVERIFY(lab.lab.engine->subnets().create(lab.lab.admin, extSubnet).ok());
        const Network net = lab.network(QStringLiteral("red"), QStringLiteral("10.32.0.0/24"));
        const Port a = lab.port(QStringLiteral("red"), QStringLiteral("a"));
        QVERIFY(lab.bind(a, QStringLiteral("compute-3")));
        const QString name = NetworkXml::networkName(net.id);
        const auto forward = [&] {
            return NetworkShape::read(networkXmlOn(lab.lab, QStringLiteral("compute-3"), name)).forwardMode;
        };
        QCOMPARE(forward(), QString());

        RouterSpec r;
        r.name = QStringLiteral("edge");
        r.externalNetwork = QStringLiteral("outside");
        auto router = lab.lab.engine->routers().create(lab.lab.admin, r);
        QVERIFY2(router.ok(), qPrintable(router.ok() ? QString() : errorText(router.error())));
        QVERIFY(lab.lab.engine->routers()
                    .addInterface(lab.lab.admin, QStringLiteral("edge"), QStringLiteral("red-subnet"))
                    .ok());
        QVERIFY(lab.realizer->waitUntilIdle(10000));
        QTRY_COMPARE(forward(), QStringLiteral("nat"));

        QVERIFY(lab.lab.engine->routers()
                    .removeInterface(lab.lab.admin, QStringLiteral("edge"), QStringLiteral("red-subnet"))
                    .ok());
        QVERIFY(lab.realizer->waitUntilIdle(10000));
        QTRY_COMPARE(forward(), QString());
    }

    void simulatedHostGetsItsNetworksBackAfterAReconnect()
    {
        Lab lab;
        QVERIFY(lab.open());
        const Network net = lab.network(QStringLiteral("amber"), QStringLiteral("10.33.0.0/24"));
        const Port a = lab.port(QStringLiteral("amber"), QStringLiteral("a"));
        QVERIFY(lab.bind(a, QStringLiteral("compute-2")));
        const QString name = NetworkXml::networkName(net.id);
        QVERIFY(stackDeskNetworksOn(lab.lab, QStringLiteral("compute-2")).contains(name));

        // The test driver forgets everything with its connection; the realiser gives it back.
        lab.lab.engine->hosts().disconnectAll();
        lab.lab.engine->hosts().connectAll();
        QVERIFY(lab.lab.engine->hosts().waitUntilSettled(10000));
        QTRY_VERIFY(stackDeskNetworksOn(lab.lab, QStringLiteral("compute-2")).contains(name));
        const NetworkShape shape =
            NetworkShape::read(networkXmlOn(lab.lab, QStringLiteral("compute-2"), name));
        QCOMPARE(shape.dhcpHosts().size(), 1);
        QCOMPARE(shape.dhcpHosts().first().ip, a.fixedIps.first().ipAddress);
        QVERIFY(!stackDeskNetworksOn(lab.lab, QStringLiteral("compute-1")).contains(name));
    }

    void networkLeavesTheHostWhenNoPortThereUsesIt()
    {
        Lab lab;
        QVERIFY(lab.open());
        const Network net = lab.network(QStringLiteral("teal"), QStringLiteral("10.34.0.0/24"));
        const Port a = lab.port(QStringLiteral("teal"), QStringLiteral("a"));
        const Port b = lab.port(QStringLiteral("teal"), QStringLiteral("b"));
        QVERIFY(lab.bind(a, QStringLiteral("compute-1")));
        QVERIFY(lab.bind(b, QStringLiteral("compute-1")));
        const QString name = NetworkXml::networkName(net.id);

        auto task = lab.realizer->unbindPort(lab.lab.admin, a.id);
        QVERIFY(task.ok());
        QVERIFY(lab.lab.engine->tasks().wait(*task).ok());
        QVERIFY(stackDeskNetworksOn(lab.lab, QStringLiteral("compute-1")).contains(name)); // b still uses it

        // A port moving to another host takes the network with it.
        QVERIFY(lab.bind(b, QStringLiteral("compute-3")));
        QTRY_VERIFY(!stackDeskNetworksOn(lab.lab, QStringLiteral("compute-1")).contains(name));
        QVERIFY(stackDeskNetworksOn(lab.lab, QStringLiteral("compute-3")).contains(name));
        QCOMPARE(lab.realizer->hostsWithNetwork(net.id),
                 QStringList{lab.hostId(QStringLiteral("compute-3"))});

        // A network asked for ahead of a launch stays until it is released or a port takes it over.
        auto ensure = lab.realizer->ensureNetworkOnHost(lab.lab.admin, net.id, QStringLiteral("compute-2"));
        QVERIFY(ensure.ok());
        QVERIFY(lab.lab.engine->tasks().wait(*ensure).ok());
        QVERIFY(stackDeskNetworksOn(lab.lab, QStringLiteral("compute-2")).contains(name));
        lab.realizer->releaseNetworkOnHost(net.id, lab.hostId(QStringLiteral("compute-2")));
        QVERIFY(lab.realizer->waitUntilIdle(10000));
        QTRY_VERIFY(!stackDeskNetworksOn(lab.lab, QStringLiteral("compute-2")).contains(name));

        // Deleting the last port removes the network from its host.
        QVERIFY(lab.lab.engine->ports().remove(lab.lab.admin, b.id).ok());
        QVERIFY(lab.realizer->waitUntilIdle(10000));
        QTRY_VERIFY(!stackDeskNetworksOn(lab.lab, QStringLiteral("compute-3")).contains(name));
    }

    void simulatedHostsModelSecurityGroupsAndSaySo()
    {
        Lab lab;
        QVERIFY(lab.open());
        lab.network(QStringLiteral("plum"), QStringLiteral("10.35.0.0/24"));
        const Port a = lab.port(QStringLiteral("plum"), QStringLiteral("a"));
        QVERIFY(a.portSecurityEnabled);
        QVERIFY(lab.bind(a, QStringLiteral("compute-1")));
        const QString host = lab.hostId(QStringLiteral("compute-1"));
        QCOMPARE(lab.realizer->securityGroupEnforcement(host),
                 QStringLiteral("simulated host: security groups are modelled, not enforced"));
        QVERIFY(lab.realizer->notes(host).contains(
            QStringLiteral("simulated host: security groups are modelled, not enforced")));
        QCOMPARE(
            lab.realizer->floatingIpRealization(host),
            QStringLiteral("modelled only: simulated host compute-1: libvirt's test driver has no bridges "
                           "to NAT on"));
        // The domain's interface names no filter the test driver could not have.
        QVERIFY(!lab.realizer->interfaceXml(lab.reloaded(a), host).contains(QStringLiteral("filterref")));
        // A binding to a host that is not there is refused with its name.
        auto refused = lab.realizer->bindPort(lab.lab.admin, a.id, QStringLiteral("compute-9"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("compute-9")));
    }
};

QTEST_GUILESS_MAIN(TestNetworkRealize)
#include "tst_networkrealize.moc"
