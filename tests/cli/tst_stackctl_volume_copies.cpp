// What `stackctl` does with a volume beyond its own life on the demo lab's simulated hosts: backups and
// their restore, transfers into another project (the auth key shown once, a wrong key refused), attaching
// to and detaching from an instance, and upload to an image (`image create --volume`).

#include "democloud.h"

#include <QDir>

class TestStackctlVolumeCopies : public QObject
{
    Q_OBJECT

private:
    DemoCloud m_cloud;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    StackctlRun asDemo(const QStringList &args) const { return m_cloud.asDemo(args); }

    QJsonObject json(const QStringList &args, bool asAdmin = false) const
    {
        const QStringList all = args + QStringList{"-f", "json"};
        const StackctlRun run = asAdmin ? admin(all) : asDemo(all);
        if (run.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "failed:" << run.err;
        return TestCloud::object(run);
    }
    QJsonObject volume(const QString &name, bool asAdmin = false) const
    {
        return json({"volume", "show", name}, asAdmin);
    }
    QStringList names(const QStringList &list, bool asAdmin = false) const
    {
        const QStringList args = list + QStringList{"-f", "value", "-c", "name"};
        return TestCloud::lines(asAdmin ? admin(args) : asDemo(args));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.open());
        const QString file = QDir(m_cloud.home()).filePath(QStringLiteral("small.qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}),
                 0);
        COMPARE_EXIT(admin({"image", "create", "--file", file, "--public", "small"}), 0);
        // Both on compute-3, the only host of zone-b: a dir pool's volume attaches on its own host.
        COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--network",
                             "private", "--availability-zone", "zone-b", "web"}),
                     0);
        COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--network",
                             "private", "--availability-zone", "zone-b", "db"}),
                     0);
    }

    void backupCreateRestoreDelete()
    {
        const QJsonObject source = json({"volume", "create", "--size", "1", "precious"});
        QCOMPARE(source.value("status").toString(), QStringLiteral("available"));
        const QJsonObject backup = json({"volume", "backup", "create", "--volume", "precious", "--name",
                                         "nightly", "--description", "the first"});
        QCOMPARE(backup.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(backup.value("name").toString(), QStringLiteral("nightly"));
        QCOMPARE(backup.value("size").toInt(), 1);
        QCOMPARE(backup.value("volume_id").toString(), source.value("id").toString());
        QCOMPARE(backup.value("description").toString(), QStringLiteral("the first"));
        // The volume is back to available once the backup is made.
        QCOMPARE(volume("precious").value("status").toString(), QStringLiteral("available"));

        QVERIFY(names({"volume", "backup", "list"}).contains(QStringLiteral("nightly")));
        const StackctlRun table = asDemo({"volume", "backup", "list", "--long"});
        COMPARE_EXIT(table, 0);
        for (const char *text : {"ID", "Name", "Description", "Status", "Size", "Volume", "precious"})
            QVERIFY2(table.out.contains(QLatin1String(text)), qPrintable(table.out));
        COMPARE_EXIT(asDemo({"volume", "backup", "show", backup.value("id").toString()}), 0);

        // Into a new volume, named or in Cinder's way.
        const QJsonObject named = json({"volume", "backup", "restore", "--name", "from-nightly", "nightly"});
        QCOMPARE(named.value("name").toString(), QStringLiteral("from-nightly"));
        QCOMPARE(named.value("status").toString(), QStringLiteral("available"));
        QCOMPARE(named.value("size").toInt(), 1);
        const QJsonObject unnamed = json({"volume", "backup", "restore", "nightly"});
        QCOMPARE(unnamed.value("name").toString(),
                 QStringLiteral("restore_backup_") + backup.value("id").toString());
        // Into an existing volume, which keeps its id.
        const QJsonObject over = json({"volume", "backup", "restore", "nightly", "precious"});
        QCOMPARE(over.value("id").toString(), source.value("id").toString());
        QCOMPARE(over.value("status").toString(), QStringLiteral("available"));
        const StackctlRun both =
            asDemo({"volume", "backup", "restore", "--name", "x", "nightly", "precious"});
        COMPARE_EXIT(both, 2);
        VERIFY_MESSAGE(both, QStringLiteral("--name names a new volume"));

        // The backup outlives its volume.
        COMPARE_EXIT(asDemo({"volume", "delete", "precious", "from-nightly", unnamed.value("id").toString()}),
                     0);
        QCOMPARE(json({"volume", "backup", "show", "nightly"}).value("status").toString(),
                 QStringLiteral("available"));
        COMPARE_EXIT(asDemo({"volume", "backup", "delete", "nightly"}), 0);
        QVERIFY(!names({"volume", "backup", "list"}).contains(QStringLiteral("nightly")));
        const StackctlRun gone = asDemo({"volume", "backup", "show", "nightly"});
        COMPARE_EXIT(gone, 1);
        VERIFY_MESSAGE(gone, QStringLiteral("Backup 'nightly': no such volume backup"));
        COMPARE_EXIT(asDemo({"volume", "backup", "create", "s"}), 2);
    }

    void transferIntoAnotherProject()
    {
        const QJsonObject given = json({"volume", "create", "--size", "1", "gift"});
        const QJsonObject transfer =
            json({"volume", "transfer", "request", "create", "--name", "to-admin", "gift"});
        const QString transferId = transfer.value("id").toString();
        const QString key = transfer.value("auth_key").toString();
        QVERIFY(!transferId.isEmpty());
        QVERIFY(!key.isEmpty());
        QCOMPARE(transfer.value("volume_id").toString(), given.value("id").toString());
        QCOMPARE(volume("gift").value("status").toString(), QStringLiteral("awaiting-transfer"));

        // The key is shown once: the list has none.
        const StackctlRun list = asDemo({"volume", "transfer", "request", "list", "-f", "json"});
        COMPARE_EXIT(list, 0);
        QVERIFY2(list.out.contains(transferId), qPrintable(list.out));
        QVERIFY2(!list.out.contains(key), qPrintable(list.out));
        const StackctlRun table = asDemo({"volume", "transfer", "request", "list"});
        for (const char *text : {"ID", "Name", "Volume", "to-admin"})
            QVERIFY2(table.out.contains(QLatin1String(text)), qPrintable(table.out));

        // Awaiting transfer, it cannot be deleted.
        COMPARE_EXIT(asDemo({"volume", "delete", "gift"}), 1);

        const StackctlRun wrong =
            admin({"volume", "transfer", "request", "accept", "--auth-key", "not-the-key", transferId});
        COMPARE_EXIT(wrong, 1);
        VERIFY_MESSAGE(wrong, QStringLiteral("the authorization key is wrong"));
        QCOMPARE(volume("gift").value("project_name").toString(), QStringLiteral("demo"));
        COMPARE_EXIT(admin({"volume", "transfer", "request", "accept", transferId}), 2);

        const StackctlRun accepted =
            admin({"volume", "transfer", "request", "accept", "--auth-key", key, transferId, "-f", "json"});
        COMPARE_EXIT(accepted, 0);
        const QJsonObject taken = TestCloud::object(accepted);
        QCOMPARE(taken.value("id").toString(), given.value("id").toString());
        QCOMPARE(taken.value("project_name").toString(), QStringLiteral("admin"));
        QCOMPARE(taken.value("status").toString(), QStringLiteral("available"));
        QVERIFY(!names({"volume", "list"}).contains(QStringLiteral("gift")));
        QVERIFY(names({"volume", "list"}, true).contains(QStringLiteral("gift")));
        QVERIFY(!asDemo({"volume", "transfer", "request", "list"}).out.contains(transferId));

        // A withdrawn transfer gives the volume back its status.
        COMPARE_EXIT(asDemo({"volume", "create", "--size", "1", "kept"}), 0);
        const QJsonObject second = json({"volume", "transfer", "request", "create", "kept"});
        COMPARE_EXIT(asDemo({"volume", "transfer", "request", "delete", second.value("id").toString()}), 0);
        QCOMPARE(volume("kept").value("status").toString(), QStringLiteral("available"));
        const StackctlRun missing = asDemo({"volume", "transfer", "request", "delete", "nope"});
        COMPARE_EXIT(missing, 1);
        VERIFY_MESSAGE(missing, QStringLiteral("1 of 1 volume transfers failed to delete."));
        COMPARE_EXIT(asDemo({"volume", "delete", "kept"}), 0);
        COMPARE_EXIT(admin({"volume", "delete", "gift"}), 0);
    }

    void attachToAndDetachFromAServer()
    {
        COMPARE_EXIT(asDemo({"volume", "create", "--size", "1", "--availability-zone", "zone-b", "disk1"}),
                     0);
        COMPARE_EXIT(asDemo({"volume", "create", "--size", "1", "--availability-zone", "zone-b", "disk2"}),
                     0);
        const QString webId = json({"server", "show", "web"}).value("id").toString();

        const QJsonObject attached = json({"server", "add", "volume", "web", "disk1"});
        QCOMPARE(attached.value("server_id").toString(), webId);
        QCOMPARE(attached.value("device").toString(), QStringLiteral("/dev/vdb"));
        const QJsonObject inUse = volume("disk1");
        QCOMPARE(inUse.value("status").toString(), QStringLiteral("in-use"));
        const QJsonArray attachments = inUse.value("attachments").toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).toObject().value("server_id").toString(), webId);
        QCOMPARE(attachments.at(0).toObject().value("device").toString(), QStringLiteral("/dev/vdb"));
        const StackctlRun table = asDemo({"volume", "list"});
        QVERIFY2(table.out.contains(QStringLiteral("Attached to web on /dev/vdb")), qPrintable(table.out));

        const QJsonObject second = json({"server", "add", "volume", "--device", "/dev/vdd", "web", "disk2"});
        QCOMPARE(second.value("device").toString(), QStringLiteral("/dev/vdd"));

        // One instance at a time, and not deleted while attached.
        const StackctlRun twice = asDemo({"server", "add", "volume", "db", "disk1"});
        COMPARE_EXIT(twice, 1);
        VERIFY_MESSAGE(twice, QStringLiteral("is attached to instance"));
        const StackctlRun deleteInUse = asDemo({"volume", "delete", "disk1"});
        COMPARE_EXIT(deleteInUse, 1);
        VERIFY_MESSAGE(deleteInUse, QStringLiteral("detach it first"));
        COMPARE_EXIT(asDemo({"server", "add", "volume", "web"}), 2);

        COMPARE_EXIT(asDemo({"server", "remove", "volume", "web", "disk1"}), 0);
        const QJsonObject detached = volume("disk1");
        QCOMPARE(detached.value("status").toString(), QStringLiteral("available"));
        QVERIFY(detached.value("attachments").toArray().isEmpty());
        const StackctlRun notThere = asDemo({"server", "remove", "volume", "web", "disk1"});
        COMPARE_EXIT(notThere, 1);
        VERIFY_MESSAGE(notThere, QStringLiteral("is not attached to instance web"));

        // Now free, it moves to the other server, under a device name the guest can have.
        const StackctlRun badDevice = asDemo({"server", "add", "volume", "--device", "sdb", "db", "disk1"});
        COMPARE_EXIT(badDevice, 1);
        VERIFY_MESSAGE(badDevice, QStringLiteral("Device name 'sdb'"));
        QCOMPARE(volume("disk1").value("status").toString(), QStringLiteral("available"));
        QCOMPARE(json({"server", "add", "volume", "db", "disk1"}).value("device").toString(),
                 QStringLiteral("/dev/vdb"));
        COMPARE_EXIT(asDemo({"server", "remove", "volume", "db", "disk1"}), 0);
        COMPARE_EXIT(asDemo({"server", "remove", "volume", "web", "disk2"}), 0);
        COMPARE_EXIT(asDemo({"volume", "delete", "disk1", "disk2"}), 0);
    }

    void imageCreateFromAVolume()
    {
        // In zone-b, beside the servers: it is attached to one below.
        COMPARE_EXIT(asDemo({"volume", "create", "--image", "small", "--availability-zone", "zone-b", "golden"}), 0);
        const StackctlRun run = asDemo({"image", "create", "--volume", "golden", "--disk-format", "qcow2",
                                        "golden-image", "-f", "json"});
        COMPARE_EXIT(run, 0);
        const QJsonObject image = TestCloud::object(run);
        QCOMPARE(image.value("name").toString(), QStringLiteral("golden-image"));
        QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(image.value("disk_format").toString(), QStringLiteral("qcow2"));
        QCOMPARE(image.value("visibility").toString(), QStringLiteral("private"));
        QCOMPARE(image.value("owner_name").toString(), QStringLiteral("demo"));
        QCOMPARE(volume("golden").value("status").toString(), QStringLiteral("available"));
        QVERIFY(names({"image", "list"}).contains(QStringLiteral("golden-image")));

        // An attached volume needs --force.
        COMPARE_EXIT(asDemo({"server", "add", "volume", "web", "golden"}), 0);
        const StackctlRun attached = asDemo({"image", "create", "--volume", "golden", "attached-image"});
        COMPARE_EXIT(attached, 1);
        VERIFY_MESSAGE(attached, QStringLiteral("force"));
        QVERIFY(!names({"image", "list"}).contains(QStringLiteral("attached-image")));
        COMPARE_EXIT(asDemo({"server", "remove", "volume", "web", "golden"}), 0);
    }

    void imageCreateBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList create{"image", "create"};
        QTest::newRow("volume and file") << create + QStringList{"--volume", "golden", "--file", "/x", "i"}
                                         << 2 << "--file and --volume exclude each other";
        QTest::newRow("volume and url")
            << create + QStringList{"--volume", "golden", "--url", "http://127.0.0.1/x", "i"} << 2
            << "--url and --volume exclude each other";
        QTest::newRow("force without volume")
            << create + QStringList{"--file", "/x", "--force", "i"} << 2 << "--force goes with --volume";
        QTest::newRow("public with volume") << create + QStringList{"--volume", "golden", "--public", "i"}
                                            << 2 << "--public cannot go with --volume";
        QTest::newRow("unknown volume")
            << create + QStringList{"--volume", "nope", "i"} << 1 << "Volume 'nope': no such volume";
        QTest::newRow("bad disk format")
            << create + QStringList{"--volume", "golden", "--disk-format", "vmdk", "i"} << 1
            << "Disk format 'vmdk'";
    }
    void imageCreateBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList before = names({"image", "list"});
        const StackctlRun run = asDemo(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(names({"image", "list"}), before);
    }
};

QTEST_GUILESS_MAIN(TestStackctlVolumeCopies)
#include "tst_stackctl_volume_copies.moc"
