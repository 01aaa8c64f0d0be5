// `stackctl server create` booting from a volume on the demo lab's simulated hosts: --boot-from-volume SIZE
// with --image (a new root volume, deleted with the instance on --delete-on-termination), --volume (an
// existing bootable volume, kept), --snapshot (a new volume from a volume snapshot), and the boot-source
// options that do not go together (exit code 2) or that the engine refuses (exit code 1).

#include "democloud.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

class TestStackctlBootFromVolume : public QObject
{
    Q_OBJECT

private:
    DemoCloud m_cloud;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    StackctlRun asDemo(const QStringList &args) const { return m_cloud.asDemo(args); }
    QJsonObject json(const QStringList &args) const
    {
        const StackctlRun run = asDemo(args + QStringList{"-f", "json"});
        if (run.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "failed:" << run.err;
        return TestCloud::object(run);
    }
    QStringList volumeNames() const
    {
        return TestCloud::lines(asDemo({"volume", "list", "-f", "value", "-c", "name"}));
    }
    QStringList serverNames() const
    {
        return TestCloud::lines(asDemo({"server", "list", "-f", "value", "-c", "name"}));
    }
    QStringList create(const QStringList &more) const
    {
        return QStringList{"server", "create", "--flavor", "m1.tiny", "--network", "private"} + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.open());
        const QString file = QDir(m_cloud.home()).filePath(QStringLiteral("small.qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}),
                 0);
        COMPARE_EXIT(admin({"image", "create", "--file", file, "--public", "small"}), 0);
    }

    void bootFromVolumeCopiesTheImageToANewRootVolume()
    {
        const QJsonObject server = json(create({"--image", "small", "--boot-from-volume", "2",
                                                "--delete-on-termination", "vm-bfv"}));
        QCOMPARE(server.value("status").toString(), QStringLiteral("ACTIVE"));
        const QString image = server.value("image").toString();
        QVERIFY2(image.startsWith(QStringLiteral("N/A (booted from volume ")), qPrintable(image));
        const QString volumeId = image.section(QLatin1Char(' '), -1).chopped(1);
        const QJsonObject volume = json({"volume", "show", volumeId});
        QCOMPARE(volume.value("status").toString(), QStringLiteral("in-use"));
        QCOMPARE(volume.value("size").toInt(), 2);
        QVERIFY(volume.value("bootable").toBool());
        const QByteArray attachments = QJsonDocument(volume.value("attachments").toArray()).toJson();
        QVERIFY2(attachments.contains("/dev/vda") && attachments.contains("vm-bfv"), attachments.constData());
        // The root volume cannot be detached.
        const StackctlRun detach = asDemo({"server", "remove", "volume", "vm-bfv", volumeId});
        COMPARE_EXIT(detach, 1);
        VERIFY_MESSAGE(detach, QStringLiteral("is the root disk of instance vm-bfv"));
        COMPARE_EXIT(asDemo({"server", "delete", "--wait", "vm-bfv"}), 0);
        COMPARE_EXIT(asDemo({"volume", "show", volumeId}), 1);
    }

    void anExistingVolumeAndAVolumeSnapshotBoot()
    {
        COMPARE_EXIT(asDemo({"volume", "create", "--image", "small", "--size", "1", "boot-disk"}), 0);
        const QJsonObject server = json(create({"--volume", "boot-disk", "vm-vol"}));
        QCOMPARE(server.value("status").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(json({"volume", "show", "boot-disk"}).value("status").toString(), QStringLiteral("in-use"));
        COMPARE_EXIT(asDemo({"server", "delete", "--wait", "vm-vol"}), 0);
        // Kept, and free again.
        QCOMPARE(json({"volume", "show", "boot-disk"}).value("status").toString(), QStringLiteral("available"));

        COMPARE_EXIT(asDemo({"volume", "snapshot", "create", "--volume", "boot-disk", "boot-snap"}), 0);
        const QJsonObject fromSnapshot = json(create({"--snapshot", "boot-snap", "vm-snap"}));
        QCOMPARE(fromSnapshot.value("status").toString(), QStringLiteral("ACTIVE"));
        COMPARE_EXIT(asDemo({"server", "delete", "--wait", "vm-snap"}), 0);
    }

    void badBootSourcesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{"x"} << 2 << "exactly one boot source";
        QTest::newRow("two sources") << QStringList{"--image", "small", "--volume", "boot-disk", "x"} << 2
                                     << "exactly one boot source";
        QTest::newRow("size without image") << QStringList{"--volume", "boot-disk", "--boot-from-volume", "2", "x"}
                                            << 2 << "--boot-from-volume goes with --image";
        QTest::newRow("size 0") << QStringList{"--image", "small", "--boot-from-volume", "0", "x"} << 2
                                << "--boot-from-volume: 0 GiB is not 1 to 16384 GiB";
        QTest::newRow("size not a number") << QStringList{"--image", "small", "--boot-from-volume", "big", "x"}
                                           << 2 << "big";
        QTest::newRow("delete without a volume")
            << QStringList{"--image", "small", "--delete-on-termination", "x"} << 2 << "--delete-on-termination";
        QTest::newRow("type for an existing volume")
            << QStringList{"--volume", "boot-disk", "--volume-type", "standard", "x"} << 2 << "--volume-type";
        QTest::newRow("unknown volume") << QStringList{"--volume", "nope", "x"} << 1
                                        << "Volume 'nope': no such volume";
        QTest::newRow("not bootable") << QStringList{"--volume", "blank", "x"} << 1 << "Volume blank is not bootable";
        QTest::newRow("unknown type") << QStringList{"--image", "small", "--boot-from-volume", "1", "--volume-type",
                                                     "gold", "x"}
                                      << 1 << "gold";
    }
    void badBootSourcesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!volumeNames().contains(QStringLiteral("blank")))
            COMPARE_EXIT(asDemo({"volume", "create", "--size", "1", "blank"}), 0);
        const QStringList volumes = volumeNames();
        const QStringList servers = serverNames();
        const StackctlRun run = asDemo(create(args));
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(volumeNames(), volumes);
        QCOMPARE(serverNames(), servers);
    }
};

QTEST_GUILESS_MAIN(TestStackctlBootFromVolume)
#include "tst_stackctl_bootfromvolume.moc"
