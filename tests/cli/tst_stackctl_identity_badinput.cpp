// The "Bad input" for projects, users, roles, groups and quotas through stackctl: each command line
// is refused with the right exit code (1: the engine refused, 2: stackctl could not use the command line), a
// message that names the problem, and nothing changed.

#include "testcloud.h"

class TestStackctlIdentityBadInput : public QObject
{
    Q_OBJECT

private:
    TestCloud m_cloud;

    // Everything a refused command could have changed, as text to compare before and after.
    QString snapshot() const
    {
        QString text;
        for (const QStringList &list :
             {QStringList{"project", "list"}, QStringList{"user", "list"},
              QStringList{"role", "assignment", "list"}, QStringList{"group", "show", "g"},
              QStringList{"quota", "show", "p"}, QStringList{"quota", "show", "--default"}})
            text += m_cloud.admin(list + QStringList{"-f", "json"}).out;
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cloud.create());
        COMPARE_EXIT(m_cloud.admin({"project", "create", "p"}), 0);
        COMPARE_EXIT(m_cloud.admin({"user", "create", "--password", "user-pass-1", "u"}), 0);
        COMPARE_EXIT(m_cloud.admin({"role", "add", "--user", "u", "--project", "p", "member"}), 0);
        COMPARE_EXIT(m_cloud.admin({"group", "create", "g"}), 0);
    }

    void refusedWithAMessageAndNothingChanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString longName(256, QLatin1Char('n'));

        // Names
        QTest::newRow("empty project name")
            << QStringList{"project", "create", ""} << 1 << "Project name: empty";
        QTest::newRow("blank project name")
            << QStringList{"project", "create", "  "} << 1 << "Project name: empty";
        QTest::newRow("256-char project name")
            << QStringList{"project", "create", longName} << 1 << "longer than 255 characters (256)";
        QTest::newRow("rename to 256 chars")
            << QStringList{"project", "set", "--name", longName, "p"} << 1 << "longer than 255";
        QTest::newRow("empty user name")
            << QStringList{"user", "create", "--password", "long-enough-1", ""} << 1 << "User name: empty";
        QTest::newRow("256-char user name")
            << QStringList{"user", "create", "--password", "long-enough-1", longName} << 1
            << "longer than 255";
        QTest::newRow("empty group name") << QStringList{"group", "create", ""} << 1 << "Group name: empty";
        QTest::newRow("empty role name") << QStringList{"role", "create", ""} << 1 << "Role name: empty";
        QTest::newRow("duplicate project")
            << QStringList{"project", "create", "p"} << 1 << "Project name 'p' is already used";
        QTest::newRow("rename onto another project") << QStringList{"project", "set", "--name", "admin", "p"}
                                                     << 1 << "Project name 'admin' is already used";
        QTest::newRow("duplicate user") << QStringList{"user", "create", "--password", "long-enough-1", "u"}
                                        << 1 << "User name 'u' is already used";
        QTest::newRow("duplicate group")
            << QStringList{"group", "create", "g"} << 1 << "Group name 'g' is already used";
        QTest::newRow("duplicate role")
            << QStringList{"role", "create", "member"} << 1 << "Role name 'member' is already used";

        // Passwords
        QTest::newRow("weak password")
            << QStringList{"user", "create", "--password", "short", "w"} << 1 << "use at least 8";
        QTest::newRow("weak new password")
            << QStringList{"user", "set", "--password", "short", "u"} << 1 << "use at least 8";
        QTest::newRow("no password") << QStringList{"user", "create", "w"} << 2
                                     << "--password or --password-prompt is required";
        QTest::newRow("password twice")
            << QStringList{"user", "create", "--password", "long-enough-1", "--password-prompt", "w"} << 2
            << "exclude each other";
        QTest::newRow("bad email") << QStringList{"user",    "create", "--password", "long-enough-1",
                                                  "--email", "x",      "w"}
                                   << 1 << "Email 'x': not an email address";

        // Flags and options
        QTest::newRow("enable and disable") << QStringList{"project", "create", "--enable", "--disable", "x"}
                                            << 2 << "--enable and --disable exclude each other";
        QTest::newRow("user enable and disable") << QStringList{"user", "set", "--enable", "--disable", "u"}
                                                 << 2 << "--enable and --disable exclude each other";
        QTest::newRow("project set nothing")
            << QStringList{"project", "set", "p"} << 2 << "nothing to change";
        QTest::newRow("user set nothing") << QStringList{"user", "set", "u"} << 2 << "nothing to change";
        QTest::newRow("role add without subject")
            << QStringList{"role", "add", "--project", "p", "reader"} << 2 << "--user or --group is required";
        QTest::newRow("role add user and group")
            << QStringList{"role", "add", "--user", "u", "--group", "g", "--project", "p", "reader"} << 2
            << "--user and --group exclude each other";
        QTest::newRow("role add without project")
            << QStringList{"role", "add", "--user", "u", "reader"} << 2 << "missing option --project PROJECT";
        QTest::newRow("unknown role") << QStringList{"role", "add", "--user", "u", "--project", "p", "boss"}
                                      << 1 << "Role 'boss': no such role";
        QTest::newRow("delete built-in role") << QStringList{"role", "delete", "reader"} << 1 << "built in";
        QTest::newRow("project delete without name")
            << QStringList{"project", "delete"} << 2 << "missing argument PROJECT";
        QTest::newRow("unknown project") << QStringList{"project", "show", "nope"} << 1 << "no such project";
        QTest::newRow("unknown user")
            << QStringList{"user", "delete", "nobody"} << 1 << "User 'nobody': no such user";
        QTest::newRow("remove a non-member")
            << QStringList{"group", "remove", "user", "g", "admin"} << 1 << "is not a member of group g";

        // Quotas
        QTest::newRow("quota not a number") << QStringList{"quota", "set", "--cores", "abc", "p"} << 2
                                            << "--cores: 'abc' is not a whole number";
        QTest::newRow("quota fraction")
            << QStringList{"quota", "set", "--ram", "1.5", "p"} << 2 << "--ram: '1.5' is not a whole number";
        QTest::newRow("quota below -1") << QStringList{"quota", "set", "--cores", "-2", "p"} << 1
                                        << "Quota cores -2: must be -1 (unlimited) or 0 or more";
        QTest::newRow("default quota below -1")
            << QStringList{"quota", "set", "--default", "--ports", "-5"} << 1 << "Quota ports -5: must be -1";
        QTest::newRow("quota set nothing") << QStringList{"quota", "set", "p"} << 2 << "nothing to change";
        QTest::newRow("quota set no project")
            << QStringList{"quota", "set", "--cores", "4"} << 2 << "missing argument PROJECT";
        QTest::newRow("quota set project and default")
            << QStringList{"quota", "set", "--default", "--cores", "4", "p"} << 2 << "not both";
        QTest::newRow("quota of unknown project")
            << QStringList{"quota", "set", "--cores", "4", "nope"} << 1 << "Project 'nope': no such project";

        // The cloud keeps an administrator, and one cannot saw off the branch one sits on.
        // With direct roles, the only administrator is always the one asking; the engine's "last
        // administrator" refusals sit behind these.
        QTest::newRow("delete the last administrator")
            << QStringList{"user", "delete", "admin"} << 1 << "cannot delete yourself";
        QTest::newRow("disable the last administrator")
            << QStringList{"user", "set", "--disable", "admin"} << 1 << "cannot disable yourself";
        QTest::newRow("remove own admin role")
            << QStringList{"role", "remove", "--user", "admin", "--project", "admin", "admin"} << 1
            << "cannot remove your own admin role";
        QTest::newRow("delete the project one is in")
            << QStringList{"project", "delete", "admin"} << 1 << "the one you are working in";
        QTest::newRow("disable the project one is in")
            << QStringList{"project", "set", "--disable", "admin"} << 1 << "the one you are working in";
    }

    void refusedWithAMessageAndNothingChanged()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString before = snapshot();
        const StackctlRun run = m_cloud.admin(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(run.out, QString());
        QCOMPARE(snapshot(), before);
    }

    void wrongOriginalPasswordChangesNothing()
    {
        const StackctlRun run = m_cloud.as("u", "user-pass-1", "p",
                                           {"user", "password", "set", "--original-password",
                                            "not-my-password", "--password", "user-pass-2"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("Current password: does not match"));
        COMPARE_EXIT(m_cloud.as("u", "user-pass-1", "p", {"token", "issue"}), 0);
        COMPARE_EXIT(m_cloud.as("u", "user-pass-2", "p", {"token", "issue"}), 1);
    }

    void weakOwnPasswordSaysTheMinimum()
    {
        const StackctlRun run = m_cloud.as(
            "u", "user-pass-1", "p",
            {"user", "password", "set", "--original-password", "user-pass-1", "--password", "abc"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("use at least 8"));
        COMPARE_EXIT(m_cloud.as("u", "user-pass-1", "p", {"token", "issue"}), 0);
    }
};

QTEST_GUILESS_MAIN(TestStackctlIdentityBadInput)
#include "tst_stackctl_identity_badinput.moc"
