// `stackctl volume type` and `stackctl volume` on the demo lab's simulated hosts: types on storage pools
// with their access, volumes made empty and from an image, a snapshot and another volume, the OpenStack
// client's columns, set (rename, extend, bootable, properties), snapshots, deletes refused while snapshots
// exist, and bad input with exit code 2 (the command line) or 1 (the engine's refusal).

#include "democloud.h"

#include <QDir>

class TestStackctlVolume : public QObject
{
    Q_OBJECT

private:
    DemoCloud m_cloud;
    QTemporaryDir m_pools;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    StackctlRun asDemo(const QStringList &args) const { return m_cloud.asDemo(args); }

    QJsonObject json(const QStringList &args) const
    {
        const StackctlRun run = asDemo(args + QStringList{"-f", "json"});
        if (run.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "failed:" << run.err;
        return TestCloud::object(run);
    }
    QJsonObject volume(const QString &name) const { return json({"volume", "show", name}); }

    QStringList volumeNames(const QStringList &extra = {}) const
    {
        return TestCloud::lines(asDemo(QStringList{"volume", "list", "-f", "value", "-c", "name"} + extra));
    }
    QStringList typeNames(bool member) const
    {
        const QStringList args{"volume", "type", "list", "-f", "value", "-c", "name"};
        return TestCloud::lines(member ? asDemo(args) : admin(args));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.open());
        QVERIFY(m_pools.isValid());
        const QString file = QDir(m_cloud.home()).filePath(QStringLiteral("small.qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}),
                 0);
        COMPARE_EXIT(admin({"image", "create", "--file", file, "--public", "small"}), 0);
    }

    void theDemoLabHasTheStandardType()
    {
        const StackctlRun run = admin({"volume", "type", "show", "standard", "-f", "json"});
        COMPARE_EXIT(run, 0);
        const QJsonObject type = TestCloud::object(run);
        QCOMPARE(type.value("pool_type").toString(), QStringLiteral("dir"));
        QCOMPARE(type.value("is_public").toBool(), true);
        QCOMPARE(type.value("pool_name").toString(), QStringLiteral("stackdesk-vt-standard"));
        QVERIFY(typeNames(true).contains(QStringLiteral("standard")));
    }

    void typeCreateListShowSetDelete()
    {
        const QString path = m_pools.path();
        const StackctlRun created = admin({"volume", "type", "create", "--pool-type", "dir", "--pool-option",
                                           "path=" + path, "--property", "tier=gold", "--description",
                                           "Fast disks", "--private", "-f", "json", "fast"});
        COMPARE_EXIT(created, 0);
        const QJsonObject type = TestCloud::object(created);
        QCOMPARE(type.value("name").toString(), QStringLiteral("fast"));
        QCOMPARE(type.value("pool_type").toString(), QStringLiteral("dir"));
        QCOMPARE(type.value("is_public").toBool(), false);
        QCOMPARE(type.value("description").toString(), QStringLiteral("Fast disks"));
        QCOMPARE(type.value("properties").toObject().value("tier").toString(), QStringLiteral("gold"));
        QCOMPARE(type.value("pool_options").toObject().value("path").toString(), path);
        const QString id = type.value("id").toString();

        QVERIFY(typeNames(false).contains(QStringLiteral("fast")));
        // Private: the demo project does not see it until it is given access.
        QVERIFY(!typeNames(true).contains(QStringLiteral("fast")));

        const StackctlRun table = admin({"volume", "type", "list"});
        COMPARE_EXIT(table, 0);
        for (const char *header : {"ID", "Name", "Pool Type", "Is Public"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));
        QVERIFY2(!table.out.contains(QStringLiteral("Fast disks")), qPrintable(table.out));
        const StackctlRun longTable = admin({"volume", "type", "list", "--long"});
        COMPARE_EXIT(longTable, 0);
        for (const char *text : {"Description", "Properties", "Fast disks", "tier='gold'"})
            QVERIFY2(longTable.out.contains(QLatin1String(text)), qPrintable(longTable.out));

        // By ID too.
        COMPARE_EXIT(admin({"volume", "type", "show", id}), 0);

        const QString demoId =
            TestCloud::object(admin({"project", "show", "demo", "-f", "json"})).value("id").toString();
        COMPARE_EXIT(admin({"volume", "type", "set", "--project", "demo", "--description", "Faster",
                            "--property", "iops=9000", "fast"}),
                     0);
        const QJsonObject set = TestCloud::object(admin({"volume", "type", "show", "fast", "-f", "json"}));
        QCOMPARE(set.value("description").toString(), QStringLiteral("Faster"));
        QCOMPARE(set.value("properties").toObject().value("iops").toString(), QStringLiteral("9000"));
        QVERIFY(set.value("access_project_ids").toArray().contains(demoId));
        QVERIFY(typeNames(true).contains(QStringLiteral("fast")));

        COMPARE_EXIT(admin({"volume", "type", "unset", "--project", "demo", "--property", "tier", "fast"}),
                     0);
        QVERIFY(!typeNames(true).contains(QStringLiteral("fast")));
        const QJsonObject unset = TestCloud::object(admin({"volume", "type", "show", "fast", "-f", "json"}));
        QVERIFY(!unset.value("properties").toObject().contains("tier"));

        COMPARE_EXIT(admin({"volume", "type", "set", "--public", "fast"}), 0);
        QVERIFY(typeNames(true).contains(QStringLiteral("fast")));
        // A member cannot make types.
        COMPARE_EXIT(asDemo({"volume", "type", "create", "--pool-type", "dir", "--pool-option",
                             "path=" + path, "mine"}),
                     1);

        COMPARE_EXIT(admin({"volume", "type", "delete", "fast"}), 0);
        QVERIFY(!typeNames(false).contains(QStringLiteral("fast")));
        const StackctlRun gone = admin({"volume", "type", "show", "fast"});
        COMPARE_EXIT(gone, 1);
        VERIFY_MESSAGE(gone, QStringLiteral("Volume type 'fast': no such volume type"));
    }

    void typeBadInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList create{"volume", "type", "create"};
        QTest::newRow("unknown pool option")
            << create + QStringList{"--pool-type", "dir", "--pool-option", "colour=blue", "bad"} << 1
            << "colour";
        QTest::newRow("unknown pool type") << create + QStringList{"--pool-type", "zfs", "bad"} << 2
                                           << "--pool-type zfs: not one of dir, logical, netfs, iscsi, rbd";
        QTest::newRow("pool option without =")
            << create + QStringList{"--pool-type", "dir", "--pool-option", "path", "bad"} << 2
            << "--pool-option path: expected KEY=VALUE";
        QTest::newRow("property without key")
            << create + QStringList{"--pool-type", "dir", "--property", "=x", "bad"} << 2
            << "--property =x: the key before '=' is empty";
        QTest::newRow("no pool type") << create + QStringList{"bad"} << 2 << "--pool-type";
        QTest::newRow("public and private")
            << create + QStringList{"--pool-type", "dir", "--public", "--private", "bad"} << 2
            << "exclude each other";
        QTest::newRow("set nothing") << QStringList{"volume", "type", "set", "standard"} << 2
                                     << "nothing to change";
        QTest::newRow("unknown type") << QStringList{"volume", "type", "delete", "nope"} << 1
                                      << "Volume type 'nope': no such volume type";
    }
    void typeBadInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList before = typeNames(false);
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(typeNames(false), before);
    }

    void createEmptyAndListColumns()
    {
        const QJsonObject created = json({"volume", "create", "--size", "1", "--description", "scratch",
                                          "--property", "role=db", "--availability-zone", "zone-b", "data"});
        QCOMPARE(created.value("name").toString(), QStringLiteral("data"));
        QCOMPARE(created.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(created.value("size").toInt(), 1);
        QCOMPARE(created.value("type").toString(), QStringLiteral("standard"));
        QCOMPARE(created.value("bootable").toBool(), false);
        QCOMPARE(created.value("description").toString(), QStringLiteral("scratch"));
        QCOMPARE(created.value("availability_zone").toString(), QStringLiteral("zone-b"));
        QCOMPARE(created.value("host").toString(), QStringLiteral("compute-3"));
        QCOMPARE(created.value("properties").toObject().value("role").toString(), QStringLiteral("db"));
        QCOMPARE(created.value("project_name").toString(), QStringLiteral("demo"));
        QVERIFY(created.value("attachments").toArray().isEmpty());

        const StackctlRun table = asDemo({"volume", "list"});
        COMPARE_EXIT(table, 0);
        for (const char *header : {"ID", "Name", "Status", "Size", "Attached to", "data", "available"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));
        for (const char *header : {"Bootable", "Host", "Properties"})
            QVERIFY2(!table.out.contains(QLatin1String(header)), qPrintable(table.out));
        const StackctlRun longTable = asDemo({"volume", "list", "--long"});
        COMPARE_EXIT(longTable, 0);
        for (const char *text : {"Type", "Bootable", "Host", "Availability Zone", "Properties", "compute-3",
                                 "role='db'", "standard"})
            QVERIFY2(longTable.out.contains(QLatin1String(text)), qPrintable(longTable.out));

        // Filters.
        QVERIFY(volumeNames({"--status", "available"}).contains(QStringLiteral("data")));
        QVERIFY(!volumeNames({"--status", "error"}).contains(QStringLiteral("data")));
        QVERIFY(volumeNames({"--name", "dat"}).contains(QStringLiteral("data")));
        QVERIFY(!volumeNames({"--name", "nothing-like-it"}).contains(QStringLiteral("data")));
        // The admin's own project has none of the demo project's volumes; --all-projects shows them.
        QVERIFY(!TestCloud::lines(admin({"volume", "list", "-f", "value", "-c", "name"}))
                     .contains(QStringLiteral("data")));
        QVERIFY(TestCloud::lines(admin({"volume", "list", "--all-projects", "-f", "value", "-c", "name"}))
                    .contains(QStringLiteral("data")));
        QVERIFY(TestCloud::lines(admin({"volume", "list", "--project", "demo", "-f", "value", "-c", "name"}))
                    .contains(QStringLiteral("data")));
        const StackctlRun notAdmin = asDemo({"volume", "list", "--all-projects"});
        COMPARE_EXIT(notAdmin, 1);
        VERIFY_MESSAGE(notAdmin, QStringLiteral("only administrators"));

        // By ID too.
        COMPARE_EXIT(asDemo({"volume", "show", created.value("id").toString()}), 0);
    }

    void createFromImageVolumeAndSnapshot()
    {
        const QString imageId =
            TestCloud::object(admin({"image", "show", "small", "-f", "json"})).value("id").toString();
        // 64 MiB of image: a volume of at least 1 GiB, bootable because it holds an image.
        const QJsonObject fromImage = json({"volume", "create", "--image", "small", "boot"});
        QCOMPARE(fromImage.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(fromImage.value("size").toInt(), 1);
        QCOMPARE(fromImage.value("bootable").toBool(), true);
        QCOMPARE(fromImage.value("image_id").toString(), imageId);
        const QJsonObject notBootable =
            json({"volume", "create", "--image", "small", "--size", "2", "--non-bootable", "plain"});
        QCOMPARE(notBootable.value("size").toInt(), 2);
        QCOMPARE(notBootable.value("bootable").toBool(), false);

        const QJsonObject copy = json({"volume", "create", "--source", "boot", "boot-copy"});
        QCOMPARE(copy.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(copy.value("source_volid").toString(), fromImage.value("id").toString());
        QCOMPARE(copy.value("bootable").toBool(), true);
        QCOMPARE(copy.value("image_id").toString(), imageId);

        const QJsonObject snapshot = json({"volume", "snapshot", "create", "--volume", "boot",
                                           "--description", "before the upgrade", "boot-snap"});
        QCOMPARE(snapshot.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(snapshot.value("size").toInt(), 1);
        QCOMPARE(snapshot.value("volume_id").toString(), fromImage.value("id").toString());
        QCOMPARE(snapshot.value("description").toString(), QStringLiteral("before the upgrade"));
        const QJsonObject fromSnapshot =
            json({"volume", "create", "--snapshot", "boot-snap", "--size", "3", "restored"});
        QCOMPARE(fromSnapshot.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(fromSnapshot.value("snapshot_id").toString(), snapshot.value("id").toString());
        QCOMPARE(fromSnapshot.value("size").toInt(), 3);

        // Smaller than the source, or 0 (which is no size): refused, nothing made.
        const QStringList before = volumeNames();
        const StackctlRun tooSmall = asDemo({"volume", "create", "--source", "plain", "--size", "1", "x"});
        COMPARE_EXIT(tooSmall, 1);
        VERIFY_MESSAGE(tooSmall, QStringLiteral("smaller than"));
        const StackctlRun zero = asDemo({"volume", "create", "--snapshot", "boot-snap", "--size", "0", "x"});
        COMPARE_EXIT(zero, 1);
        VERIFY_MESSAGE(zero, QStringLiteral("Size: 0 GiB is not"));
        QCOMPARE(volumeNames(), before);

        COMPARE_EXIT(asDemo({"volume", "delete", "plain", "boot-copy", "restored"}), 0);
    }

    void setRenamesExtendsAndMarksBootable()
    {
        COMPARE_EXIT(asDemo({"volume", "create", "--size", "1", "grow"}), 0);
        COMPARE_EXIT(asDemo({"volume", "set", "--name", "grown", "--size", "2", "--bootable", "--description",
                             "bigger", "--property", "k=v", "grow"}),
                     0);
        const QJsonObject grown = volume("grown");
        QCOMPARE(grown.value("size").toInt(), 2);
        QCOMPARE(grown.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(grown.value("bootable").toBool(), true);
        QCOMPARE(grown.value("description").toString(), QStringLiteral("bigger"));
        QCOMPARE(grown.value("properties").toObject().value("k").toString(), QStringLiteral("v"));
        COMPARE_EXIT(asDemo({"volume", "show", "grow"}), 1);

        const StackctlRun shrink = asDemo({"volume", "set", "--size", "1", "grown"});
        COMPARE_EXIT(shrink, 1);
        VERIFY_MESSAGE(shrink, QStringLiteral("it can only grow"));
        QCOMPARE(volume("grown").value("size").toInt(), 2);

        COMPARE_EXIT(asDemo({"volume", "set", "--non-bootable", "grown"}), 0);
        QCOMPARE(volume("grown").value("bootable").toBool(), false);
        COMPARE_EXIT(asDemo({"volume", "unset", "--property", "k", "grown"}), 0);
        QVERIFY(volume("grown").value("properties").toObject().isEmpty());
        COMPARE_EXIT(asDemo({"volume", "delete", "grown"}), 0);
        QVERIFY(!volumeNames().contains(QStringLiteral("grown")));
    }

    void snapshotsListShowSetAndKeepTheirVolume()
    {
        COMPARE_EXIT(asDemo({"volume", "create", "--size", "1", "kept"}), 0);
        COMPARE_EXIT(asDemo({"volume", "snapshot", "create", "--volume", "kept", "kept-1"}), 0);
        COMPARE_EXIT(asDemo({"volume", "snapshot", "create", "--volume", "kept", "kept-2"}), 0);
        const QStringList names = TestCloud::lines(
            asDemo({"volume", "snapshot", "list", "--volume", "kept", "-f", "value", "-c", "name"}));
        QCOMPARE(names.size(), 2);
        QVERIFY(names.contains(QStringLiteral("kept-1")) && names.contains(QStringLiteral("kept-2")));
        const StackctlRun table = asDemo({"volume", "snapshot", "list", "--long"});
        COMPARE_EXIT(table, 0);
        for (const char *text :
             {"ID", "Name", "Description", "Status", "Size", "Created At", "Volume", "kept-1"})
            QVERIFY2(table.out.contains(QLatin1String(text)), qPrintable(table.out));

        COMPARE_EXIT(
            asDemo({"volume", "snapshot", "set", "--name", "kept-first", "--description", "one", "kept-1"}),
            0);
        const QJsonObject shown = json({"volume", "snapshot", "show", "kept-first"});
        QCOMPARE(shown.value("description").toString(), QStringLiteral("one"));
        QCOMPARE(shown.value("volume").toString(), QStringLiteral("kept"));

        // A volume with snapshots is not deleted; every snapshot goes first.
        const StackctlRun refused = asDemo({"volume", "delete", "kept"});
        COMPARE_EXIT(refused, 1);
        VERIFY_MESSAGE(refused, QStringLiteral("Failed to delete volume with name or ID 'kept'"));
        VERIFY_MESSAGE(refused, QStringLiteral("snapshot"));
        QCOMPARE(volume("kept").value("status").toString(), QStringLiteral("available"));

        const StackctlRun many = asDemo({"volume", "snapshot", "delete", "kept-first", "kept-2", "missing"});
        COMPARE_EXIT(many, 1);
        VERIFY_MESSAGE(many, QStringLiteral("Failed to delete volume snapshot with name or ID 'missing'"));
        VERIFY_MESSAGE(many, QStringLiteral("1 of 3 volume snapshots failed to delete."));
        QVERIFY(TestCloud::lines(
                    asDemo({"volume", "snapshot", "list", "--volume", "kept", "-f", "value", "-c", "name"}))
                    .isEmpty());
        COMPARE_EXIT(asDemo({"volume", "delete", "kept"}), 0);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList create{"volume", "create"};
        QTest::newRow("size not a number")
            << create + QStringList{"--size", "big", "x"} << 2 << "--size: 'big' is not a whole number";
        QTest::newRow("image and snapshot")
            << create + QStringList{"--image", "small", "--snapshot", "s", "x"} << 2
            << "--image, --snapshot exclude each other";
        QTest::newRow("snapshot and source") << create + QStringList{"--snapshot", "s", "--source", "v", "x"}
                                             << 2 << "--snapshot, --source exclude each other";
        QTest::newRow("no size, no source") << create + QStringList{"x"} << 2 << "give --size";
        QTest::newRow("property without =") << create + QStringList{"--size", "1", "--property", "k", "x"}
                                            << 2 << "--property k: expected KEY=VALUE";
        QTest::newRow("bootable and not")
            << create + QStringList{"--size", "1", "--bootable", "--non-bootable", "x"} << 2
            << "exclude each other";
        QTest::newRow("size 0") << create + QStringList{"--size", "0", "x"} << 1 << "0 GiB";
        QTest::newRow("unknown type")
            << create + QStringList{"--size", "1", "--type", "gold", "x"} << 1 << "gold";
        QTest::newRow("unknown image") << create + QStringList{"--image", "nope", "x"} << 1 << "nope";
        QTest::newRow("unknown status") << QStringList{"volume", "list", "--status", "happy"} << 2
                                        << "--status happy: not one of creating, available";
        QTest::newRow("set nothing") << QStringList{"volume", "set", "data"} << 2 << "nothing to change";
        QTest::newRow("retype policy without type")
            << QStringList{"volume", "set", "--retype-policy", "on-demand", "data"} << 2
            << "--retype-policy goes with --type";
        QTest::newRow("unknown retype policy")
            << QStringList{"volume", "set", "--type", "standard", "--retype-policy", "always", "data"} << 2
            << "--retype-policy always: not one of never, on-demand";
        QTest::newRow("extend not a number") << QStringList{"volume", "set", "--size", "2GB", "data"} << 2
                                             << "--size: '2GB' is not a whole number";
        QTest::newRow("unset nothing") << QStringList{"volume", "unset", "data"} << 2 << "--property";
        QTest::newRow("unknown volume")
            << QStringList{"volume", "show", "nope"} << 1 << "Volume 'nope': no such volume";
        QTest::newRow("snapshot without volume")
            << QStringList{"volume", "snapshot", "create", "s"} << 2 << "--volume";
        QTest::newRow("snapshot of unknown volume")
            << QStringList{"volume", "snapshot", "create", "--volume", "nope", "s"} << 1
            << "Volume 'nope': no such volume";
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList before = volumeNames();
        const StackctlRun run = asDemo(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(volumeNames(), before);
        if (exitCode == 2)
            VERIFY_MESSAGE(run, QStringLiteral("for usage"));
    }

    void deleteManyReportsEachFailure()
    {
        COMPARE_EXIT(asDemo({"volume", "create", "--size", "1", "a"}), 0);
        const StackctlRun run = asDemo({"volume", "delete", "a", "missing"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("Failed to delete volume with name or ID 'missing'"));
        VERIFY_MESSAGE(run, QStringLiteral("1 of 2 volumes failed to delete."));
        QVERIFY(!volumeNames().contains(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestStackctlVolume)
#include "tst_stackctl_volume.moc"
