// `stackctl quota show|set`: every option reaches its resource, -1 stays -1, defaults apply to projects
// without their own limit.

#include "testcloud.h"

class TestStackctlQuota : public QObject
{
    Q_OBJECT

private:
    TestCloud m_cloud;

    // resource -> limit, from `quota show -f json`
    QHash<QString, qint64> limits(const QStringList &show) const
    {
        QHash<QString, qint64> map;
        const QJsonArray rows = TestCloud::array(m_cloud.admin(show + QStringList{"-f", "json"}));
        for (const QJsonValue &row : rows)
            map.insert(row.toObject().value("resource").toString(),
                       qint64(row.toObject().value("limit").toDouble()));
        return map;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.create());
        COMPARE_EXIT(m_cloud.admin({"project", "create", "course"}), 0);
    }

    void showListsEveryResourceWithUsage()
    {
        const QJsonArray rows = TestCloud::array(m_cloud.admin({"quota", "show", "course", "-f", "json"}));
        QCOMPARE(rows.size(), 18);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{"in_use", "limit", "resource"}));
        QCOMPARE(first.value("resource").toString(), QStringLiteral("instances"));
        QCOMPARE(first.value("limit").toInt(), 10);
        QCOMPARE(first.value("in_use").toInt(-1), 0);
        // Without PROJECT: the project one works in (the owner's is admin).
        QCOMPARE(TestCloud::array(m_cloud.admin({"quota", "show", "-f", "json"})).size(), 18);
    }

    void everyOptionSetsItsResource_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("resource");
        const QStringList resources{
            "instances",      "cores",   "ram",       "key_pairs",   "server_groups", "server_group_members",
            "metadata_items", "volumes", "snapshots", "gigabytes",   "backups",       "networks",
            "subnets",        "ports",   "routers",   "floating_ips"};
        for (const QString &r : resources)
            QTest::newRow(qPrintable(r)) << QStringLiteral("--") + QString(r).replace('_', '-') << r;
        QTest::newRow("security_groups")
            << QStringLiteral("--secgroups") << QStringLiteral("security_groups");
        QTest::newRow("security_group_rules")
            << QStringLiteral("--secgroup-rules") << QStringLiteral("security_group_rules");
    }

    void everyOptionSetsItsResource()
    {
        QFETCH(QString, option);
        QFETCH(QString, resource);
        const QHash<QString, qint64> before = limits({"quota", "show", "course"});
        const qint64 value = before.value(resource) + 7;
        COMPARE_EXIT(m_cloud.admin({"quota", "set", option, QString::number(value), "course"}), 0);
        QHash<QString, qint64> expected = before;
        expected.insert(resource, value);
        QCOMPARE(limits({"quota", "show", "course"}), expected);
    }

    void unlimitedStaysMinusOne()
    {
        const StackctlRun set = m_cloud.admin({"quota", "set", "--cores", "-1", "--ram=-1", "course"});
        COMPARE_EXIT(set, 0);
        QCOMPARE(set.out, QString());
        QCOMPARE(set.err, QString());
        const QHash<QString, qint64> now = limits({"quota", "show", "course"});
        QCOMPARE(now.value("cores"), -1);
        QCOMPARE(now.value("ram"), -1);
        const StackctlRun table = m_cloud.admin({"quota", "show", "course"});
        QVERIFY(!table.out.contains(QStringLiteral("unlimited")));
    }

    void defaultsApplyWhereAProjectHasNoLimit()
    {
        COMPARE_EXIT(m_cloud.admin({"project", "create", "fresh"}), 0);
        COMPARE_EXIT(m_cloud.admin({"quota", "set", "--default", "--instances", "3", "--floating-ips", "0"}),
                     0);
        const QHash<QString, qint64> defaults = limits({"quota", "show", "--default"});
        QCOMPARE(defaults.value("instances"), 3);
        QCOMPARE(defaults.value("floating_ips"), 0);
        QCOMPARE(defaults.value("cores"), 20);
        QCOMPARE(limits({"quota", "show", "fresh"}), defaults);
        // course set its own instances limit above: the default does not override it.
        QVERIFY(limits({"quota", "show", "course"}).value("instances") != 3);
        const QJsonArray rows = TestCloud::array(m_cloud.admin({"quota", "show", "--default", "-f", "json"}));
        QVERIFY(rows.at(0).toObject().value("in_use").isNull()); // defaults belong to no project
    }
};

QTEST_GUILESS_MAIN(TestStackctlQuota)
#include "tst_stackctl_quota.moc"
