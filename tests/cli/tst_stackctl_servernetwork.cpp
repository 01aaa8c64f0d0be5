// `stackctl server add|remove port|network|security group|floating ip` on the demo lab's simulated hosts,
// as the demo member: each change seen by the next stackctl run, the refusals with exit code 1 and their
// reason, usage errors with exit code 2.

#include "democloud.h"

#include <QDir>

class TestStackctlServerNetwork : public QObject
{
    Q_OBJECT

private:
    DemoCloud m_cloud;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    StackctlRun asDemo(const QStringList &args) const { return m_cloud.asDemo(args); }

    QString field(const StackctlRun &run, const QString &key) const
    {
        return TestCloud::object(run).value(key).toVariant().toString();
    }

    QString addresses(const QString &server) const
    {
        return field(asDemo({"server", "show", "-f", "json", server}), QStringLiteral("addresses"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.open());
        const QString file = QDir(m_cloud.home()).filePath(QStringLiteral("small.qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}),
                 0);
        COMPARE_EXIT(admin({"image", "create", "--file", file, "--public", "small"}), 0);
        for (const char *name : {"web", "db"})
            COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--network",
                                 "private", QString::fromLatin1(name)}),
                         0);
    }

    void addNetworkWithAFixedIp()
    {
        COMPARE_EXIT(asDemo({"server", "add", "network", "--fixed-ip", "10.0.0.60", "web", "private"}), 0);
        QVERIFY2(addresses("web").contains(QStringLiteral("10.0.0.60")), qPrintable(addresses("web")));
        const StackctlRun outside =
            asDemo({"server", "add", "network", "--fixed-ip", "192.168.1.1", "web", "private"});
        COMPARE_EXIT(outside, 1);
        VERIFY_MESSAGE(outside,
                       QStringLiteral("Fixed IP 192.168.1.1 is in none of network private's subnets"));
        const StackctlRun taken =
            asDemo({"server", "add", "network", "--fixed-ip", "10.0.0.60", "db", "private"});
        COMPARE_EXIT(taken, 1);
        VERIFY_MESSAGE(taken, QStringLiteral("10.0.0.60 is already in use"));
        const StackctlRun external = asDemo({"server", "add", "network", "web", "public"});
        COMPARE_EXIT(external, 1);
        VERIFY_MESSAGE(external, QStringLiteral("Network public is external"));
        COMPARE_EXIT(asDemo({"server", "add", "network", "web"}), 2);
        COMPARE_EXIT(asDemo({"server", "add", "network", "nosuch", "private"}), 1);
    }

    void addAndRemoveAPort()
    {
        COMPARE_EXIT(
            asDemo({"port", "create", "--network", "private", "--fixed-ip", "ip-address=10.0.0.70", "mine"}),
            0);
        COMPARE_EXIT(asDemo({"server", "add", "port", "web", "mine"}), 0);
        const QString webId = field(asDemo({"server", "show", "-f", "json", "web"}), QStringLiteral("id"));
        QCOMPARE(field(asDemo({"port", "show", "-f", "json", "mine"}), QStringLiteral("device_id")), webId);
        QVERIFY(addresses("web").contains(QStringLiteral("10.0.0.70")));
        const StackctlRun inUse = asDemo({"server", "add", "port", "db", "mine"});
        COMPARE_EXIT(inUse, 1);
        VERIFY_MESSAGE(inUse, QStringLiteral("Port mine is in use by %1").arg(webId));

        COMPARE_EXIT(asDemo({"server", "remove", "port", "web", "mine"}), 0);
        // The user's port stays, free for another server.
        const QJsonObject port = TestCloud::object(asDemo({"port", "show", "-f", "json", "mine"}));
        QVERIFY(port.value(QStringLiteral("device_id")).toString().isEmpty());
        QVERIFY(!addresses("web").contains(QStringLiteral("10.0.0.70")));
        const StackctlRun notAttached = asDemo({"server", "remove", "port", "web", "mine"});
        COMPARE_EXIT(notAttached, 1);
        VERIFY_MESSAGE(notAttached, QStringLiteral("Port 'mine': instance web has no such port"));
    }

    void removeNetworkDetachesEveryPortOnIt()
    {
        COMPARE_EXIT(asDemo({"server", "add", "network", "db", "private"}), 0);
        QCOMPARE(addresses("db").count(QStringLiteral("10.0.0.")), 2);
        const int ports = TestCloud::array(asDemo({"port", "list", "-f", "json"})).size();
        COMPARE_EXIT(asDemo({"server", "remove", "network", "db", "private"}), 0);
        QVERIFY2(!addresses("db").contains(QStringLiteral("10.0.0.")), qPrintable(addresses("db")));
        // Both were the server's own ports: they are gone.
        QCOMPARE(TestCloud::array(asDemo({"port", "list", "-f", "json"})).size(), ports - 2);
        const StackctlRun again = asDemo({"server", "remove", "network", "db", "private"});
        COMPARE_EXIT(again, 1);
        VERIFY_MESSAGE(again, QStringLiteral("Server db has no port on network private"));
        COMPARE_EXIT(asDemo({"server", "add", "network", "db", "private"}), 0);
    }

    void securityGroups()
    {
        COMPARE_EXIT(asDemo({"security", "group", "create", "webgroup"}), 0);
        COMPARE_EXIT(asDemo({"server", "add", "security", "group", "web", "webgroup"}), 0);
        const StackctlRun twice = asDemo({"server", "add", "security", "group", "web", "webgroup"});
        COMPARE_EXIT(twice, 1);
        VERIFY_MESSAGE(twice, QStringLiteral("Security group 'webgroup' is already on instance web"));
        COMPARE_EXIT(asDemo({"server", "remove", "security", "group", "web", "webgroup"}), 0);
        const StackctlRun gone = asDemo({"server", "remove", "security", "group", "web", "webgroup"});
        COMPARE_EXIT(gone, 1);
        VERIFY_MESSAGE(gone, QStringLiteral("Instance web has no security group 'webgroup'"));
        COMPARE_EXIT(asDemo({"server", "add", "security", "group", "web", "nosuch"}), 1);
        COMPARE_EXIT(asDemo({"server", "add", "security", "group", "web"}), 2);
    }

    void floatingIps()
    {
        const StackctlRun made =
            asDemo({"floating", "ip", "create", "-f", "value", "-c", "floating_ip_address", "public"});
        COMPARE_EXIT(made, 0);
        const QString ip = made.out.trimmed();
        QVERIFY(ip.startsWith(QStringLiteral("172.24.4.")));
        COMPARE_EXIT(
            asDemo({"server", "add", "floating", "ip", "--fixed-ip-address", "10.0.0.60", "web", ip}), 0);
        QVERIFY2(addresses("web").contains(ip), qPrintable(addresses("web")));
        QCOMPARE(
            field(asDemo({"floating", "ip", "show", "-f", "json", ip}), QStringLiteral("fixed_ip_address")),
            QStringLiteral("10.0.0.60"));
        const StackctlRun wrongFixed =
            asDemo({"server", "add", "floating", "ip", "--fixed-ip-address", "10.0.0.99", "db", ip});
        COMPARE_EXIT(wrongFixed, 1);
        VERIFY_MESSAGE(wrongFixed, QStringLiteral("Fixed IP 10.0.0.99: instance db has no such address"));
        const StackctlRun notOnDb = asDemo({"server", "remove", "floating", "ip", "db", ip});
        COMPARE_EXIT(notOnDb, 1);
        VERIFY_MESSAGE(notOnDb, QStringLiteral("Floating IP %1 is not on instance db").arg(ip));
        COMPARE_EXIT(asDemo({"server", "remove", "floating", "ip", "web", ip}), 0);
        QVERIFY(!addresses("web").contains(ip));
        QVERIFY(
            field(asDemo({"floating", "ip", "show", "-f", "json", ip}), QStringLiteral("port_id")).isEmpty());
        COMPARE_EXIT(asDemo({"server", "remove", "floating", "ip", "web", "172.24.4.250"}), 1);
    }

    void actionsAreInTheEventList()
    {
        const QJsonArray events = TestCloud::array(asDemo({"server", "event", "list", "-f", "json", "web"}));
        QStringList actions;
        for (const QJsonValue &e : events)
            actions << e.toObject().value(QStringLiteral("action")).toString();
        for (const char *action :
             {"server.attach_interface", "server.detach_interface", "server.add_security_group",
              "server.remove_security_group", "server.add_floating_ip", "server.remove_floating_ip"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
    }
};

QTEST_GUILESS_MAIN(TestStackctlServerNetwork)
#include "tst_stackctl_servernetwork.moc"
