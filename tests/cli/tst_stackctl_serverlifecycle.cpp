// `stackctl server rescue|unrescue|rebuild` and `server image create` on the demo lab's simulated hosts,
// each stackctl run a process of its own (the store carries the state between them): the states each
// ends in, the snapshot printed like `image show` and bootable, and refusals with exit codes 1 and 2.

#include "democloud.h"

class TestStackctlServerLifecycle : public QObject
{
    Q_OBJECT

private:
    DemoCloud m_cloud;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    StackctlRun asDemo(const QStringList &args) const { return m_cloud.asDemo(args); }

    QString show(const QString &server, const QString &key) const
    {
        return TestCloud::object(asDemo({"server", "show", "-f", "json", server})).value(key).toVariant().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.open());
        for (const char *name : {"small", "other"}) {
            const QString file = m_cloud.home() + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".qcow2");
            QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}), 0);
            COMPARE_EXIT(admin({"image", "create", "--file", file, "--public", QLatin1String(name)}), 0);
        }
        COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--network", "private", "vm"}), 0);
        QCOMPARE(show("vm", "status"), QStringLiteral("ACTIVE"));
    }

    void rescueAndUnrescue()
    {
        const StackctlRun rescue = asDemo({"server", "rescue", "--image", "other", "--password", "pw", "vm"});
        COMPARE_EXIT(rescue, 0);
        QCOMPARE(show("vm", "status"), QStringLiteral("RESCUE"));
        // Rescued: unrescue only.
        const StackctlRun twice = asDemo({"server", "rescue", "vm"});
        COMPARE_EXIT(twice, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("Instance vm is RESCUE: Rescue needs it ACTIVE, SHUTOFF or ERROR")),
                 qPrintable(twice.err));
        COMPARE_EXIT(asDemo({"server", "unrescue", "vm"}), 0);
        QCOMPARE(show("vm", "status"), QStringLiteral("ACTIVE"));
        const StackctlRun notRescued = asDemo({"server", "unrescue", "vm"});
        COMPARE_EXIT(notRescued, 1);
        QVERIFY(notRescued.err.contains(QStringLiteral("Unrescue needs it RESCUE")));
        // Both are in the instance's action log.
        const QString events = asDemo({"server", "event", "list", "-f", "value", "vm"}).out;
        QVERIFY2(events.contains(QStringLiteral("server.rescue")) && events.contains(QStringLiteral("server.unrescue")),
                 qPrintable(events));
    }

    void rebuildPrintsTheServer()
    {
        const StackctlRun run = asDemo({"server", "rebuild", "--image", "other", "--name", "vm2", "--description",
                                        "rebuilt", "--wait", "-f", "json", "vm"});
        COMPARE_EXIT(run, 0);
        const QJsonObject server = TestCloud::object(run);
        QCOMPARE(server.value("name").toString(), QStringLiteral("vm2"));
        QCOMPARE(server.value("status").toString(), QStringLiteral("ACTIVE"));
        QVERIFY2(server.value("image").toString().contains(QStringLiteral("other")), qPrintable(run.out));
        COMPARE_EXIT(asDemo({"server", "rebuild", "--image", "small", "--name", "vm", "vm2"}), 0);
        QVERIFY(show("vm", "image").contains(QStringLiteral("small")));
    }

    void imageCreatePrintsABootableImage()
    {
        const StackctlRun run = asDemo({"server", "image", "create", "--name", "vm-snap", "--property", "purpose=ci",
                                        "--wait", "-f", "json", "vm"});
        COMPARE_EXIT(run, 0);
        const QJsonObject image = TestCloud::object(run);
        QCOMPARE(image.value("name").toString(), QStringLiteral("vm-snap"));
        QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(image.value("visibility").toString(), QStringLiteral("private"));
        const QString properties = image.value("properties").toVariant().toString()
                                   + QString::fromUtf8(QJsonDocument(image.value("properties").toObject()).toJson());
        QVERIFY2(properties.contains(QStringLiteral("image_type")) && properties.contains(QStringLiteral("snapshot")),
                 qPrintable(run.out));
        QVERIFY(properties.contains(QStringLiteral("purpose")));
        QCOMPARE(show("vm", "status"), QStringLiteral("ACTIVE"));
        // The image lists as the project's, and an instance boots from it.
        QVERIFY(TestCloud::lines(asDemo({"image", "list", "-f", "value", "-c", "name"})).contains(QStringLiteral("vm-snap")));
        COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "vm-snap", "--network", "private",
                             "from-snap"}),
                     0);
        QCOMPARE(show("from-snap", "status"), QStringLiteral("ACTIVE"));
    }

    void refusals()
    {
        // Usage errors: exit 2 before anything opens.
        COMPARE_EXIT(asDemo({"server", "image", "create", "vm"}), 2); // --name is required
        COMPARE_EXIT(asDemo({"server", "image", "create", "--name", "x", "--property", "novalue", "vm"}), 2);
        COMPARE_EXIT(asDemo({"server", "rebuild", "--key-name", "k", "--no-key-name", "vm"}), 2);
        COMPARE_EXIT(asDemo({"server", "rescue"}), 2);
        // User errors: exit 1, the message naming the field or the thing.
        const StackctlRun noImage = asDemo({"server", "rescue", "--image", "foo", "vm"});
        COMPARE_EXIT(noImage, 1);
        QVERIFY2(noImage.err.contains(QStringLiteral("Image 'foo': no such image")), qPrintable(noImage.err));
        const StackctlRun badName = asDemo({"server", "image", "create", "--name", QString(300, QLatin1Char('n')), "vm"});
        COMPARE_EXIT(badName, 1);
        QVERIFY2(badName.err.contains(QStringLiteral("Snapshot name")), qPrintable(badName.err));
        const StackctlRun noServer = asDemo({"server", "unrescue", "ghost"});
        COMPARE_EXIT(noServer, 1);
        QVERIFY(noServer.err.contains(QStringLiteral("Instance 'ghost': no such instance")));
        // A locked instance refuses the demo member; nothing changed.
        COMPARE_EXIT(admin({"server", "lock", "vm"}), 0);
        const StackctlRun locked = asDemo({"server", "rebuild", "vm"});
        COMPARE_EXIT(locked, 1);
        QVERIFY2(locked.err.contains(QStringLiteral("Instance vm is locked: unlock it before Rebuild")), qPrintable(locked.err));
        QCOMPARE(show("vm", "status"), QStringLiteral("ACTIVE"));
        QVERIFY(!TestCloud::lines(asDemo({"image", "list", "-f", "value", "-c", "name"})).contains(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestStackctlServerLifecycle)
#include "tst_stackctl_serverlifecycle.moc"
