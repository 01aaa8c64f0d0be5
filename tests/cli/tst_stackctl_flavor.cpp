// `stackctl flavor` on the demo lab: the seeded m1.* flavors, create/show/set/unset/delete, private flavors
// and project access, bad input, and that a member cannot create flavors.

#include "testcloud.h"

#include <QFile>

class TestStackctlFlavor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_demoPassword;

    QString demoDir() const { return m_home.path() + QStringLiteral("/stackdesk/demo"); }

    // As the demo lab's owner: its first administrator.
    StackctlRun admin(const QStringList &args) const
    {
        return StackctlRunner(m_home.path()).run(QStringList{QStringLiteral("--demo")} + args);
    }

    StackctlRun asDemo(const QStringList &args) const
    {
        return admin(QStringList{"--os-username", "demo", "--os-password", m_demoPassword, "--os-project-name",
                                 "demo"} +
                     args);
    }

    QStringList names(const StackctlRun &run) const
    {
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return TestCloud::lines(run);
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
    }

    void listShowsTheDemoFlavors()
    {
        QCOMPARE(names(admin({"flavor", "list", "-f", "value", "-c", "name"})),
                 (QStringList{"m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge"}));

        const QJsonArray flavors = TestCloud::array(admin({"flavor", "list", "-f", "json"}));
        QCOMPARE(flavors.size(), 5);
        const QJsonObject small = flavors.at(1).toObject();
        QCOMPARE(small.value("name").toString(), QStringLiteral("m1.small"));
        QCOMPARE(small.value("vcpus").toInt(), 1);
        QCOMPARE(small.value("ram").toInt(), 2048);
        QCOMPARE(small.value("disk").toInt(), 20);
        QCOMPARE(small.value("is_public").toBool(), true);

        const StackctlRun table = admin({"flavor", "list"});
        COMPARE_EXIT(table, 0);
        QVERIFY2(table.out.contains(QStringLiteral("Is Public")), qPrintable(table.out));
        QVERIFY2(!table.out.contains(QStringLiteral("Swap")), qPrintable(table.out));
        const StackctlRun longTable = admin({"flavor", "list", "--long"});
        COMPARE_EXIT(longTable, 0);
        QVERIFY2(longTable.out.contains(QStringLiteral("Swap")), qPrintable(longTable.out));
        QVERIFY2(longTable.out.contains(QStringLiteral("Properties")), qPrintable(longTable.out));

        // Members see the public flavors too.
        QCOMPARE(names(asDemo({"flavor", "list", "-f", "value", "-c", "name"})).size(), 5);
    }

    void createShowSetUnsetDelete()
    {
        const QJsonObject created = TestCloud::object(admin(
            {"flavor", "create", "--id", "c1", "--vcpus", "2", "--ram", "1024", "--disk", "10", "--ephemeral",
             "5", "--swap", "128", "--property", "hw:cpu_policy=dedicated", "--description", "for tests",
             "c1.custom", "-f", "json"}));
        QCOMPARE(created.value("id").toString(), QStringLiteral("c1"));
        QCOMPARE(created.value("name").toString(), QStringLiteral("c1.custom"));
        QCOMPARE(created.value("vcpus").toInt(), 2);
        QCOMPARE(created.value("ram").toInt(), 1024);
        QCOMPARE(created.value("disk").toInt(), 10);
        QCOMPARE(created.value("ephemeral").toInt(), 5);
        QCOMPARE(created.value("swap").toInt(), 128);
        QCOMPARE(created.value("is_public").toBool(), true);
        QCOMPARE(created.value("description").toString(), QStringLiteral("for tests"));

        const QJsonObject shown = TestCloud::object(admin({"flavor", "show", "c1.custom", "-f", "json"}));
        QCOMPARE(shown.value("id").toString(), QStringLiteral("c1"));
        QCOMPARE(shown.value("properties").toObject(), (QJsonObject{{"hw:cpu_policy", "dedicated"}}));
        QCOMPARE(shown.value("access_project_ids").toArray().size(), 0);

        // Defaults like the openstack client's.
        const QJsonObject plain = TestCloud::object(admin({"flavor", "create", "c2.plain", "-f", "json"}));
        QCOMPARE(plain.value("vcpus").toInt(), 1);
        QCOMPARE(plain.value("ram").toInt(), 256);
        QCOMPARE(plain.value("disk").toInt(), 0);

        COMPARE_EXIT(admin({"flavor", "set", "--property", "a=1", "--property", "b=two", "--description",
                            "changed", "c1"}),
                     0);
        QJsonObject after = TestCloud::object(admin({"flavor", "show", "c1", "-f", "json"}));
        QCOMPARE(after.value("properties").toObject(),
                 (QJsonObject{{"a", "1"}, {"b", "two"}, {"hw:cpu_policy", "dedicated"}}));
        QCOMPARE(after.value("description").toString(), QStringLiteral("changed"));
        const StackctlRun yaml = admin({"flavor", "show", "c1", "-f", "yaml", "-c", "properties"});
        COMPARE_EXIT(yaml, 0);
        QCOMPARE(yaml.out, QStringLiteral("properties:\n  a: \"1\"\n  b: two\n  hw:cpu_policy: dedicated\n"));
        const StackctlRun value = admin({"flavor", "show", "c1", "-f", "value", "-c", "properties"});
        COMPARE_EXIT(value, 0);
        QCOMPARE(value.out, QStringLiteral("a='1', b='two', hw:cpu_policy='dedicated'\n"));

        COMPARE_EXIT(admin({"flavor", "unset", "--property", "a", "--property", "hw:cpu_policy", "c1"}), 0);
        after = TestCloud::object(admin({"flavor", "show", "c1", "-f", "json"}));
        QCOMPARE(after.value("properties").toObject(), (QJsonObject{{"b", "two"}}));

        const StackctlRun table = admin({"flavor", "show", "c1"});
        COMPARE_EXIT(table, 0);
        QVERIFY2(table.out.contains(QStringLiteral("b='two'")), qPrintable(table.out));

        COMPARE_EXIT(admin({"flavor", "delete", "c1.custom", "c2.plain"}), 0);
        const QStringList left = names(admin({"flavor", "list", "-f", "value", "-c", "name"}));
        QVERIFY(!left.contains(QStringLiteral("c1.custom")));
        QVERIFY(!left.contains(QStringLiteral("c2.plain")));
        const StackctlRun gone = admin({"flavor", "show", "c1"});
        COMPARE_EXIT(gone, 1);
        VERIFY_MESSAGE(gone, QStringLiteral("no such flavor"));
    }

    void privateFlavorIsSeenOnlyWithAccess()
    {
        const QJsonObject created = TestCloud::object(admin({"flavor", "create", "--private", "--project",
                                                              "demo", "p1.secret", "-f", "json"}));
        QCOMPARE(created.value("is_public").toBool(true), false);
        const QJsonObject demo = TestCloud::object(admin({"project", "show", "demo", "-f", "json"}));
        QCOMPARE(created.value("access_project_ids").toVariant().toStringList(),
                 QStringList{demo.value("id").toString()});
        QVERIFY(names(asDemo({"flavor", "list", "-f", "value", "-c", "name"}))
                    .contains(QStringLiteral("p1.secret")));

        COMPARE_EXIT(admin({"flavor", "create", "--private", "p2.hidden"}), 0);
        QVERIFY(!names(asDemo({"flavor", "list", "-f", "value", "-c", "name"}))
                     .contains(QStringLiteral("p2.hidden")));
        COMPARE_EXIT(asDemo({"flavor", "show", "p2.hidden"}), 1);

        COMPARE_EXIT(admin({"flavor", "set", "--project", "demo", "p2.hidden"}), 0);
        QVERIFY(names(asDemo({"flavor", "list", "-f", "value", "-c", "name"}))
                    .contains(QStringLiteral("p2.hidden")));
        COMPARE_EXIT(asDemo({"flavor", "show", "p2.hidden"}), 0);

        COMPARE_EXIT(admin({"flavor", "unset", "--project", "demo", "p2.hidden"}), 0);
        QVERIFY(!names(asDemo({"flavor", "list", "-f", "value", "-c", "name"}))
                     .contains(QStringLiteral("p2.hidden")));

        COMPARE_EXIT(admin({"flavor", "delete", "p1.secret", "p2.hidden"}), 0);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero vcpus") << QStringList{"flavor", "create", "--vcpus", "0", "bad"} << 1 << "vCPUs 0";
        QTest::newRow("ram not a number")
            << QStringList{"flavor", "create", "--ram", "abc", "bad"} << 2 << "--ram: 'abc'";
        QTest::newRow("ram too small")
            << QStringList{"flavor", "create", "--ram", "32", "bad"} << 1 << "RAM 32 MB";
        QTest::newRow("duplicate name")
            << QStringList{"flavor", "create", "m1.small"} << 1 << "Flavor name 'm1.small' is already used";
        QTest::newRow("property without =")
            << QStringList{"flavor", "create", "--property", "novalue", "bad"} << 2 << "novalue";
        QTest::newRow("set property without =")
            << QStringList{"flavor", "set", "--property", "novalue", "m1.tiny"} << 2 << "novalue";
        QTest::newRow("public and private")
            << QStringList{"flavor", "create", "--public", "--private", "bad"} << 2 << "exclude each other";
        QTest::newRow("set nothing") << QStringList{"flavor", "set", "m1.tiny"} << 2 << "nothing to change";
        QTest::newRow("unknown flavor")
            << QStringList{"flavor", "show", "nope"} << 1 << "Flavor 'nope': no such flavor";
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString before = admin({"flavor", "list", "--long", "-f", "json"}).out;
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(admin({"flavor", "list", "--long", "-f", "json"}).out, before);
    }

    void memberCannotCreate()
    {
        const StackctlRun run = asDemo({"flavor", "create", "mine"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("not allowed"));
        QVERIFY(!names(admin({"flavor", "list", "-f", "value", "-c", "name"})).contains(QStringLiteral("mine")));
    }
};

QTEST_GUILESS_MAIN(TestStackctlFlavor)
#include "tst_stackctl_flavor.moc"
