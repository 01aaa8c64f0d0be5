// `stackctl security group` and `security group rule` on the demo lab: each project's default group,
// groups and rules created, listed, shown and deleted, and the bad rules of issue 5 refused with nothing
// created.

#include "testcloud.h"

#include <QFile>

class TestStackctlSecGroup : public QObject
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

    QJsonArray rules(const QString &group) const
    {
        return TestCloud::array(admin({"security", "group", "rule", "list", group, "-f", "json"}));
    }

    QJsonObject createRule(const QStringList &args) const
    {
        return TestCloud::object(
            admin(QStringList{"security", "group", "rule", "create"} + args + QStringList{"-f", "json"}));
    }

    // The id of the group called `name` in `project`: every project has its own `default`.
    QString groupId(const QString &project, const QString &name) const
    {
        const QString projectId =
            TestCloud::object(admin({"project", "show", project, "-f", "json"})).value("id").toString();
        for (const QJsonValue &g :
             TestCloud::array(admin({"security", "group", "list", "--project", project, "-f", "json"}))) {
            const QJsonObject group = g.toObject();
            if (group.value("project_id").toString() == projectId && group.value("name").toString() == name)
                return group.value("id").toString();
        }
        return {};
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
        COMPARE_EXIT(admin({"security", "group", "create", "--description", "web servers", "web"}), 0);
    }

    void eachProjectHasADefaultGroup()
    {
        const QString admins = groupId("admin", "default");
        const QString demos = groupId("demo", "default");
        QVERIFY(!admins.isEmpty());
        // Seeded with the demo lab (DESIGN.md §7), before any member of demo has listed groups.
        QVERIFY2(!demos.isEmpty(), "project demo has no default security group");
        QVERIFY(admins != demos);

        // Like Neutron's: egress anywhere for both ethertypes, ingress from members of the group itself.
        const QJsonArray defaults = rules(demos);
        int egress = 0;
        int fromItself = 0;
        for (const QJsonValue &r : defaults) {
            const QJsonObject rule = r.toObject();
            egress += rule.value("direction") == "egress" ? 1 : 0;
            fromItself +=
                rule.value("direction") == "ingress" && rule.value("remote_group_id") == demos ? 1 : 0;
        }
        QCOMPARE(egress, 2);
        QCOMPARE(fromItself, 2);

        const StackctlRun table = asDemo({"security", "group", "list"});
        COMPARE_EXIT(table, 0);
        for (const char *header : {"ID", "Name", "Description", "Project"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));
        QVERIFY2(table.out.contains("default") && !table.out.contains("web servers"), qPrintable(table.out));
    }

    void ruleCreateListShowDelete()
    {
        const int before = rules("web").size();
        const QJsonObject ssh =
            createRule({"--protocol", "tcp", "--dst-port", "22", "--remote-ip", "192.0.2.0/24", "web"});
        QCOMPARE(ssh.value("protocol").toString(), QStringLiteral("tcp"));
        QCOMPARE(ssh.value("port_range_min").toInt(), 22);
        QCOMPARE(ssh.value("port_range_max").toInt(), 22);
        QCOMPARE(ssh.value("direction").toString(), QStringLiteral("ingress"));
        QCOMPARE(ssh.value("ethertype").toString(), QStringLiteral("IPv4"));
        QCOMPARE(ssh.value("remote_ip_prefix").toString(), QStringLiteral("192.0.2.0/24"));
        QCOMPARE(ssh.value("security_group_id").toString(), groupId("admin", "web"));

        const QJsonObject range =
            createRule({"--protocol", "udp", "--dst-port", "8000:8080", "--egress", "web"});
        QCOMPARE(range.value("port_range_min").toInt(), 8000);
        QCOMPARE(range.value("port_range_max").toInt(), 8080);
        QCOMPARE(range.value("direction").toString(), QStringLiteral("egress"));

        const QJsonObject ping =
            createRule({"--protocol", "icmp", "--icmp-type", "8", "--icmp-code", "0", "web"});
        QCOMPARE(ping.value("port_range_min").toInt(), 8);
        QCOMPARE(ping.value("port_range_max").toInt(), 0);

        const QJsonObject v6 =
            createRule({"--protocol", "tcp", "--dst-port", "443", "--remote-ip", "2001:db8::/32", "web"});
        QCOMPARE(v6.value("ethertype").toString(), QStringLiteral("IPv6"));

        const QJsonObject fromGroup = createRule({"--remote-group", "web", "web"});
        QCOMPARE(fromGroup.value("remote_group_id").toString(), groupId("admin", "web"));
        QVERIFY(fromGroup.value("protocol").isNull());

        QCOMPARE(rules("web").size(), before + 5);
        const StackctlRun table = admin({"security", "group", "rule", "list", "web"});
        COMPARE_EXIT(table, 0);
        for (const char *header : {"ID", "IP Protocol", "Ethertype", "IP Range", "Port Range", "Direction",
                                   "Remote Security Group"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));
        QVERIFY2(table.out.contains("22:22") && table.out.contains("8000:8080"), qPrintable(table.out));
        // One group's rules need no Security Group column; everyone's do.
        QVERIFY2(!table.out.contains("| Security Group "), qPrintable(table.out));
        const StackctlRun all = admin({"security", "group", "rule", "list"});
        QVERIFY2(all.out.contains("| Security Group "), qPrintable(all.out));
        QCOMPARE(
            TestCloud::array(admin({"security", "group", "rule", "list", "web", "--egress", "-f", "json"}))
                .size(),
            rules("web").size() - TestCloud::array(admin({"security", "group", "rule", "list", "web",
                                                          "--ingress", "-f", "json"}))
                                      .size());

        const QString id = ssh.value("id").toString();
        const QJsonObject shown =
            TestCloud::object(admin({"security", "group", "rule", "show", id, "-f", "json"}));
        QCOMPARE(shown.value("remote_ip_prefix").toString(), QStringLiteral("192.0.2.0/24"));
        const QJsonArray inGroup =
            TestCloud::object(admin({"security", "group", "show", "web", "-f", "json"}))
                .value("rules")
                .toArray();
        QCOMPARE(inGroup.size(), before + 5);

        COMPARE_EXIT(admin({"security", "group", "rule", "delete", id, range.value("id").toString()}), 0);
        QCOMPARE(rules("web").size(), before + 3);
        COMPARE_EXIT(admin({"security", "group", "rule", "show", id}), 1);
    }

    void badRulesAreRefusedAndNothingIsCreated_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("backwards port range")
            << QStringList{"--protocol", "tcp", "--dst-port", "23:22", "web"}
            << "--dst-port 23:22: the first port must not be above the last";
        QTest::newRow("port on icmp") << QStringList{"--protocol", "icmp", "--dst-port", "22", "web"}
                                      << "--dst-port 22: not allowed with protocol icmp";
        QTest::newRow("icmp type on tcp")
            << QStringList{"--protocol", "tcp", "--icmp-type", "8", "web"} << "--icmp-type 8";
        QTest::newRow("port out of range")
            << QStringList{"--protocol", "tcp", "--dst-port", "70000", "web"} << "70000";
        QTest::newRow("IPv6 prefix on an IPv4 rule")
            << QStringList{"--ethertype", "IPv4", "--remote-ip", "2001:db8::/32", "web"} << "2001:db8::/32";
        QTest::newRow("host bits in the remote CIDR")
            << QStringList{"--remote-ip", "10.0.0.1/24", "web"} << "10.0.0.0/24";
        QTest::newRow("unknown group") << QStringList{"--protocol", "tcp", "nope"} << "nope";
        QTest::newRow("unknown remote group") << QStringList{"--remote-group", "nope", "web"} << "nope";
    }

    void badRulesAreRefusedAndNothingIsCreated()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString before = admin({"security", "group", "rule", "list", "-f", "json"}).out;
        const StackctlRun run = admin(QStringList{"security", "group", "rule", "create"} + args);
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(admin({"security", "group", "rule", "list", "-f", "json"}).out, before);
    }

    void aRemoteGroupOfAnotherProjectIsRefused()
    {
        // The administrator sees both projects' groups, so only the rule itself can refuse. (Listing makes
        // the member's default group if the project has none yet, as Neutron does.)
        COMPARE_EXIT(asDemo({"security", "group", "list"}), 0);
        const QString demos = groupId("demo", "default");
        const QString admins = groupId("admin", "web");
        const QString before = admin({"security", "group", "rule", "list", "-f", "json"}).out;
        const StackctlRun run =
            admin({"security", "group", "rule", "create", "--remote-group", admins, demos});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(admins) || run.err.contains("web"), qPrintable(run.err));
        QCOMPARE(admin({"security", "group", "rule", "list", "-f", "json"}).out, before);

        // The member cannot even name the other project's group.
        const StackctlRun member =
            asDemo({"security", "group", "rule", "create", "--remote-group", admins, "default"});
        COMPARE_EXIT(member, 1);
        QCOMPARE(admin({"security", "group", "rule", "list", "-f", "json"}).out, before);
    }

    void groupSetShowDelete()
    {
        COMPARE_EXIT(admin({"security", "group", "set", "--name", "www", "web"}), 0);
        const QJsonObject group =
            TestCloud::object(admin({"security", "group", "show", "www", "-f", "json"}));
        QCOMPARE(group.value("description").toString(), QStringLiteral("web servers"));
        COMPARE_EXIT(admin({"security", "group", "set", "--description", "public web", "www"}), 0);
        QCOMPARE(TestCloud::object(admin({"security", "group", "show", "www", "-f", "json"}))
                     .value("name")
                     .toString(),
                 QStringLiteral("www"));

        // `default` stays; others go, rules and all.
        const StackctlRun keep = admin({"security", "group", "delete", groupId("admin", "default")});
        COMPARE_EXIT(keep, 1);
        QVERIFY(!groupId("admin", "default").isEmpty());
        COMPARE_EXIT(admin({"security", "group", "delete", "www"}), 0);
        QVERIFY(groupId("admin", "www").isEmpty());
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList create = {"security", "group", "rule", "create"};
        QTest::newRow("port not a number")
            << create + QStringList{"--protocol", "tcp", "--dst-port", "ssh", "default"}
            << "--dst-port ssh: expected PORT or PORT:PORT";
        QTest::newRow("three ports") << create +
                                            QStringList{"--protocol", "tcp", "--dst-port", "1:2:3", "default"}
                                     << "--dst-port 1:2:3";
        QTest::newRow("unknown protocol")
            << create + QStringList{"--protocol", "tcpp", "default"} << "--protocol tcpp";
        QTest::newRow("unknown ethertype") << create + QStringList{"--ethertype", "IPv5", "default"}
                                           << "--ethertype IPv5: expected IPv4 or IPv6";
        QTest::newRow("ingress and egress")
            << create + QStringList{"--ingress", "--egress", "default"} << "exclude each other";
        QTest::newRow("remote ip and group")
            << create + QStringList{"--remote-ip", "10.0.0.0/8", "--remote-group", "default", "default"}
            << "exclude each other";
        QTest::newRow("icmp code without type")
            << create + QStringList{"--protocol", "icmp", "--icmp-code", "0", "default"}
            << "--icmp-code 0: give --icmp-type too";
        QTest::newRow("icmp type not a number")
            << create + QStringList{"--protocol", "icmp", "--icmp-type", "echo", "default"}
            << "--icmp-type: 'echo'";
        QTest::newRow("group set nothing")
            << QStringList{"security", "group", "set", "default"} << "nothing to change";
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString before = admin({"security", "group", "rule", "list", "-f", "json"}).out;
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, 2);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(admin({"security", "group", "rule", "list", "-f", "json"}).out, before);
    }
};

QTEST_GUILESS_MAIN(TestStackctlSecGroup)
#include "tst_stackctl_secgroup.moc"
