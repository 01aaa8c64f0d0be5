// `stackctl host add|show|remove|enable|disable|set` on a fresh data dir per test.

#include "stackctlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

class TestStackctlHosts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;

    StackctlRun stackctl(const QStringList &args) const
    {
        return StackctlRunner(m_home->path())
            .run(QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
    }

    QJsonObject showJson(const QString &host) const
    {
        const StackctlRun run = stackctl({"host", "show", host, "-f", "json"});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    void addDefaultHost(const QString &name) const
    {
        const StackctlRun run = stackctl({"host", "add", "--uri", "test:///default", name});
        COMPARE_EXIT(run, 0);
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_dataDir = m_home->path() + QStringLiteral("/cloud");
    }

    void newDataDirShowsItsAdministratorPasswordOnce()
    {
        const StackctlRun first = stackctl({"host", "list"});
        COMPARE_EXIT(first, 0);
        QVERIFY2(first.err.contains(QStringLiteral("Created the administrator 'admin' with password ")),
                 qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("keep it safe, it is shown only once")),
                 qPrintable(first.err));
        QCOMPARE(first.out, QString()); // no hosts: like the OpenStack client, an empty table prints nothing
        const StackctlRun second = stackctl({"host", "list", "-f", "json"});
        COMPARE_EXIT(second, 0);
        QCOMPARE(second.err, QString());
        QCOMPARE(second.out, QStringLiteral("[]\n"));
    }

    void addThenShow()
    {
        const StackctlRun add = stackctl({"host", "add", "--uri", "test:///default", "--availability-zone",
                                          "zone-x", "--cpu-allocation-ratio", "4",
                                          "--reserved-host-memory-mb", "1024", "lab-1", "-f", "json"});
        COMPARE_EXIT(add, 0);
        const QJsonObject added = QJsonDocument::fromJson(add.out.toUtf8()).object();
        QCOMPARE(added.value(QStringLiteral("name")).toString(), QStringLiteral("lab-1"));
        QCOMPARE(added.value(QStringLiteral("state")).toString(), QStringLiteral("up"));

        const QJsonObject shown = showJson(QStringLiteral("lab-1"));
        QCOMPARE(shown.value(QStringLiteral("uri")).toString(), QStringLiteral("test:///default"));
        QCOMPARE(shown.value(QStringLiteral("availability_zone")).toString(), QStringLiteral("zone-x"));
        QCOMPARE(shown.value(QStringLiteral("cpu_allocation_ratio")).toDouble(), 4.0);
        QCOMPARE(shown.value(QStringLiteral("ram_allocation_ratio")).toDouble(), 1.5);
        QCOMPARE(shown.value(QStringLiteral("reserved_host_memory_mb")).toInteger(), 1024);
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
        QCOMPARE(shown.value(QStringLiteral("id")).toString(), added.value(QStringLiteral("id")).toString());
        // libvirt's default test host: 16 CPUs, and the running domain "test".
        QCOMPARE(shown.value(QStringLiteral("vcpus")).toInt(), 16);
        QCOMPARE(shown.value(QStringLiteral("running_domains")).toInt(), 1);
        // That domain is not StackDesk's: listed as foreign (and never touched).
        QCOMPARE(shown.value(QStringLiteral("foreign_domains")).toArray(), QJsonArray{QStringLiteral("test")});
        // By id as well as by name.
        QCOMPARE(
            showJson(shown.value(QStringLiteral("id")).toString()).value(QStringLiteral("name")).toString(),
            QStringLiteral("lab-1"));
    }

    void duplicateNameIsRefusedNamingIt()
    {
        addDefaultHost(QStringLiteral("lab-1"));
        const StackctlRun run = stackctl({"host", "add", "--uri", "qemu:///system", "lab-1"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("Error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("'lab-1'")), qPrintable(run.err));
    }

    void malformedUriIsRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("no scheme") << QStringLiteral("foo");
        QTest::newRow("host without transport") << QStringLiteral("qemu://x/system");
        QTest::newRow("not libvirt") << QStringLiteral("http://x");
    }

    void malformedUriIsRefusedNamingIt()
    {
        QFETCH(QString, uri);
        const StackctlRun run = stackctl({"host", "add", "--uri", uri, "lab-1"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Error: URI '%1'").arg(uri)), qPrintable(run.err));
        QCOMPARE(stackctl({"host", "list", "-f", "value"}).out, QString());
    }

    void unreachableHostCannotConnect()
    {
        const StackctlRun run = stackctl({"host", "add", "--uri", "qemu+tcp://127.0.0.1:1/system", "far-1"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Error: Cannot connect")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("qemu+tcp://127.0.0.1:1/system")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("\nDetails: ")), qPrintable(run.err));
        // Nothing is stored for a host libvirt never answered.
        QCOMPARE(stackctl({"host", "list", "-f", "value", "-c", "name"}).out, QString());
    }

    void disableWithReasonThenEnable()
    {
        addDefaultHost(QStringLiteral("lab-1"));
        COMPARE_EXIT(stackctl({"host", "disable", "--reason", "disk swap", "lab-1"}), 0);
        StackctlRun list =
            stackctl({"host", "list", "-f", "value", "-c", "name", "-c", "status", "-c", "disabled_reason"});
        COMPARE_EXIT(list, 0);
        QCOMPARE(list.out, QStringLiteral("lab-1 disabled disk swap\n"));
        QCOMPARE(showJson(QStringLiteral("lab-1")).value(QStringLiteral("enabled")), QJsonValue(false));

        COMPARE_EXIT(stackctl({"host", "enable", "lab-1"}), 0);
        list =
            stackctl({"host", "list", "-f", "value", "-c", "name", "-c", "status", "-c", "disabled_reason"});
        QCOMPARE(list.out, QStringLiteral("lab-1 enabled \n"));
        QCOMPARE(showJson(QStringLiteral("lab-1")).value(QStringLiteral("disabled_reason")),
                 QJsonValue(QJsonValue::Null));
    }

    void setChangesOnlyWhatIsGiven()
    {
        addDefaultHost(QStringLiteral("lab-1"));
        COMPARE_EXIT(stackctl({"host", "set", "--availability-zone", "zone-b", "lab-1"}), 0);
        QJsonObject host = showJson(QStringLiteral("lab-1"));
        QCOMPARE(host.value(QStringLiteral("availability_zone")).toString(), QStringLiteral("zone-b"));
        QCOMPARE(host.value(QStringLiteral("cpu_allocation_ratio")).toDouble(), 16.0);

        COMPARE_EXIT(stackctl({"host", "set", "--name", "lab-2", "--ram-allocation-ratio", "2.5", "lab-1"}),
                     0);
        host = showJson(QStringLiteral("lab-2"));
        QCOMPARE(host.value(QStringLiteral("ram_allocation_ratio")).toDouble(), 2.5);
        QCOMPARE(host.value(QStringLiteral("availability_zone")).toString(), QStringLiteral("zone-b"));
        QCOMPARE(stackctl({"host", "show", "lab-1"}).exitCode, 1);
    }

    void setRefusesAnOutOfRangeRatio()
    {
        addDefaultHost(QStringLiteral("lab-1"));
        const StackctlRun run = stackctl({"host", "set", "--cpu-allocation-ratio", "0", "lab-1"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("CPU allocation ratio 0")), qPrintable(run.err));
    }

    void removeThenItIsGone()
    {
        addDefaultHost(QStringLiteral("lab-1"));
        const StackctlRun remove = stackctl({"host", "remove", "lab-1"});
        COMPARE_EXIT(remove, 0);
        QCOMPARE(remove.out, QString());
        const StackctlRun show = stackctl({"host", "show", "lab-1"});
        COMPARE_EXIT(show, 1);
        QVERIFY2(show.err.contains(QStringLiteral("'lab-1'")), qPrintable(show.err));
        QCOMPARE(stackctl({"host", "list", "-f", "value", "-c", "name"}).out, QString());
    }

    void removeUnknownHostNamesIt()
    {
        const StackctlRun run = stackctl({"host", "remove", "nowhere-7"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Error: Host 'nowhere-7'")), qPrintable(run.err));
    }

    void wrongPasswordIsRefused()
    {
        COMPARE_EXIT(stackctl({"host", "list"}), 0);
        StackctlRunner runner(m_home->path());
        runner.setEnv(QStringLiteral("OS_USERNAME"), QStringLiteral("admin"));
        runner.setEnv(QStringLiteral("OS_PASSWORD"), QStringLiteral("not-the-password"));
        const StackctlRun run = runner.run({"--data-dir", m_dataDir, "host", "list"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("Error: ")), qPrintable(run.err));
    }

    void firstRunPasswordLogsIn()
    {
        const StackctlRun first = stackctl({"host", "list"});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("with password (\\S+?);")).match(first.err);
        QVERIFY2(m.hasMatch(), qPrintable(first.err));
        const StackctlRun run = stackctl({"--os-username", "admin", "--os-password", m.captured(1),
                                          "--os-project-name", "admin", "host", "list", "-f", "json"});
        COMPARE_EXIT(run, 0);
        QCOMPARE(run.out, QStringLiteral("[]\n"));
    }
};

QTEST_GUILESS_MAIN(TestStackctlHosts)
#include "tst_stackctl_hosts.moc"
