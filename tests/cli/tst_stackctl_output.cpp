// `stackctl --demo host list|show` in every output format, on a fresh demo lab.

#include "stackctlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestStackctlOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    StackctlRunner m_stackctl{m_home.path()};
    StackctlRun m_firstRun;

    QJsonArray hostsAsJson()
    {
        const StackctlRun run =
            m_stackctl.run({QStringLiteral("--demo"), QStringLiteral("host"), QStringLiteral("list"),
                            QStringLiteral("-f"), QStringLiteral("json")});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning().noquote() << "not a JSON array:" << error.errorString() << run.out;
        return doc.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_firstRun =
            m_stackctl.run({QStringLiteral("--demo"), QStringLiteral("host"), QStringLiteral("list")});
        COMPARE_EXIT(m_firstRun, 0);
    }

    void firstRunShowsTheAdministratorPasswordOnce()
    {
        const QString demoDir = m_home.path() + QStringLiteral("/stackdesk/demo");
        QVERIFY2(m_firstRun.err.contains(QStringLiteral("Created the administrator 'admin' with password ")),
                 qPrintable(m_firstRun.err));
        QVERIFY2(m_firstRun.err.contains(QStringLiteral("(also in %1/README.txt)").arg(demoDir)),
                 qPrintable(m_firstRun.err));
        const StackctlRun second =
            m_stackctl.run({QStringLiteral("--demo"), QStringLiteral("host"), QStringLiteral("list")});
        COMPARE_EXIT(second, 0);
        QVERIFY2(!second.err.contains(QStringLiteral("password")), qPrintable(second.err));
    }

    void demoHostListJsonHasThreeUpHostsFromTheNodeXml()
    {
        const QJsonArray hosts = hostsAsJson();
        QCOMPARE(hosts.size(), 3);
        struct Expected
        {
            const char *name;
            const char *zone;
            int vcpus;
            int memoryMb;
        };
        const Expected expected[] = {{"compute-1", "zone-a", 16, 65536},
                                     {"compute-2", "zone-a", 8, 32768},
                                     {"compute-3", "zone-b", 32, 131072}};
        for (const Expected &e : expected) {
            const auto it = std::find_if(hosts.cbegin(), hosts.cend(), [&e](const QJsonValue &v) {
                return v.toObject().value(QStringLiteral("name")).toString() == QLatin1String(e.name);
            });
            QVERIFY2(it != hosts.cend(), e.name);
            const QJsonObject host = it->toObject();
            for (const char *key :
                 {"id", "name", "uri", "state", "enabled", "status", "availability_zone", "vcpus",
                  "memory_mb", "vcpus_used", "memory_mb_used", "disk_gb", "running_domains",
                  "hypervisor_type", "libvirt_version", "cpu_allocation_ratio", "capabilities", "last_error"})
                QVERIFY2(host.contains(QLatin1String(key)), key);
            QCOMPARE(host.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
            QCOMPARE(host.value(QStringLiteral("enabled")), QJsonValue(true));
            QCOMPARE(host.value(QStringLiteral("status")).toString(), QStringLiteral("enabled"));
            QCOMPARE(host.value(QStringLiteral("availability_zone")).toString(), QLatin1String(e.zone));
            QCOMPARE(host.value(QStringLiteral("vcpus")), QJsonValue(e.vcpus));
            QCOMPARE(host.value(QStringLiteral("memory_mb")), QJsonValue(e.memoryMb));
            QCOMPARE(host.value(QStringLiteral("kind")).toString(), QStringLiteral("simulated"));
            QVERIFY(host.value(QStringLiteral("uri")).toString().startsWith(QStringLiteral("test:///")));
            QVERIFY(host.value(QStringLiteral("capabilities")).isArray());
            QCOMPARE(host.value(QStringLiteral("cpu_allocation_ratio")), QJsonValue(16.0));
            QCOMPARE(host.value(QStringLiteral("last_error")), QJsonValue(QJsonValue::Null));
        }
    }

    void tableHasBordersAndTheListHeaders()
    {
        const StackctlRun run =
            m_stackctl.run({QStringLiteral("--demo"), QStringLiteral("host"), QStringLiteral("list")});
        COMPARE_EXIT(run, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7); // rule, header, rule, 3 hosts, rule
        QVERIFY(lines.at(0).startsWith(QStringLiteral("+----")));
        QCOMPARE(lines.at(0), lines.at(2));
        QCOMPARE(lines.at(0), lines.at(6));
        QStringList headers = lines.at(1).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (QString &h : headers)
            h = h.trimmed();
        QCOMPARE(headers, (QStringList{"ID", "Name", "URI", "State", "Status", "Zone", "vCPUs", "vCPUs Used",
                                       "Memory MB", "Memory Used MB", "Disk GB", "Running"}));
        QVERIFY(lines.at(3).contains(QStringLiteral("| compute-1 ")));
        // Numbers are right-aligned, as in the OpenStack client.
        QVERIFY2(lines.at(3).contains(QStringLiteral("|    16 |")), qPrintable(lines.at(3)));
    }

    void formatsPrintTheSelectedColumns_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QStringList list{QStringLiteral("host"), QStringLiteral("list")};
        QTest::newRow("value, by key") << (list + QStringList{"-f", "value", "-c", "name", "-c", "vcpus"})
                                       << QStringLiteral("compute-1 16\ncompute-2 8\ncompute-3 32\n");
        QTest::newRow("value, by header, any case, -c order")
            << (list + QStringList{"-f", "value", "-c", "ZONE", "-c", "Name"})
            << QStringLiteral("zone-a compute-1\nzone-a compute-2\nzone-b compute-3\n");
        QTest::newRow("csv") << (list +
                                 QStringList{"-f", "csv", "-c", "name", "-c", "memory_mb", "-c", "enabled"})
                             << QStringLiteral(
                                    "\"name\",\"memory_mb\",\"enabled\"\n\"compute-1\",65536,true\n"
                                    "\"compute-2\",32768,true\n\"compute-3\",131072,true\n");
        QTest::newRow("yaml") << (list +
                                  QStringList{"-f", "yaml", "-c", "name", "-c", "state", "-c", "vcpus"})
                              << QStringLiteral("- name: compute-1\n  state: up\n  vcpus: 16\n"
                                                "- name: compute-2\n  state: up\n  vcpus: 8\n"
                                                "- name: compute-3\n  state: up\n  vcpus: 32\n");
        QTest::newRow("json") << (list + QStringList{"-f", "json", "-c", "name", "-c", "enabled"})
                              << QStringLiteral(
                                     "[\n  {\n    \"name\": \"compute-1\",\n    \"enabled\": true\n  },\n"
                                     "  {\n    \"name\": \"compute-2\",\n    \"enabled\": true\n  },\n"
                                     "  {\n    \"name\": \"compute-3\",\n    \"enabled\": true\n  }\n]\n");
        QTest::newRow("options before the command")
            << QStringList{"-f", "value", "-c", "name", "host", "list"}
            << QStringLiteral("compute-1\ncompute-2\ncompute-3\n");
        QTest::newRow("table") << (list + QStringList{"-c", "name", "-c", "vcpus"})
                               << QStringLiteral("+-----------+-------+\n"
                                                 "| Name      | vCPUs |\n"
                                                 "+-----------+-------+\n"
                                                 "| compute-1 |    16 |\n"
                                                 "| compute-2 |     8 |\n"
                                                 "| compute-3 |    32 |\n"
                                                 "+-----------+-------+\n");
        QTest::newRow("show, value") << QStringList{"host", "show", "compute-2",         "-f", "value", "-c",
                                                    "name", "-c",   "availability_zone", "-c", "vcpus"}
                                     << QStringLiteral("compute-2\nzone-a\n8\n");
        QTest::newRow("show, yaml") << QStringList{"host", "show", "compute-3", "-f", "yaml",           "-c",
                                                   "name", "-c",   "memory_mb", "-c", "disabled_reason"}
                                    << QStringLiteral(
                                           "name: compute-3\nmemory_mb: 131072\ndisabled_reason: null\n");
        QTest::newRow("show, table") << QStringList{"host", "show", "compute-1", "-c", "name", "-c", "Zone"}
                                     << QStringLiteral("+-------------------+-----------+\n"
                                                       "| Field             | Value     |\n"
                                                       "+-------------------+-----------+\n"
                                                       "| Name              | compute-1 |\n"
                                                       "| Availability Zone | zone-a    |\n"
                                                       "+-------------------+-----------+\n");
    }

    void formatsPrintTheSelectedColumns()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const StackctlRun run = m_stackctl.run(QStringList{QStringLiteral("--demo")} + args);
        COMPARE_EXIT(run, 0);
        QCOMPARE(run.out, expected);
    }

    void csvHasEveryKeyInAQuotedHeader()
    {
        const StackctlRun run = m_stackctl.run({"--demo", "host", "list", "-f", "csv"});
        COMPARE_EXIT(run, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("\"id\",\"name\",\"uri\",\"kind\",\"state\"")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(QStringLiteral("\"availability_zone\"")));
        QVERIFY(lines.at(0).contains(QStringLiteral("\"capabilities\"")));
    }

    void showJsonIsOneObjectWithVersionsAndState()
    {
        const StackctlRun run = m_stackctl.run({"--demo", "host", "show", "compute-1", "-f", "json"});
        COMPARE_EXIT(run, 0);
        const QJsonObject host = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(host.value(QStringLiteral("name")).toString(), QStringLiteral("compute-1"));
        QCOMPARE(host.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
        QVERIFY(!host.value(QStringLiteral("state_since")).toString().isEmpty());
        // libvirt's integer version encoding printed as major.minor.release.
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                     .match(host.value(QStringLiteral("libvirt_version")).toString())
                     .hasMatch(),
                 qPrintable(run.out));
    }

    void showTableNamesEveryField()
    {
        const StackctlRun run = m_stackctl.run({"--demo", "host", "show", "compute-1"});
        COMPARE_EXIT(run, 0);
        for (const char *field :
             {"| Field ", "| Name ", "| State ", "| State Since ", "| Capabilities ", "| Hypervisor Version ",
              "| libvirt Version ", "| Last Error ", "| CPU Allocation Ratio    | 16.0 "})
            QVERIFY2(run.out.contains(QLatin1String(field)), field);
    }

    void actionLogListsWhatWasDone()
    {
        COMPARE_EXIT(
            m_stackctl.run({"--demo", "host", "disable", "--reason", "firmware update", "compute-2"}), 0);
        COMPARE_EXIT(m_stackctl.run({"--demo", "host", "enable", "compute-2"}), 0);
        const StackctlRun run =
            m_stackctl.run({"--demo", "action", "log", "list", "--limit", "2", "-f", "json"});
        COMPARE_EXIT(run, 0);
        const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(entries.size(), 2);
        QStringList actions;
        for (const QJsonValue &e : entries) {
            actions.append(e.toObject().value(QStringLiteral("action")).toString());
            QCOMPARE(e.toObject().value(QStringLiteral("target_name")).toString(),
                     QStringLiteral("compute-2"));
            QCOMPARE(e.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
        }
        actions.sort();
        QCOMPARE(actions, (QStringList{"host.disable", "host.enable"}));

        const StackctlRun table = m_stackctl.run({"--demo", "action", "log", "list"});
        COMPARE_EXIT(table, 0);
        QVERIFY2(table.out.contains(QStringLiteral("| host compute-2 ")), qPrintable(table.out));
        for (const char *header :
             {"ID", "Request ID", "User", "Action", "Target", "Started", "Outcome", "Message"})
            QVERIFY2(table.out.contains(QStringLiteral("| %1 ").arg(QLatin1String(header))), header);
    }
};

QTEST_GUILESS_MAIN(TestStackctlOutput)
#include "tst_stackctl_output.moc"
