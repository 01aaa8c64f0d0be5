// `stackctl server group` on the demo lab: Nova's four policies, the OpenStack client's columns, project
// scoping and --all-projects, deleting many, and bad input with its exit codes.

#include "democloud.h"

class TestStackctlServerGroup : public QObject
{
    Q_OBJECT

    DemoCloud m_cloud;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    QStringList names(const QStringList &extra = {}) const
    {
        return TestCloud::lines(
            admin(QStringList{"server", "group", "list", "-f", "value", "-c", "name"} + extra));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_cloud.open()); }

    void createListShowDelete()
    {
        for (const char *policy : {"affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"}) {
            const StackctlRun run = admin({"server", "group", "create", "--policy", policy, "-f", "json",
                                           QStringLiteral("g-%1").arg(QLatin1String(policy))});
            COMPARE_EXIT(run, 0);
            const QJsonObject created = TestCloud::object(run);
            QCOMPARE(created.value("policy").toString(), QLatin1String(policy));
            QVERIFY(created.value("members").toArray().isEmpty());
            QCOMPARE(created.value("project_name").toString(), QStringLiteral("admin"));
        }
        QCOMPARE(names(),
                 (QStringList{"g-affinity", "g-anti-affinity", "g-soft-affinity", "g-soft-anti-affinity"}));

        const StackctlRun table = admin({"server", "group", "list"});
        COMPARE_EXIT(table, 0);
        for (const char *header : {"ID", "Name", "Policy"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));
        QVERIFY2(!table.out.contains(QStringLiteral("Members")), qPrintable(table.out));
        const StackctlRun longTable = admin({"server", "group", "list", "--long"});
        COMPARE_EXIT(longTable, 0);
        for (const char *header : {"Members", "Project ID", "User ID"})
            QVERIFY2(longTable.out.contains(QLatin1String(header)), qPrintable(longTable.out));

        const QJsonObject shown =
            TestCloud::object(admin({"server", "group", "show", "g-affinity", "-f", "json"}));
        QCOMPARE(shown.value("name").toString(), QStringLiteral("g-affinity"));
        // By ID too.
        const QString id = shown.value("id").toString();
        COMPARE_EXIT(admin({"server", "group", "show", id}), 0);

        COMPARE_EXIT(admin({"server", "group", "delete", id, "g-anti-affinity", "g-soft-affinity",
                            "g-soft-anti-affinity"}),
                     0);
        QVERIFY(names().isEmpty());
    }

    void groupsAreTheProjects()
    {
        COMPARE_EXIT(m_cloud.asDemo({"server", "group", "create", "--policy", "anti-affinity", "web"}), 0);
        COMPARE_EXIT(admin({"server", "group", "create", "--policy", "affinity", "db"}), 0);
        QCOMPARE(TestCloud::lines(m_cloud.asDemo({"server", "group", "list", "-f", "value", "-c", "name"})),
                 QStringList{"web"});
        QCOMPARE(names(), QStringList{"db"});
        QCOMPARE(names({"--all-projects"}), (QStringList{"db", "web"}));
        const StackctlRun all = m_cloud.asDemo({"server", "group", "list", "--all-projects"});
        COMPARE_EXIT(all, 1);
        VERIFY_MESSAGE(all, QStringLiteral("only administrators"));
        const StackctlRun other = m_cloud.asDemo({"server", "group", "delete", "db"});
        COMPARE_EXIT(other, 1);
        VERIFY_MESSAGE(other, QStringLiteral("Server group 'db': no such server group"));
        COMPARE_EXIT(m_cloud.asDemo({"server", "group", "delete", "web"}), 0);
        COMPARE_EXIT(admin({"server", "group", "delete", "db"}), 0);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown policy")
            << QStringList{"server", "group", "create", "--policy", "spread", "g"} << 1
            << "Server group policy 'spread': use one of affinity, anti-affinity, soft-affinity, "
               "soft-anti-affinity";
        QTest::newRow("no policy") << QStringList{"server", "group", "create", "g"} << 2 << "--policy";
        QTest::newRow("empty name") << QStringList{"server", "group", "create", "--policy", "affinity", ""}
                                    << 1 << "Server group name: empty";
        QTest::newRow("unknown group") << QStringList{"server", "group", "show", "nope"} << 1
                                       << "Server group 'nope': no such server group";
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList before = names({"--all-projects"});
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(names({"--all-projects"}), before);
    }

    void deleteManyReportsEachFailure()
    {
        COMPARE_EXIT(admin({"server", "group", "create", "--policy", "affinity", "a"}), 0);
        const StackctlRun run = admin({"server", "group", "delete", "a", "missing"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("Failed to delete server group with name or ID 'missing'"));
        VERIFY_MESSAGE(run, QStringLiteral("1 of 2 server groups failed to delete."));
        QVERIFY(names().isEmpty());
    }

    void memberQuotaIsInTheProjectsQuota()
    {
        COMPARE_EXIT(admin({"quota", "set", "--server-groups", "1", "demo"}), 0);
        COMPARE_EXIT(m_cloud.asDemo({"server", "group", "create", "--policy", "affinity", "one"}), 0);
        const StackctlRun two = m_cloud.asDemo({"server", "group", "create", "--policy", "affinity", "two"});
        COMPARE_EXIT(two, 1);
        VERIFY_MESSAGE(two, QStringLiteral("Quota exceeded for server_groups"));
        COMPARE_EXIT(m_cloud.asDemo({"server", "group", "delete", "one"}), 0);
    }
};

QTEST_GUILESS_MAIN(TestStackctlServerGroup)
#include "tst_stackctl_servergroup.moc"
