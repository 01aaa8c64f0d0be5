// The security checks through stackctl, on the demo lab: the member `demo` cannot see, show or change
// anything of project admin; a reader cannot create; odd names are data, never SQL; the database keeps only
// argon2id hashes in a 0600 file.

#include "testcloud.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

class TestStackctlIdentitySecurity : public QObject
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

    StackctlRun as(const QString &user, const QString &password, const QStringList &args) const
    {
        return admin(
            QStringList{"--os-username", user, "--os-password", password, "--os-project-name", "demo"} +
            args);
    }

    StackctlRun asDemo(const QStringList &args) const
    {
        return as(QStringLiteral("demo"), m_demoPassword, args);
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

    void memberListsOnlyTheirProject()
    {
        const StackctlRun run = asDemo({"project", "list", "-f", "value", "-c", "name"});
        COMPARE_EXIT(run, 0);
        QCOMPARE(run.out, QStringLiteral("demo\n"));
    }

    void memberCannotReachProjectAdmin_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        // Showing another tenant's project says "no such project", so names do not leak.
        QTest::newRow("project show")
            << QStringList{"project", "show", "admin"} << "Project 'admin': no such project";
        QTest::newRow("quota show") << QStringList{"quota", "show", "admin"}
                                    << "Project 'admin': no such project";
        QTest::newRow("quota set") << QStringList{"quota", "set", "--cores", "99", "admin"} << "not allowed";
        QTest::newRow("project set") << QStringList{"project", "set", "--description", "mine", "admin"}
                                     << "not allowed";
        QTest::newRow("project delete") << QStringList{"project", "delete", "admin"} << "not allowed";
        QTest::newRow("grant oneself admin")
            << QStringList{"role", "add", "--user", "demo", "--project", "admin", "admin"} << "not allowed";
        QTest::newRow("assignments of admin")
            << QStringList{"role", "assignment", "list", "--project", "admin"} << "only your own roles";
        QTest::newRow("user show admin")
            << QStringList{"user", "show", "admin"} << "User 'admin': no such user";
        QTest::newRow("user list") << QStringList{"user", "list"} << "user:list: not allowed for user demo";
        QTest::newRow("user delete") << QStringList{"user", "delete", "admin"} << "not allowed";
        QTest::newRow("group list") << QStringList{"group", "list"} << "not allowed";
        QTest::newRow("host list") << QStringList{"host", "list"} << "host:list: not allowed";
        QTest::newRow("project create") << QStringList{"project", "create", "x"}
                                        << "project:create: not allowed for user demo in project demo";
        QTest::newRow("switch into admin") << QStringList{"--os-project-name", "admin", "project", "list"}
                                           << "User demo has no role in project admin";
    }

    void memberCannotReachProjectAdmin()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString before = admin({"project", "show", "admin", "-f", "json"}).out +
                               admin({"quota", "show", "admin", "-f", "json"}).out +
                               admin({"role", "assignment", "list", "-f", "json"}).out;
        const StackctlRun run = asDemo(args);
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(run.out, QString());
        const QString after = admin({"project", "show", "admin", "-f", "json"}).out +
                              admin({"quota", "show", "admin", "-f", "json"}).out +
                              admin({"role", "assignment", "list", "-f", "json"}).out;
        QCOMPARE(after, before);
    }

    void memberReadsTheirOwnQuota()
    {
        const StackctlRun named = asDemo({"quota", "show", "demo", "-f", "json"});
        COMPARE_EXIT(named, 0);
        QCOMPARE(QJsonDocument::fromJson(named.out.toUtf8()).array().size(), 18);
        // Without PROJECT, the project one works in.
        const StackctlRun current = asDemo({"quota", "show", "-f", "json"});
        COMPARE_EXIT(current, 0);
        QCOMPARE(current.out, named.out);
    }

    void readerMayLookButNotCreate()
    {
        COMPARE_EXIT(admin({"user", "create", "--password", "reader-pass", "r"}), 0);
        COMPARE_EXIT(admin({"role", "add", "--user", "r", "--project", "demo", "reader"}), 0);
        const StackctlRun quota = as("r", "reader-pass", {"quota", "set", "--cores", "1", "demo"});
        COMPARE_EXIT(quota, 1);
        VERIFY_MESSAGE(quota, QStringLiteral("quota:update: not allowed for user r"));
        const StackctlRun project = as("r", "reader-pass", {"project", "create", "x"});
        COMPARE_EXIT(project, 1);
        VERIFY_MESSAGE(project, QStringLiteral("project:create: not allowed for user r"));
        COMPARE_EXIT(as("r", "reader-pass", {"user", "create", "--password", "long-enough", "y"}), 1);
        COMPARE_EXIT(as("r", "reader-pass", {"quota", "show", "demo"}), 0);
        COMPARE_EXIT(as("r", "reader-pass", {"project", "show", "demo"}), 0);
        QCOMPARE(admin({"quota", "show", "demo", "-f", "value", "-c", "limit"}).out.split('\n').value(1),
                 QStringLiteral("20")); // cores unchanged
    }

    void sqlLikeNamesAreStoredVerbatim()
    {
        const QString name = QStringLiteral("<x>'; DROP TABLE users;--");
        const QJsonObject created = TestCloud::object(admin({"project", "create", name, "-f", "json"}));
        QCOMPARE(created.value("name").toString(), name);
        const QJsonObject shown = TestCloud::object(admin({"project", "show", name, "-f", "json"}));
        QCOMPARE(shown.value("name").toString(), name);
        QCOMPARE(shown.value("id").toString(), created.value("id").toString());

        const QJsonObject user = TestCloud::object(
            admin({"user", "create", "--password", "long-enough", "--project", name, name, "-f", "json"}));
        QCOMPARE(user.value("name").toString(), name);
        QCOMPARE(user.value("default_project").toString(), name);

        const StackctlRun users = admin({"user", "list", "-f", "value", "-c", "name"});
        COMPARE_EXIT(users, 0);
        QVERIFY(TestCloud::lines(users).contains(QStringLiteral("admin")));
        QVERIFY(TestCloud::lines(users).contains(QStringLiteral("demo")));
        QVERIFY(TestCloud::lines(users).contains(name));
        COMPARE_EXIT(asDemo({"token", "issue"}), 0); // the users table is intact: demo still logs in
    }

    void databaseKeepsArgon2idHashesInAPrivateFile()
    {
        const QString file = demoDir() + QStringLiteral("/stackdesk.db");
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name, password_hash FROM users")));
            int users = 0;
            while (q.next()) {
                ++users;
                QVERIFY2(q.value(1).toString().startsWith(QLatin1String("$argon2id$")),
                         qPrintable(q.value(0).toString()));
                QVERIFY(!q.value(1).toString().contains(m_demoPassword));
            }
            QVERIFY(users >= 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void everyLoginLeavesAToken()
    {
        const QString file = demoDir() + QStringLiteral("/stackdesk.db");
        const auto tokens = [&file] {
            qint64 count = -1;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tokens"));
                db.setDatabaseName(file);
                if (db.open()) {
                    QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM tokens"), db);
                    if (q.next())
                        count = q.value(0).toLongLong();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tokens"));
            return count;
        };
        const qint64 before = tokens();
        QVERIFY(before >= 0);
        COMPARE_EXIT(asDemo({"project", "list"}), 0);
        QCOMPARE(tokens(), before + 1);
        COMPARE_EXIT(admin({"project", "list"}), 0); // the owner without credentials logs in nowhere
        QCOMPARE(tokens(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestStackctlIdentitySecurity)
#include "tst_stackctl_identity_security.moc"
