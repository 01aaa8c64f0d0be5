// `stackctl server shelve|unshelve|resize|resize confirm|resize revert|migrate` and `server migration list`
// on the demo lab's simulated hosts, each command a new stackctl process (so every move also survives the
// test driver forgetting its state between runs); refusals with exit codes 1 and 2.

#include "democloud.h"

class TestStackctlServerMove : public QObject
{
    Q_OBJECT

private:
    DemoCloud m_cloud;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    StackctlRun asDemo(const QStringList &args) const { return m_cloud.asDemo(args); }

    QString field(const QString &server, const QString &key) const
    {
        const StackctlRun run = asDemo({"server", "show", "-f", "json", server});
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(key).toVariant().toString();
    }

    // The host, as administrators see it.
    QString hostOf(const QString &server) const
    {
        const StackctlRun run = admin({"server", "show", "-f", "json", server});
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("host")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.open());
        const QString file = m_cloud.home() + QStringLiteral("/small.qcow2");
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}),
                 0);
        COMPARE_EXIT(admin({"image", "create", "--file", file, "--public", "small"}), 0);
        for (const char *name : {"web-1", "web-2"})
            COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--network",
                                 "private", QLatin1String(name)}),
                         0);
    }

    void shelveAndUnshelve()
    {
        COMPARE_EXIT(asDemo({"server", "shelve", "web-1", "web-2"}), 0);
        QCOMPARE(field("web-1", "status"), QStringLiteral("SHELVED_OFFLOADED"));
        QCOMPARE(field("web-2", "status"), QStringLiteral("SHELVED_OFFLOADED"));
        QCOMPARE(hostOf("web-1"), QString());
        // Shelving again names the state; the other one is still unshelved.
        const StackctlRun again = asDemo({"server", "shelve", "web-1"});
        COMPARE_EXIT(again, 1);
        QVERIFY2(again.err.contains(QStringLiteral("Instance web-1 is SHELVED_OFFLOADED")),
                 qPrintable(again.err));
        // Members may not choose the host; administrators may.
        const StackctlRun forbidden = asDemo({"server", "unshelve", "--host", "compute-2", "web-1"});
        COMPARE_EXIT(forbidden, 1);
        COMPARE_EXIT(admin({"server", "unshelve", "--host", "compute-2", "--wait", "web-1"}), 0);
        QCOMPARE(field("web-1", "status"), QStringLiteral("ACTIVE"));
        QCOMPARE(hostOf("web-1"), QStringLiteral("compute-2"));
        const StackctlRun zone = asDemo({"server", "unshelve", "--availability-zone", "zone-x", "web-2"});
        COMPARE_EXIT(zone, 1);
        QVERIFY2(zone.err.contains(QStringLiteral("Availability zone 'zone-x': no such zone")),
                 qPrintable(zone.err));
        COMPARE_EXIT(asDemo({"server", "unshelve", "--availability-zone", "zone-b", "web-2"}), 0);
        QCOMPARE(hostOf("web-2"), QStringLiteral("compute-3"));
    }

    void resizeConfirmAndRevert()
    {
        COMPARE_EXIT(asDemo({"server", "resize", "--flavor", "m1.small", "web-1"}), 0);
        QCOMPARE(field("web-1", "status"), QStringLiteral("VERIFY_RESIZE"));
        QCOMPARE(field("web-1", "flavor"), QStringLiteral("m1.small"));
        COMPARE_EXIT(asDemo({"server", "resize", "confirm", "web-1"}), 0);
        QCOMPARE(field("web-1", "status"), QStringLiteral("ACTIVE"));
        QCOMPARE(field("web-1", "flavor"), QStringLiteral("m1.small"));

        COMPARE_EXIT(asDemo({"server", "resize", "--flavor", "m1.medium", "web-1"}), 0);
        QCOMPARE(field("web-1", "flavor"), QStringLiteral("m1.medium"));
        COMPARE_EXIT(asDemo({"server", "resize", "revert", "web-1"}), 0);
        QCOMPARE(field("web-1", "status"), QStringLiteral("ACTIVE"));
        QCOMPARE(field("web-1", "flavor"), QStringLiteral("m1.small"));

        const StackctlRun same = asDemo({"server", "resize", "--flavor", "m1.small", "web-1"});
        COMPARE_EXIT(same, 1);
        QVERIFY2(same.err.contains(QStringLiteral("Resize: instance web-1 already has flavor m1.small")),
                 qPrintable(same.err));
        const StackctlRun none = asDemo({"server", "resize", "--flavor", "m9.huge", "web-1"});
        COMPARE_EXIT(none, 1);
        QVERIFY2(none.err.contains(QStringLiteral("Flavor 'm9.huge': no such flavor")), qPrintable(none.err));
        const StackctlRun shrink = asDemo({"server", "resize", "--flavor", "m1.tiny", "web-1"});
        COMPARE_EXIT(shrink, 1);
        QVERIFY2(shrink.err.contains(QStringLiteral("disks cannot shrink")), qPrintable(shrink.err));
        const StackctlRun nothing = asDemo({"server", "resize", "confirm", "web-1"});
        COMPARE_EXIT(nothing, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("VERIFY_RESIZE")), qPrintable(nothing.err));
        COMPARE_EXIT(asDemo({"server", "resize", "web-1"}), 2); // --flavor is required
    }

    void coldAndLiveMigration()
    {
        const QString before = hostOf("web-2");
        COMPARE_EXIT(asDemo({"server", "migrate", "--wait", "web-2"}), 0);
        QCOMPARE(field("web-2", "status"), QStringLiteral("VERIFY_RESIZE"));
        const QString after = hostOf("web-2");
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        COMPARE_EXIT(asDemo({"server", "resize", "confirm", "web-2"}), 0);
        QCOMPARE(field("web-2", "status"), QStringLiteral("ACTIVE"));

        const StackctlRun member = asDemo({"server", "migrate", "--live-migration", "web-2"});
        COMPARE_EXIT(member, 1);
        const StackctlRun already =
            admin({"server", "migrate", "--live-migration", "--host", after, "web-2"});
        COMPARE_EXIT(already, 1);
        QVERIFY2(
            already.err.contains(QStringLiteral("Host '%1': instance web-2 is already on it").arg(after)),
            qPrintable(already.err));
        COMPARE_EXIT(admin({"server", "migrate", "--live-migration", "--host", before, "web-2"}), 0);
        QCOMPARE(field("web-2", "status"), QStringLiteral("ACTIVE"));
        QCOMPARE(hostOf("web-2"), before);
        COMPARE_EXIT(admin({"server", "migrate", "--block-migration", "web-2"}), 2);
        COMPARE_EXIT(admin({"server", "migrate", "--live-migration", "--block-migration",
                            "--shared-migration", "web-2"}),
                     2);
    }

    void migrationList()
    {
        const QJsonArray all = TestCloud::array(admin({"server", "migration", "list", "-f", "json"}));
        QVERIFY2(all.size() >= 4, qPrintable(QString::number(all.size())));
        const QJsonArray mine =
            TestCloud::array(admin({"server", "migration", "list", "--server", "web-2", "-f", "json"}));
        QCOMPARE(mine.size(), 2);
        // Newest first: the live migration, then the confirmed cold one.
        QCOMPARE(mine.at(0).toObject().value("type").toString(), QStringLiteral("live-migration"));
        QCOMPARE(mine.at(0).toObject().value("status").toString(), QStringLiteral("completed"));
        QCOMPARE(mine.at(1).toObject().value("type").toString(), QStringLiteral("migration"));
        QCOMPARE(mine.at(1).toObject().value("status").toString(), QStringLiteral("confirmed"));
        const StackctlRun member = asDemo({"server", "migration", "list"});
        COMPARE_EXIT(member, 1);
        QVERIFY2(member.err.contains(QStringLiteral("Only administrators may list migrations")),
                 qPrintable(member.err));
    }

    void deleteWhileVerifyResize()
    {
        COMPARE_EXIT(asDemo({"server", "migrate", "web-1"}), 0);
        QCOMPARE(field("web-1", "status"), QStringLiteral("VERIFY_RESIZE"));
        COMPARE_EXIT(asDemo({"server", "delete", "--wait", "web-1"}), 0);
        QCOMPARE(TestCloud::lines(asDemo({"server", "list", "-f", "value", "-c", "name"})),
                 QStringList{"web-2"});
    }
};

QTEST_GUILESS_MAIN(TestStackctlServerMove)
#include "tst_stackctl_servermove.moc"
