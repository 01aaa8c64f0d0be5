// Exit codes and messages for command lines stackctl cannot use, --help at every level, and data dirs it
// cannot open.

#include "stackctlrunner.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

class TestStackctlUsage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    StackctlRunner m_stackctl{m_home.path()};

    QString dataDir() const { return m_home.path() + QStringLiteral("/cloud"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A data dir with one host, so commands that name a host get past "no such host".
        COMPARE_EXIT(
            m_stackctl.run({"--data-dir", dataDir(), "host", "add", "--uri", "test:///default", "lab-1"}), 0);
    }

    void badCommandLinesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{"host", "list", "--bogus"} << QStringLiteral("unknown option '--bogus'");
        QTest::newRow("unknown global option")
            << QStringList{"--bogus", "host", "list"} << QStringLiteral("unknown option '--bogus'");
        QTest::newRow("option of another command")
            << QStringList{"host", "show", "--force", "lab-1"} << QStringLiteral("unknown option '--force'");
        QTest::newRow("cpu ratio not a number")
            << QStringList{"host", "add", "--uri", "test:///default", "--cpu-allocation-ratio", "abc", "x"}
            << QStringLiteral("--cpu-allocation-ratio: 'abc' is not a number");
        QTest::newRow("ram ratio not finite")
            << QStringList{"host", "set", "--ram-allocation-ratio", "inf", "lab-1"}
            << QStringLiteral("--ram-allocation-ratio: 'inf' is not a number");
        QTest::newRow("disk ratio with =")
            << QStringList{"host", "set", "--disk-allocation-ratio=1,5", "lab-1"}
            << QStringLiteral("--disk-allocation-ratio: '1,5' is not a number");
        QTest::newRow("reserved memory not whole")
            << QStringList{"host", "set", "--reserved-host-memory-mb", "1.5", "lab-1"}
            << QStringLiteral("--reserved-host-memory-mb: '1.5' is not a whole number");
        QTest::newRow("limit not a number") << QStringList{"action", "log", "list", "--limit", "ten"}
                                            << QStringLiteral("--limit: 'ten' is not a whole number");
        QTest::newRow("limit zero") << QStringList{"action", "log", "list", "--limit", "0"}
                                    << QStringLiteral("--limit: '0' must be 1 or more");
        QTest::newRow("unknown format") << QStringList{"host", "list", "-f", "xml"}
                                        << QStringLiteral("-f/--format: 'xml' is not a format");
        QTest::newRow("unknown column") << QStringList{"host", "list", "-c", "flavor"}
                                        << QStringLiteral("-c/--column: no column 'flavor'");
        QTest::newRow("column of a silent command")
            << QStringList{"host", "enable", "-c", "name", "lab-1"}
            << QStringLiteral("-c/--column: this command prints no columns");
        QTest::newRow("unknown resource")
            << QStringList{"flavour", "list"} << QStringLiteral("unknown command 'flavour'");
        QTest::newRow("unknown verb")
            << QStringList{"host", "frobnicate"} << QStringLiteral("unknown command 'host frobnicate'");
        QTest::newRow("missing verb") << QStringList{"host"} << QStringLiteral("'host': missing verb");
        QTest::newRow("missing command") << QStringList{} << QStringLiteral("missing command");
        QTest::newRow("missing argument")
            << QStringList{"host", "show"} << QStringLiteral("missing argument HOST");
        QTest::newRow("extra argument")
            << QStringList{"host", "show", "lab-1", "lab-2"} << QStringLiteral("unexpected argument 'lab-2'");
        QTest::newRow("missing required option")
            << QStringList{"host", "add", "x"} << QStringLiteral("missing option --uri URI");
        QTest::newRow("missing option value")
            << QStringList{"host", "add", "x", "--uri"} << QStringLiteral("--uri: missing value URI");
        QTest::newRow("set without changes")
            << QStringList{"host", "set", "lab-1"} << QStringLiteral("host set: nothing to change");
        QTest::newRow("empty data dir")
            << QStringList{"--data-dir", "", "host", "list"} << QStringLiteral("--data-dir: empty path");
    }

    void badCommandLinesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const StackctlRun run = m_stackctl.run(QStringList{"--data-dir", dataDir()} + args);
        COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Error: ") + message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--help' for usage.")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void usageErrorsCreateNoDataDir()
    {
        const QString fresh = m_home.path() + QStringLiteral("/never-created");
        const StackctlRun run = m_stackctl.run({"--data-dir", fresh, "host", "list", "-f", "xml"});
        COMPARE_EXIT(run, 2);
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void helpAtEveryLevel_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stackctl") << QStringList{"--help"} << QStringLiteral("usage: stackctl [--demo");
        QTest::newRow("stackctl -h") << QStringList{"-h"} << QStringLiteral("host list");
        QTest::newRow("resource") << QStringList{"host", "--help"}
                                  << QStringLiteral("usage: stackctl host <verb>");
        QTest::newRow("two-word resource")
            << QStringList{"action", "log", "-h"} << QStringLiteral("action log list");
        QTest::newRow("command") << QStringList{"host", "add", "--help"}
                                 << QStringLiteral(
                                        "usage: stackctl host add --uri URI [--availability-zone AZ]");
        QTest::newRow("command, help first")
            << QStringList{"-h", "host", "disable"} << QStringLiteral("[--reason TEXT] HOST");
        QTest::newRow("help wins over bad options")
            << QStringList{"host", "set", "--bogus", "-h"} << QStringLiteral("usage: stackctl host set");
        QTest::newRow("version") << QStringList{"--version"} << QStringLiteral("stackctl 0.");
    }

    void helpAtEveryLevel()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString fresh = m_home.path() + QStringLiteral("/help-only");
        const StackctlRun run = m_stackctl.run(QStringList{"--data-dir", fresh} + args);
        COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QCOMPARE(run.err, QString());
        QVERIFY(!QFileInfo::exists(fresh)); // help never opens the engine
    }

    void dataDirUnderARegularFileIsRefused()
    {
        const QString file = m_home.path() + QStringLiteral("/plain-file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString below = file + QStringLiteral("/cloud");
        const StackctlRun run = m_stackctl.run({"--data-dir", below, "host", "list"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("Error: Data dir %1").arg(below)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("choose a folder you may write to")), qPrintable(run.err));
    }

    void dataDirThatIsAFileIsRefused()
    {
        const QString file = m_home.path() + QStringLiteral("/another-file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const StackctlRun run = m_stackctl.run({"--data-dir", file, "host", "list"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not a folder")), qPrintable(run.err));
    }

    void databaseFromANewerStackDeskIsRefused()
    {
        const QString dir = m_home.path() + QStringLiteral("/future");
        COMPARE_EXIT(m_stackctl.run({"--data-dir", dir, "host", "list"}), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(dir + QStringLiteral("/stackdesk.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const StackctlRun run = m_stackctl.run({"--data-dir", dir, "host", "list"});
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("Error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("schema version 999")), qPrintable(run.err));
    }

    void dataDirFromTheEnvironment()
    {
        StackctlRunner runner(m_home.path());
        runner.setEnv(QStringLiteral("STACKDESK_DATA_DIR"), dataDir());
        const StackctlRun run = runner.run({"host", "list", "-f", "value", "-c", "name"});
        COMPARE_EXIT(run, 0);
        QCOMPARE(run.out, QStringLiteral("lab-1\n"));
    }
};

QTEST_GUILESS_MAIN(TestStackctlUsage)
#include "tst_stackctl_usage.moc"
