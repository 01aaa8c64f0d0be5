// `stackctl network|subnet|port|router|floating ip` on the demo lab: its public/private/router1, networks and
// subnets with pools, DNS servers and host routes, IPAM through ports, routers taking a subnet's gateway,
// floating IPs, the bad input of issue 5 refused with nothing created, and what a member may not do.
// Security groups are in tst_stackctl_secgroup.

#include "testcloud.h"

#include <QFile>

class TestStackctlNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_demoPassword;

    QString demoDir() const { return m_home.path() + QStringLiteral("/stackdesk/demo"); }

    StackctlRun admin(const QStringList &args) const
    {
        return StackctlRunner(m_home.path()).run(QStringList{QStringLiteral("--demo")} + args);
    }

    StackctlRun asDemo(const QStringList &args) const
    {
        return admin(QStringList{"--os-username", "demo", "--os-password", m_demoPassword,
                                 "--os-project-name", "demo"} +
                     args);
    }

    QJsonObject show(const QStringList &args) const
    {
        return TestCloud::object(admin(args + QStringList{"-f", "json"}));
    }

    QString idOf(const QString &resource, const QString &name) const
    {
        const QStringList words = resource.split(QLatin1Char(' '));
        return show(words + QStringList{"show", name}).value("id").toString();
    }

    // Every field of every row, so "nothing changed" compares all of it.
    QString listing(const QString &resource) const
    {
        const StackctlRun run = admin(resource.split(QLatin1Char(' ')) + QStringList{"list", "-f", "json"});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return run.out;
    }

    static QStringList addresses(const QJsonObject &port)
    {
        QStringList ips;
        for (const QJsonValue &ip : port.value("fixed_ips").toArray())
            ips.append(ip.toObject().value("ip_address").toString());
        return ips;
    }

    static QStringList values(const QJsonArray &rows, const QString &key)
    {
        QStringList found;
        for (const QJsonValue &row : rows)
            found.append(row.toObject().value(key).toString());
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        COMPARE_EXIT(admin({"project", "list"}), 0);
        QFile readme(demoDir() + QStringLiteral("/README.txt"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const auto match =
            QRegularExpression(QStringLiteral("Member: user demo, project demo, password (\\S+)"))
                .match(QString::fromUtf8(readme.readAll()));
        QVERIFY(match.hasMatch());
        m_demoPassword = match.captured(1);

        // A network with one subnet, for the bad-input rows to collide with.
        COMPARE_EXIT(admin({"network", "create", "net-bad"}), 0);
        COMPARE_EXIT(admin({"subnet", "create", "--network", "net-bad", "--subnet-range", "192.168.70.0/24",
                            "sub-bad"}),
                     0);
    }

    void demoLabHasPublicPrivateAndRouter1()
    {
        const QJsonArray networks = TestCloud::array(admin({"network", "list", "-f", "json"}));
        QVERIFY(values(networks, "name").contains("public"));
        QVERIFY(values(networks, "name").contains("private"));
        for (const QJsonValue &n : networks) {
            const QJsonObject network = n.toObject();
            if (network.value("name") == "public")
                QCOMPARE(network.value("router:external").toBool(), true);
            if (network.value("name") == "private")
                QCOMPARE(network.value("router:external").toBool(), false);
        }
        QCOMPARE(TestCloud::lines(admin({"network", "list", "--external", "-f", "value", "-c", "name"})),
                 QStringList{"public"});

        const QJsonObject publicNet = show({"network", "show", "public"});
        QCOMPARE(publicNet.value("subnets").toArray().size(), 1);
        const QJsonObject publicSubnet = show({"subnet", "show", publicNet.value("subnets")[0].toString()});
        QCOMPARE(publicSubnet.value("cidr").toString(), QStringLiteral("172.24.4.0/24"));
        QCOMPARE(publicSubnet.value("gateway_ip").toString(), QStringLiteral("172.24.4.1"));

        const QJsonArray privateSubnets =
            TestCloud::array(admin({"subnet", "list", "--network", "private", "-f", "json"}));
        QCOMPARE(privateSubnets.size(), 1);
        QCOMPARE(privateSubnets[0].toObject().value("cidr").toString(), QStringLiteral("10.0.0.0/24"));

        // router1: its gateway on public, an interface holding private's gateway address.
        const QJsonObject router = show({"router", "show", "router1"});
        const QJsonObject gateway = router.value("external_gateway_info").toObject();
        QCOMPARE(gateway.value("network_id").toString(), publicNet.value("id").toString());
        const QJsonArray interfaces = router.value("interfaces_info").toArray();
        QCOMPARE(interfaces.size(), 1);
        QCOMPARE(interfaces[0].toObject().value("subnet_id").toString(),
                 privateSubnets[0].toObject().value("id").toString());
        QCOMPARE(interfaces[0].toObject().value("ip_address").toString(), QStringLiteral("10.0.0.1"));

        // The tables carry the OpenStack client's headers.
        const StackctlRun table = admin({"network", "list"});
        COMPARE_EXIT(table, 0);
        QVERIFY2(table.out.contains("| ID") && table.out.contains("| Name") &&
                     table.out.contains("| Subnets"),
                 qPrintable(table.out));
        const StackctlRun routers = admin({"router", "list"});
        COMPARE_EXIT(routers, 0);
        for (const char *header : {"ID", "Name", "Status", "State", "Project"})
            QVERIFY2(routers.out.contains(QLatin1String(header)), qPrintable(routers.out));
        QVERIFY2(routers.out.contains("router1") && routers.out.contains("| UP"), qPrintable(routers.out));

        // The member sees its own private network and the external one.
        const QStringList memberNets =
            TestCloud::lines(asDemo({"network", "list", "-f", "value", "-c", "name"}));
        QVERIFY2(memberNets.contains("private") && memberNets.contains("public"),
                 qPrintable(memberNets.join(',')));
        QVERIFY2(!memberNets.contains("net-bad"), qPrintable(memberNets.join(',')));
    }

    void createNetworkAndSubnetWithPoolsDnsAndRoutes()
    {
        const QJsonObject network =
            show({"network", "create", "--mtu", "1400", "--description", "for tests", "net-a"});
        QCOMPARE(network.value("name").toString(), QStringLiteral("net-a"));
        QCOMPARE(network.value("mtu").toInt(), 1400);
        QCOMPARE(network.value("admin_state_up").toBool(), true);
        QCOMPARE(network.value("shared").toBool(), false);

        const QJsonObject subnet = show({"subnet",
                                         "create",
                                         "--network",
                                         "net-a",
                                         "--subnet-range",
                                         "192.168.50.0/24",
                                         "--gateway",
                                         "192.168.50.1",
                                         "--allocation-pool",
                                         "start=192.168.50.10,end=192.168.50.20",
                                         "--allocation-pool",
                                         "start=192.168.50.100,end=192.168.50.110",
                                         "--dns-nameserver",
                                         "192.0.2.53",
                                         "--dns-nameserver",
                                         "192.0.2.54",
                                         "--host-route",
                                         "destination=10.20.0.0/16,gateway=192.168.50.254",
                                         "--no-dhcp",
                                         "sub-a"});
        QCOMPARE(subnet.value("cidr").toString(), QStringLiteral("192.168.50.0/24"));
        QCOMPARE(subnet.value("gateway_ip").toString(), QStringLiteral("192.168.50.1"));
        QCOMPARE(subnet.value("ip_version").toInt(), 4);
        QCOMPARE(subnet.value("enable_dhcp").toBool(), false);
        QCOMPARE(subnet.value("network_id").toString(), network.value("id").toString());
        const QJsonArray pools = subnet.value("allocation_pools").toArray();
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools[0].toObject(), (QJsonObject{{"start", "192.168.50.10"}, {"end", "192.168.50.20"}}));
        QCOMPARE(pools[1].toObject(), (QJsonObject{{"start", "192.168.50.100"}, {"end", "192.168.50.110"}}));
        QCOMPARE(subnet.value("dns_nameservers").toArray(), (QJsonArray{"192.0.2.53", "192.0.2.54"}));
        QCOMPARE(subnet.value("host_routes").toArray(),
                 (QJsonArray{QJsonObject{{"destination", "10.20.0.0/16"}, {"nexthop", "192.168.50.254"}}}));

        // show reads back what create printed, and the network lists its subnet.
        QCOMPARE(show({"subnet", "show", "sub-a"}).value("allocation_pools").toArray(), pools);
        QCOMPARE(show({"network", "show", "net-a"}).value("subnets").toArray(),
                 QJsonArray{subnet.value("id").toString()});

        // YAML nests the same structure; a table shows every pool.
        const StackctlRun yaml = admin({"subnet", "show", "sub-a", "-f", "yaml"});
        COMPARE_EXIT(yaml, 0);
        QVERIFY2(
            yaml.out.contains("allocation_pools:\n- end: \"192.168.50.20\"\n  start: \"192.168.50.10\"\n"),
            qPrintable(yaml.out));
        const StackctlRun table = admin({"subnet", "show", "sub-a"});
        COMPARE_EXIT(table, 0);
        QVERIFY2(table.out.contains("192.168.50.10") && table.out.contains("192.168.50.110"),
                 qPrintable(table.out));

        // set adds to the lists; --no-* clears them first.
        COMPARE_EXIT(admin({"subnet", "set", "--dns-nameserver", "192.0.2.55", "--name", "sub-a2", "sub-a"}),
                     0);
        QCOMPARE(show({"subnet", "show", "sub-a2"}).value("dns_nameservers").toArray(),
                 (QJsonArray{"192.0.2.53", "192.0.2.54", "192.0.2.55"}));
        COMPARE_EXIT(
            admin({"subnet", "set", "--no-dns-nameservers", "--dns-nameserver", "192.0.2.9", "sub-a2"}), 0);
        QCOMPARE(show({"subnet", "show", "sub-a2"}).value("dns_nameservers").toArray(),
                 QJsonArray{"192.0.2.9"});
        COMPARE_EXIT(admin({"subnet", "set", "--name", "sub-a", "sub-a2"}), 0);

        COMPARE_EXIT(admin({"network", "set", "--disable", "--mtu", "1450", "net-a"}), 0);
        const QJsonObject changed = show({"network", "show", "net-a"});
        QCOMPARE(changed.value("admin_state_up").toBool(), false);
        QCOMPARE(changed.value("mtu").toInt(), 1450);
        COMPARE_EXIT(admin({"network", "set", "--enable", "net-a"}), 0);
    }

    void badSubnetsAreRefusedAndNothingIsCreated_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto subnet = [](const QString &cidr, const QStringList &more = {}) {
            return QStringList{"subnet", "create", "--network", "net-bad", "--subnet-range", cidr} + more +
                   QStringList{"sub-x"};
        };
        QTest::newRow("prefix too long") << subnet("10.0.0.0/33") << "prefix length must be 0-32";
        QTest::newRow("host bits set") << subnet("10.0.0.1/24") << "10.0.0.0/24";
        QTest::newRow("gateway outside")
            << subnet("192.168.60.0/24", {"--gateway", "10.9.9.1"}) << "10.9.9.1";
        QTest::newRow("gateway inside a pool")
            << subnet("192.168.60.0/24", {"--gateway", "192.168.60.15", "--allocation-pool",
                                          "start=192.168.60.10,end=192.168.60.20"})
            << "192.168.60.15";
        QTest::newRow("overlapping pools")
            << subnet("192.168.60.0/24", {"--allocation-pool", "start=192.168.60.10,end=192.168.60.20",
                                          "--allocation-pool", "start=192.168.60.15,end=192.168.60.25"})
            << "192.168.60.15";
        QTest::newRow("pool outside the subnet")
            << subnet("192.168.60.0/24", {"--allocation-pool", "start=192.168.61.10,end=192.168.61.20"})
            << "192.168.61.10";
        QTest::newRow("overlaps a subnet of the network") << subnet("192.168.70.128/25") << "192.168.70.";
        QTest::newRow("unknown network")
            << QStringList{"subnet", "create", "--network", "nope", "--subnet-range", "192.168.60.0/24", "x"}
            << "nope";
    }

    void badSubnetsAreRefusedAndNothingIsCreated()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString before = listing("subnet");
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(listing("subnet"), before);
    }

    void portsTakeTheNextFreeAddress()
    {
        const QJsonObject first = show({"port", "create", "--network", "net-a", "p1"});
        QCOMPARE(addresses(first), QStringList{"192.168.50.10"});
        QVERIFY(first.value("mac_address").toString().startsWith("fa:16:3e:"));
        QCOMPARE(first.value("fixed_ips")[0].toObject().value("subnet_id").toString(),
                 idOf("subnet", "sub-a"));
        QCOMPARE(addresses(show({"port", "create", "--network", "net-a", "p2"})),
                 QStringList{"192.168.50.11"});
        const QJsonObject chosen = show({"port", "create", "--network", "net-a", "--fixed-ip",
                                         "subnet=sub-a,ip-address=192.168.50.15", "p3"});
        QCOMPARE(addresses(chosen), QStringList{"192.168.50.15"});
        QCOMPARE(addresses(show({"port", "create", "--network", "net-a", "--no-fixed-ip", "p4"})),
                 QStringList());

        // An address someone holds is refused, naming it, and no port is made.
        const QString before = listing("port");
        const StackctlRun taken =
            admin({"port", "create", "--network", "net-a", "--fixed-ip", "ip-address=192.168.50.15", "p5"});
        COMPARE_EXIT(taken, 1);
        VERIFY_MESSAGE(taken, "192.168.50.15");
        QCOMPARE(listing("port"), before);

        const QJsonArray ports =
            TestCloud::array(admin({"port", "list", "--network", "net-a", "-f", "json"}));
        QCOMPARE(values(ports, "name"), (QStringList{"p1", "p2", "p3", "p4"}));
        const StackctlRun table = admin({"port", "list", "--network", "net-a"});
        for (const char *header : {"ID", "Name", "MAC Address", "Fixed IP Addresses", "Status"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));
        QVERIFY2(table.out.contains("192.168.50.11"), qPrintable(table.out));

        COMPARE_EXIT(admin({"port", "set", "--name", "p2-renamed", "--disable", "p2"}), 0);
        QCOMPARE(show({"port", "show", "p2-renamed"}).value("admin_state_up").toBool(), false);
        COMPARE_EXIT(admin({"port", "delete", "p2-renamed", "p4"}), 0);
        // The next port takes the address after the last one handed out; a released one is free again.
        QCOMPARE(addresses(show({"port", "create", "--network", "net-a", "p4"})),
                 QStringList{"192.168.50.12"});
        QCOMPARE(addresses(show({"port", "create", "--network", "net-a", "--fixed-ip",
                                 "ip-address=192.168.50.11", "p2"})),
                 QStringList{"192.168.50.11"});
        COMPARE_EXIT(admin({"port", "delete", "p4"}), 0);
    }

    void anExhaustedPoolIsRefused()
    {
        COMPARE_EXIT(admin({"network", "create", "net-small"}), 0);
        COMPARE_EXIT(admin({"subnet", "create", "--network", "net-small", "--subnet-range", "192.168.80.0/29",
                            "--allocation-pool", "start=192.168.80.2,end=192.168.80.3", "sub-small"}),
                     0);
        QCOMPARE(addresses(show({"port", "create", "--network", "net-small", "s1"})),
                 QStringList{"192.168.80.2"});
        QCOMPARE(addresses(show({"port", "create", "--network", "net-small", "s2"})),
                 QStringList{"192.168.80.3"});
        const QString before = listing("port");
        const StackctlRun full = admin({"port", "create", "--network", "net-small", "s3"});
        COMPARE_EXIT(full, 1);
        VERIFY_MESSAGE(full, "192.168.80.");
        QCOMPARE(listing("port"), before);
    }

    void aNetworkWithPortsIsNotDeleted()
    {
        const QString before = listing("network");
        const StackctlRun inUse = admin({"network", "delete", "net-small"});
        COMPARE_EXIT(inUse, 1);
        VERIFY_MESSAGE(inUse, "net-small");
        QCOMPARE(listing("network"), before);

        COMPARE_EXIT(admin({"port", "delete", "s1", "s2"}), 0);
        COMPARE_EXIT(admin({"network", "delete", "net-small"}), 0);
        QVERIFY(
            !TestCloud::lines(admin({"network", "list", "-f", "value", "-c", "name"})).contains("net-small"));
        // Its subnet went with it.
        QVERIFY(
            !TestCloud::lines(admin({"subnet", "list", "-f", "value", "-c", "name"})).contains("sub-small"));
    }

    void routerTakesTheSubnetsGatewayAddress()
    {
        const QJsonObject created = show({"router", "create", "r-a"});
        QCOMPARE(created.value("status").toString(), QStringLiteral("ACTIVE"));
        QVERIFY(created.value("external_gateway_info").isNull());

        COMPARE_EXIT(admin({"router", "add", "subnet", "r-a", "sub-a"}), 0);
        const QJsonArray interfaces = show({"router", "show", "r-a"}).value("interfaces_info").toArray();
        QCOMPARE(interfaces.size(), 1);
        QCOMPARE(interfaces[0].toObject().value("ip_address").toString(), QStringLiteral("192.168.50.1"));
        const QJsonArray ports = TestCloud::array(admin({"port", "list", "--router", "r-a", "-f", "json"}));
        QCOMPARE(ports.size(), 1);
        QCOMPARE(addresses(ports[0].toObject()), QStringList{"192.168.50.1"});
        QCOMPARE(ports[0].toObject().value("device_owner").toString(),
                 QStringLiteral("network:router_interface"));
        const QJsonArray owned =
            TestCloud::array(admin({"port", "list", "--device-owner", "network:router_interface", "--network",
                                    "net-a", "-f", "json"}));
        QCOMPARE(owned.size(), 1);

        COMPARE_EXIT(admin({"router", "set", "--external-gateway", "public", "r-a"}), 0);
        const QJsonObject gateway = show({"router", "show", "r-a"}).value("external_gateway_info").toObject();
        QCOMPARE(gateway.value("network_id").toString(), idOf("network", "public"));
        const QJsonArray external = gateway.value("external_fixed_ips").toArray();
        QCOMPARE(external.size(), 1);
        QVERIFY2(external[0].toObject().value("ip_address").toString().startsWith("172.24.4."),
                 qPrintable(external[0].toObject().value("ip_address").toString()));

        // A gateway on a network that is not external is refused.
        const QString before = listing("router");
        const StackctlRun internal = admin({"router", "set", "--external-gateway", "net-a", "r-a"});
        COMPARE_EXIT(internal, 1);
        VERIFY_MESSAGE(internal, "net-a");
        QCOMPARE(listing("router"), before);

        COMPARE_EXIT(admin({"router", "set", "--name", "r-b", "--disable", "r-a"}), 0);
        const QJsonObject renamed = show({"router", "show", "r-b"});
        QCOMPARE(renamed.value("admin_state_up").toBool(), false);
        QCOMPARE(renamed.value("status").toString(), QStringLiteral("DOWN"));

        // Interfaces keep a router; without them it goes, and its ports with it.
        const StackctlRun busy = admin({"router", "delete", "r-b"});
        COMPARE_EXIT(busy, 1);
        COMPARE_EXIT(admin({"router", "remove", "subnet", "r-b", "sub-a"}), 0);
        QCOMPARE(show({"router", "show", "r-b"}).value("interfaces_info").toArray().size(), 0);
        COMPARE_EXIT(admin({"router", "unset", "--external-gateway", "r-b"}), 0);
        QVERIFY(show({"router", "show", "r-b"}).value("external_gateway_info").isNull());
        COMPARE_EXIT(admin({"router", "delete", "r-b"}), 0);
        QVERIFY(!TestCloud::lines(admin({"router", "list", "-f", "value", "-c", "name"})).contains("r-b"));
        QCOMPARE(TestCloud::array(admin({"port", "list", "--network", "net-a", "--device-owner",
                                         "network:router_interface", "-f", "json"}))
                     .size(),
                 0);
    }

    void floatingIpCreateSetUnsetDelete()
    {
        // The member's port on private reaches public through router1.
        const QJsonObject port =
            TestCloud::object(asDemo({"port", "create", "--network", "private", "web", "-f", "json"}));
        const QStringList fixed = addresses(port);
        QCOMPARE(fixed.size(), 1);
        QVERIFY2(fixed[0].startsWith("10.0.0."), qPrintable(fixed[0]));

        const QJsonObject fip =
            TestCloud::object(asDemo({"floating", "ip", "create", "public", "-f", "json"}));
        const QString address = fip.value("floating_ip_address").toString();
        QVERIFY2(address.startsWith("172.24.4."), qPrintable(address));
        QCOMPARE(fip.value("floating_network_id").toString(), idOf("network", "public"));
        QVERIFY(fip.value("port_id").isNull());
        QCOMPARE(fip.value("status").toString(), QStringLiteral("DOWN"));

        COMPARE_EXIT(asDemo({"floating", "ip", "set", "--port", "web", address}), 0);
        const QJsonObject associated =
            TestCloud::object(asDemo({"floating", "ip", "show", address, "-f", "json"}));
        QCOMPARE(associated.value("port_id").toString(), port.value("id").toString());
        QCOMPARE(associated.value("fixed_ip_address").toString(), fixed[0]);
        QCOMPARE(associated.value("router_id").toString(), idOf("router", "router1"));
        // No instance runs on the port: no host NATs the address, and the CLI says so.
        QCOMPARE(associated.value("nat").toString(),
                 QStringLiteral("modelled only: the port is not bound to a host yet, so no host NATs %1")
                     .arg(address));
        QVERIFY(fip.value("nat").isNull());
        const QJsonArray listed =
            TestCloud::array(asDemo({"floating", "ip", "list", "--port", "web", "-f", "json"}));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject().value("floating_ip_address").toString(), address);
        const StackctlRun table = asDemo({"floating", "ip", "list"});
        for (const char *header :
             {"ID", "Floating IP Address", "Fixed IP Address", "Port", "Floating Network", "Project"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));

        COMPARE_EXIT(asDemo({"floating", "ip", "unset", "--port", address}), 0);
        QVERIFY(TestCloud::object(asDemo({"floating", "ip", "show", address, "-f", "json"}))
                    .value("port_id")
                    .isNull());

        // Associated at once when created with --port.
        const QJsonObject direct =
            TestCloud::object(asDemo({"floating", "ip", "create", "--port", "web", "public", "-f", "json"}));
        QCOMPARE(direct.value("fixed_ip_address").toString(), fixed[0]);

        COMPARE_EXIT(asDemo({"floating", "ip", "delete", address, direct.value("id").toString()}), 0);
        const QStringList left =
            TestCloud::lines(asDemo({"floating", "ip", "list", "-f", "value", "-c", "floating_ip_address"}));
        QVERIFY2(!left.contains(address), qPrintable(left.join(',')));
        COMPARE_EXIT(asDemo({"port", "delete", "web"}), 0);
    }

    void floatingIpOnATenantNetworkIsRefused()
    {
        const QString before = listing("floating ip");
        const StackctlRun run = asDemo({"floating", "ip", "create", "private"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, "private");
        QCOMPARE(listing("floating ip"), before);
    }

    void memberCannotCreateSharedOrExternalNetworks()
    {
        const QString before = listing("network");
        for (const char *flag : {"--share", "--external"}) {
            const StackctlRun run = asDemo({"network", "create", QLatin1String(flag), "mine"});
            COMPARE_EXIT(run, 1);
            QVERIFY2(!run.err.isEmpty(), flag);
            QCOMPARE(listing("network"), before);
        }
        // A plain network of its own is the member's to make.
        const QJsonObject own = TestCloud::object(asDemo({"network", "create", "mine", "-f", "json"}));
        QCOMPARE(own.value("project_id").toString(), idOf("project", "demo"));
        COMPARE_EXIT(asDemo({"network", "delete", "mine"}), 0);
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList subnet = {"subnet",  "create",         "--network",
                                    "net-bad", "--subnet-range", "192.168.60.0/24"};
        QTest::newRow("pool without end") << subnet + QStringList{"--allocation-pool", "start=10.0.0.5", "x"}
                                          << "--allocation-pool start=10.0.0.5: expected start=IP,end=IP";
        QTest::newRow("pool with an unknown key")
            << subnet + QStringList{"--allocation-pool", "start=10.0.0.5,stop=10.0.0.9", "x"}
            << "unknown key 'stop'";
        QTest::newRow("pool key twice")
            << subnet + QStringList{"--allocation-pool", "start=10.0.0.5,start=10.0.0.6", "x"}
            << "'start' is given twice";
        QTest::newRow("route without gateway")
            << subnet + QStringList{"--host-route", "destination=10.1.0.0/16", "x"}
            << "--host-route destination=10.1.0.0/16: expected destination=CIDR,gateway=IP";
        QTest::newRow("ip version 5")
            << subnet + QStringList{"--ip-version", "5", "x"} << "--ip-version 5: expected 4 or 6";
        QTest::newRow("dhcp and no-dhcp")
            << subnet + QStringList{"--dhcp", "--no-dhcp", "x"} << "exclude each other";
        QTest::newRow("subnet without range")
            << QStringList{"subnet", "create", "--network", "net-bad", "x"} << "--subnet-range";
        QTest::newRow("fixed ip without keys")
            << QStringList{"port", "create", "--network", "net-a", "--fixed-ip", "10.0.0.5", "x"}
            << "--fixed-ip 10.0.0.5: expected subnet=SUBNET,ip-address=IP";
        QTest::newRow("fixed ip and no fixed ip")
            << QStringList{"port",       "create",       "--network",     "net-a",
                           "--fixed-ip", "subnet=sub-a", "--no-fixed-ip", "x"}
            << "exclude each other";
        QTest::newRow("share and no-share")
            << QStringList{"network", "create", "--share", "--no-share", "x"} << "exclude each other";
        QTest::newRow("mtu not a number")
            << QStringList{"network", "create", "--mtu", "big", "x"} << "--mtu: 'big'";
        QTest::newRow("network set nothing") << QStringList{"network", "set", "net-a"} << "nothing to change";
        QTest::newRow("router unset nothing")
            << QStringList{"router", "unset", "router1"} << "nothing to change";
        QTest::newRow("fixed address without port")
            << QStringList{"floating", "ip", "create", "--fixed-ip-address", "10.0.0.5", "public"}
            << "--port";
        QTest::newRow("floating ip set without port")
            << QStringList{"floating", "ip", "set", "172.24.4.99"} << "--port";
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString subnets = listing("subnet");
        const QString networks = listing("network");
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, 2);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(listing("subnet"), subnets);
        QCOMPARE(listing("network"), networks);
    }
};

QTEST_GUILESS_MAIN(TestStackctlNetwork)
#include "tst_stackctl_network.moc"
