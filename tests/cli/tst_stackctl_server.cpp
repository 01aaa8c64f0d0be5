// `stackctl server` on the demo lab's simulated hosts: create (waits for the build), list with filters and
// --long, show, the power actions one by one and in bulk, lock, set/unset, event list, delete; bad input
// and refusals with exit codes 1 and 2.

#include "testcloud.h"

#include <QFile>

class TestStackctlServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_demoPassword;

    StackctlRun admin(const QStringList &args) const
    {
        return StackctlRunner(m_home.path()).run(QStringList{QStringLiteral("--demo")} + args);
    }

    StackctlRun asDemo(const QStringList &args) const
    {
        return admin(QStringList{"--os-username", "demo", "--os-password", m_demoPassword, "--os-project-name", "demo"} +
                     args);
    }

    QString field(const StackctlRun &run, const QString &key) const
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(key).toVariant().toString();
    }

    QString status(const QString &server) const
    {
        return field(asDemo({"server", "show", "-f", "json", server}), QStringLiteral("status"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        COMPARE_EXIT(admin({"project", "list"}), 0);
        QFile readme(m_home.path() + QStringLiteral("/stackdesk/demo/README.txt"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const auto match = QRegularExpression(QStringLiteral("Member: user demo, project demo, password (\\S+)"))
                               .match(QString::fromUtf8(readme.readAll()));
        QVERIFY(match.hasMatch());
        m_demoPassword = match.captured(1);
        const QString file = m_home.filePath(QStringLiteral("small.qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", file, "64M"}), 0);
        COMPARE_EXIT(admin({"image", "create", "--file", file, "--public", "small"}), 0);
    }

    void createWaitsForTheBuild()
    {
        const StackctlRun run = asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--network",
                                        "private", "--property", "role=web", "-f", "json", "web-1"});
        COMPARE_EXIT(run, 0);
        QCOMPARE(field(run, QStringLiteral("status")), QStringLiteral("ACTIVE"));
        QCOMPARE(field(run, QStringLiteral("power_state")), QStringLiteral("Running"));
        QVERIFY(field(run, QStringLiteral("addresses")).startsWith(QStringLiteral("private=10.0.0.")));
        QVERIFY(!field(run, QStringLiteral("host")).isEmpty());
    }

    void listAndFilters()
    {
        COMPARE_EXIT(asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "db-1"}), 0);
        QCOMPARE(TestCloud::lines(asDemo({"server", "list", "-f", "value", "-c", "name"})),
                 (QStringList{"web-1", "db-1"}));
        QCOMPARE(TestCloud::lines(asDemo({"server", "list", "--name", "^db", "-f", "value", "-c", "name"})),
                 (QStringList{"db-1"}));
        QCOMPARE(TestCloud::lines(asDemo({"server", "list", "--status", "shutoff", "-f", "value", "-c", "name"})),
                 QStringList());
        const QJsonArray longList = TestCloud::array(asDemo({"server", "list", "--long", "-f", "json"}));
        QCOMPARE(longList.size(), 2);
        QCOMPARE(longList.at(0).toObject().value("project").toString(), QStringLiteral("demo"));
        // Members see their project; admins every project with --all-projects.
        COMPARE_EXIT(asDemo({"server", "list", "--all-projects"}), 1);
        QCOMPARE(TestCloud::lines(admin({"server", "list", "--all-projects", "-f", "value", "-c", "name"})).size(), 2);
        QCOMPARE(TestCloud::lines(admin({"server", "list", "-f", "value", "-c", "name"})), QStringList());
    }

    void powerActions()
    {
        COMPARE_EXIT(asDemo({"server", "stop", "web-1"}), 0);
        QCOMPARE(status("web-1"), QStringLiteral("SHUTOFF"));
        const StackctlRun again = asDemo({"server", "stop", "web-1"});
        COMPARE_EXIT(again, 1);
        QVERIFY2(again.err.contains(QStringLiteral("Instance web-1 is SHUTOFF: Shut Off needs it ACTIVE, RESCUE or ERROR")),
                 qPrintable(again.err));
        COMPARE_EXIT(asDemo({"server", "start", "web-1"}), 0);
        QCOMPARE(status("web-1"), QStringLiteral("ACTIVE"));
        COMPARE_EXIT(asDemo({"server", "reboot", "--hard", "web-1"}), 0);
        COMPARE_EXIT(asDemo({"server", "pause", "web-1"}), 0);
        QCOMPARE(status("web-1"), QStringLiteral("PAUSED"));
        COMPARE_EXIT(asDemo({"server", "unpause", "web-1"}), 0);
        COMPARE_EXIT(asDemo({"server", "suspend", "web-1"}), 0);
        QCOMPARE(status("web-1"), QStringLiteral("SUSPENDED"));
        COMPARE_EXIT(asDemo({"server", "resume", "web-1"}), 0);
        QCOMPARE(status("web-1"), QStringLiteral("ACTIVE"));
    }

    void bulkActionsReportEachRefusal()
    {
        COMPARE_EXIT(asDemo({"server", "stop", "db-1"}), 0);
        // db-1 is already off: web-1 still stops, and the command fails once at the end.
        const StackctlRun run = asDemo({"server", "stop", "web-1", "db-1", "nosuch"});
        COMPARE_EXIT(run, 1);
        QVERIFY(run.err.contains(QStringLiteral("Failed to stop server 'db-1'")));
        QVERIFY(run.err.contains(QStringLiteral("Instance 'nosuch': no such instance")));
        QVERIFY2(run.err.contains(QStringLiteral("2 of 3 servers failed to stop.")), qPrintable(run.err));
        QCOMPARE(status("web-1"), QStringLiteral("SHUTOFF"));
        COMPARE_EXIT(asDemo({"server", "start", "web-1", "db-1"}), 0);
        QCOMPARE(status("db-1"), QStringLiteral("ACTIVE"));
    }

    void lockSetUnsetAndEvents()
    {
        // Administrators find every project's instances, by name too.
        const QString id = field(asDemo({"server", "show", "-f", "json", "web-1"}), QStringLiteral("id"));
        COMPARE_EXIT(admin({"server", "lock", "web-1"}), 0);
        QCOMPARE(field(asDemo({"server", "show", "-f", "json", id}), QStringLiteral("locked")), QStringLiteral("true"));
        const StackctlRun refused = asDemo({"server", "stop", "web-1"});
        COMPARE_EXIT(refused, 1);
        QVERIFY(refused.err.contains(QStringLiteral("is locked")));
        COMPARE_EXIT(admin({"server", "unlock", id}), 0);
        COMPARE_EXIT(asDemo({"server", "set", "--name", "web-one", "--description", "front end", "--property", "tier=1",
                             "web-1"}),
                     0);
        COMPARE_EXIT(asDemo({"server", "unset", "--property", "role", "web-one"}), 0);
        const StackctlRun shown = asDemo({"server", "show", "-f", "json", "web-one"});
        QCOMPARE(field(shown, QStringLiteral("description")), QStringLiteral("front end"));
        const QJsonObject props = QJsonDocument::fromJson(shown.out.toUtf8()).object().value("properties").toObject();
        QCOMPARE(props.keys(), QStringList{"tier"});
        const QStringList actions = TestCloud::lines(asDemo({"server", "event", "list", "-f", "value", "-c", "action", "web-one"}));
        QVERIFY2(actions.contains(QStringLiteral("server.stop")) && actions.contains(QStringLiteral("server.lock")),
                 qPrintable(actions.join(QLatin1Char(','))));
    }

    void badInput()
    {
        const StackctlRun noImage = asDemo({"server", "create", "--flavor", "m1.tiny", "x"});
        COMPARE_EXIT(noImage, 2);
        QVERIFY(noImage.err.contains(QStringLiteral("--image")));
        COMPARE_EXIT(asDemo({"server", "create", "--image", "small", "x"}), 2); // --flavor is required
        const StackctlRun nic = asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--nic", "net=private", "x"});
        COMPARE_EXIT(nic, 2);
        QVERIFY(nic.err.contains(QStringLiteral("--nic: 'net=private'")));
        const StackctlRun hint = asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--hint", "foo=bar", "x"});
        COMPARE_EXIT(hint, 2);
        const StackctlRun file = asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--user-data",
                                         "/nonexistent/ud.yaml", "x"});
        COMPARE_EXIT(file, 1);
        QVERIFY(file.err.contains(QStringLiteral("--user-data /nonexistent/ud.yaml: cannot be read")));
        QFile big(m_home.filePath(QStringLiteral("big.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(70000, 'x'));
        big.close();
        const StackctlRun tooBig = asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--user-data",
                                           big.fileName(), "x"});
        COMPARE_EXIT(tooBig, 1);
        QVERIFY2(tooBig.err.contains(QStringLiteral("User data: 65537 bytes, at most 65536 are allowed")), qPrintable(tooBig.err));
        const StackctlRun host = asDemo({"server", "create", "--flavor", "m1.tiny", "--image", "small", "--host", "compute-1", "x"});
        COMPARE_EXIT(host, 1);
        QVERIFY(host.err.contains(QStringLiteral("only administrators may choose the host")));
        QCOMPARE(TestCloud::lines(asDemo({"server", "list", "-f", "value", "-c", "name"})).contains(QStringLiteral("x")), false);
    }

    void noValidHostIsAnErrorInstance()
    {
        // Every demo host has 100 GB of disk: no host can take a 200 GB root disk.
        COMPARE_EXIT(admin({"flavor", "create", "--vcpus", "1", "--ram", "512", "--disk", "200", "huge"}), 0);
        const StackctlRun run = asDemo({"server", "create", "--flavor", "huge", "--image", "small", "big"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Error creating server big: No valid host was found")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Disk: removed 3 host(s)")));
        QCOMPARE(status("big"), QStringLiteral("ERROR"));
        COMPARE_EXIT(asDemo({"server", "delete", "big"}), 0);
    }

    void deleteReleasesTheQuota()
    {
        COMPARE_EXIT(asDemo({"server", "delete", "--wait", "web-one", "db-1"}), 0);
        QCOMPARE(TestCloud::lines(asDemo({"server", "list", "-f", "value", "-c", "name"})), QStringList());
        const QJsonArray quota = TestCloud::array(asDemo({"quota", "show", "-f", "json"}));
        int checked = 0;
        for (const QJsonValue &line : quota) {
            const QString resource = line.toObject().value("resource").toString();
            if (resource == QLatin1String("instances") || resource == QLatin1String("cores") || resource == QLatin1String("ram")) {
                QCOMPARE(line.toObject().value("in_use").toInt(), 0);
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
        const StackctlRun gone = asDemo({"server", "delete", "web-one"});
        COMPARE_EXIT(gone, 1);
        QVERIFY(gone.err.contains(QStringLiteral("1 of 1 servers failed to delete.")));
    }
};

QTEST_GUILESS_MAIN(TestStackctlServer)
#include "tst_stackctl_server.moc"
