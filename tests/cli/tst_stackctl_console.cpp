// `stackctl console type|screenshot|serial` on the demo lab's simulated hosts, each stackctl run a process
// of its own: what cannot work there is refused with the engine's reason and exit 1, what is typed wrong
// with exit 2. The real consoles are in tests/integration (tst_realconsole, tst_realserial).

#include "democloud.h"

class TestStackctlConsole : public QObject
{
    Q_OBJECT

private:
    DemoCloud m_cloud;

    StackctlRun asDemo(const QStringList &args) const { return m_cloud.asDemo(args); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.open());
        const QString file = m_cloud.home() + QStringLiteral("/small.qcow2");
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}), 0);
        COMPARE_EXIT(m_cloud.admin({"image", "create", "--file", file, "--public", "small"}), 0);
        COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--network", "private", "vm"}), 0);
    }

    void aSimulatedHostHasNoDisplay()
    {
        for (const QStringList &args : {QStringList{"console", "type", "vm"},
                                        QStringList{"console", "screenshot", "vm", "--file", m_cloud.home() + "/vm.png"},
                                        QStringList{"console", "serial", "vm"}}) {
            const StackctlRun run = asDemo(args);
            COMPARE_EXIT(run, 1);
            QVERIFY2(run.err.contains(QStringLiteral("no display")), qPrintable(args.join(' ') + ": " + run.err));
        }
        QVERIFY(!QFile::exists(m_cloud.home() + "/vm.png"));
    }

    void aStoppedInstanceIsRefusedWithItsStatus()
    {
        COMPARE_EXIT(asDemo({"server", "stop", "vm"}), 0);
        const StackctlRun run = asDemo({"console", "type", "vm"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Instance vm is SHUTOFF: its console opens while it runs")), qPrintable(run.err));
        COMPARE_EXIT(asDemo({"server", "start", "vm"}), 0);
    }

    void badArgumentsNameTheOption()
    {
        const StackctlRun type = asDemo({"console", "type", "vm", "--console-type", "RDP"});
        COMPARE_EXIT(type, 2);
        QVERIFY2(type.err.contains(QStringLiteral("--console-type: \"RDP\" is not one of AUTO, VNC, SPICE, SERIAL, None")),
                 qPrintable(type.err));
        const StackctlRun timeout = asDemo({"console", "screenshot", "vm", "--file", m_cloud.home() + "/x.png", "--timeout", "0"});
        COMPARE_EXIT(timeout, 2);
        QVERIFY2(timeout.err.contains(QStringLiteral("--timeout 0: must be 1 to 3600 seconds")), qPrintable(timeout.err));
        const StackctlRun folder = asDemo({"console", "screenshot", "vm", "--file", "/nonexistent-dir/x.png"});
        COMPARE_EXIT(folder, 1);
        QVERIFY2(folder.err.contains(QStringLiteral("the folder /nonexistent-dir does not exist")), qPrintable(folder.err));
        const StackctlRun serial = asDemo({"console", "screenshot", "vm", "--file", m_cloud.home() + "/x.png",
                                          "--console-type", "SERIAL"});
        COMPARE_EXIT(serial, 2);
        QVERIFY(serial.err.contains(QStringLiteral("no screen")));
        const StackctlRun missing = asDemo({"console", "screenshot", "vm"});
        COMPARE_EXIT(missing, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--file")), qPrintable(missing.err));
        const StackctlRun unknown = asDemo({"console", "type", "no-such-server"});
        COMPARE_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no-such-server")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestStackctlConsole)
#include "tst_stackctl_console.moc"
