// `stackctl project|user|role|group|token` on a fresh data dir: what each verb creates, changes and prints.

#include "testcloud.h"

#include <QDateTime>

class TestStackctlIdentity : public QObject
{
    Q_OBJECT

private:
    TestCloud m_cloud;

    QStringList names(const QStringList &listCommand) const
    {
        const StackctlRun run = m_cloud.admin(listCommand + QStringList{"-f", "value", "-c", "name"});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return TestCloud::lines(run);
    }

    void createUser(const QString &name, const QString &password, const QString &project = {},
                    const QString &role = QStringLiteral("member")) const
    {
        COMPARE_EXIT(m_cloud.admin({"user", "create", "--password", password, name}), 0);
        if (!project.isEmpty())
            COMPARE_EXIT(m_cloud.admin({"role", "add", "--user", name, "--project", project, role}), 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_cloud.create()); }

    void projectCreateShowSetDelete()
    {
        const QJsonObject created = TestCloud::object(m_cloud.admin(
            {"project", "create", "--description", "Course A", "--disable", "course-a", "-f", "json"}));
        QCOMPARE(created.value("name").toString(), QStringLiteral("course-a"));
        QCOMPARE(created.value("description").toString(), QStringLiteral("Course A"));
        QCOMPARE(created.value("enabled").toBool(true), false);
        const QString id = created.value("id").toString();
        QVERIFY(!id.isEmpty());

        COMPARE_EXIT(
            m_cloud.admin({"project", "set", "--name", "course-b", "--description", "", "--enable", id}), 0);
        const QJsonObject shown =
            TestCloud::object(m_cloud.admin({"project", "show", "course-b", "-f", "json"}));
        QCOMPARE(shown.value("id").toString(), id);
        QCOMPARE(shown.value("description").toString(), QString());
        QCOMPARE(shown.value("enabled").toBool(), true);
        QVERIFY(names({"project", "list"}).contains(QStringLiteral("course-b")));

        COMPARE_EXIT(m_cloud.admin({"project", "delete", "course-b"}), 0);
        QVERIFY(!names({"project", "list"}).contains(QStringLiteral("course-b")));
    }

    void projectDeleteStopsAtTheFirstFailure()
    {
        COMPARE_EXIT(m_cloud.admin({"project", "create", "p1"}), 0);
        COMPARE_EXIT(m_cloud.admin({"project", "create", "p2"}), 0);
        const StackctlRun run = m_cloud.admin({"project", "delete", "p1", "nope", "p2"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("Project 'nope': no such project"));
        const QStringList left = names({"project", "list"});
        QVERIFY(!left.contains(QStringLiteral("p1")));
        QVERIFY(left.contains(QStringLiteral("p2")));
        COMPARE_EXIT(m_cloud.admin({"project", "delete", "p2"}), 0);
    }

    void projectListMyProjectsShowsOnlyThoseWithARole()
    {
        COMPARE_EXIT(m_cloud.admin({"project", "create", "elsewhere"}), 0);
        QVERIFY(names({"project", "list"}).contains(QStringLiteral("elsewhere")));
        QCOMPARE(names({"project", "list", "--my-projects"}), QStringList{QStringLiteral("admin")});
        COMPARE_EXIT(m_cloud.admin({"project", "delete", "elsewhere"}), 0);
    }

    void userCreateShowSetDelete()
    {
        COMPARE_EXIT(m_cloud.admin({"project", "create", "lab"}), 0);
        const QJsonObject created = TestCloud::object(
            m_cloud.admin({"user", "create", "--password", "s3cret-pass", "--email", "ann@example.org",
                           "--description", "student", "--project", "lab", "ann", "-f", "json"}));
        QCOMPARE(created.value("name").toString(), QStringLiteral("ann"));
        QCOMPARE(created.value("email").toString(), QStringLiteral("ann@example.org"));
        QCOMPARE(created.value("default_project").toString(), QStringLiteral("lab"));
        QCOMPARE(created.value("enabled").toBool(), true);
        QVERIFY(!created.contains("password"));

        COMPARE_EXIT(
            m_cloud.admin({"user", "set", "--email", "ann@lab.example.org", "--name", "anna", "ann"}), 0);
        const QJsonObject shown = TestCloud::object(m_cloud.admin({"user", "show", "anna", "-f", "json"}));
        QCOMPARE(shown.value("id").toString(), created.value("id").toString());
        QCOMPARE(shown.value("email").toString(), QStringLiteral("ann@lab.example.org"));
        QVERIFY(names({"user", "list"}).contains(QStringLiteral("anna")));

        COMPARE_EXIT(m_cloud.admin({"user", "delete", "anna"}), 0);
        QVERIFY(!names({"user", "list"}).contains(QStringLiteral("anna")));
        COMPARE_EXIT(m_cloud.admin({"project", "delete", "lab"}), 0);
    }

    void userPasswordPromptAsksTwice()
    {
        const StackctlRun created =
            m_cloud.admin({"user", "create", "--password-prompt", "bob", "-f", "value", "-c", "name"},
                          "prompted-pass\nprompted-pass\n");
        COMPARE_EXIT(created, 0);
        QCOMPARE(created.out, QStringLiteral("bob\n"));
        QVERIFY2(created.err.contains(QStringLiteral("Repeat User Password:")), qPrintable(created.err));
        COMPARE_EXIT(m_cloud.admin({"role", "add", "--user", "bob", "--project", "admin", "reader"}), 0);
        COMPARE_EXIT(m_cloud.as("bob", "prompted-pass", "admin", {"token", "issue"}), 0);

        const StackctlRun mismatch =
            m_cloud.admin({"user", "create", "--password-prompt", "carl"}, "first-pass1\nother-pass1\n");
        COMPARE_EXIT(mismatch, 1);
        VERIFY_MESSAGE(mismatch, QStringLiteral("Passwords do not match"));
        QVERIFY(!names({"user", "list"}).contains(QStringLiteral("carl")));

        const StackctlRun noAnswer = m_cloud.admin({"user", "set", "--password-prompt", "bob"});
        COMPARE_EXIT(noAnswer, 2);
        VERIFY_MESSAGE(noAnswer, QStringLiteral("no password given"));
        COMPARE_EXIT(m_cloud.admin({"user", "delete", "bob"}), 0);
    }

    void userListByProjectFollowsRoleAssignments()
    {
        COMPARE_EXIT(m_cloud.admin({"project", "create", "team"}), 0);
        createUser("dora", "dora-pass1", "team");
        createUser("eve", "eve-pass12");
        COMPARE_EXIT(m_cloud.admin({"group", "create", "team-readers"}), 0);
        COMPARE_EXIT(m_cloud.admin({"group", "add", "user", "team-readers", "eve"}), 0);
        COMPARE_EXIT(m_cloud.admin({"role", "add", "--group", "team-readers", "--project", "team", "reader"}),
                     0);
        QCOMPARE(names({"user", "list", "--project", "team"}), (QStringList{"dora", "eve"}));
        QCOMPARE(names({"user", "list", "--project", "admin"}), QStringList{"admin"});
        COMPARE_EXIT(m_cloud.admin({"user", "delete", "dora", "eve"}), 0);
        COMPARE_EXIT(m_cloud.admin({"group", "delete", "team-readers"}), 0);
        COMPARE_EXIT(m_cloud.admin({"project", "delete", "team"}), 0);
    }

    void userPasswordSetChangesOnlyWithTheRightOriginal()
    {
        createUser("fay", "fay-pass-1", "admin");
        const StackctlRun wrong = m_cloud.as(
            "fay", "fay-pass-1", "admin",
            {"user", "password", "set", "--original-password", "wrong-one", "--password", "fay-pass-2"});
        COMPARE_EXIT(wrong, 1);
        VERIFY_MESSAGE(wrong, QStringLiteral("does not match"));
        COMPARE_EXIT(m_cloud.as("fay", "fay-pass-1", "admin", {"token", "issue"}), 0);

        // Prompts: the current password once, the new one twice.
        COMPARE_EXIT(m_cloud.as("fay", "fay-pass-1", "admin", {"user", "password", "set"},
                                "fay-pass-1\nfay-pass-2\nfay-pass-2\n"),
                     0);
        COMPARE_EXIT(m_cloud.as("fay", "fay-pass-1", "admin", {"token", "issue"}), 1);
        COMPARE_EXIT(m_cloud.as("fay", "fay-pass-2", "admin", {"token", "issue"}), 0);
        COMPARE_EXIT(m_cloud.admin({"user", "delete", "fay"}), 0);
    }

    void disabledUserCannotLogIn()
    {
        createUser("gus", "gus-pass-1", "admin", "reader");
        COMPARE_EXIT(m_cloud.as("gus", "gus-pass-1", "admin", {"project", "list"}), 0);
        COMPARE_EXIT(m_cloud.admin({"user", "set", "--disable", "gus"}), 0);
        const StackctlRun refused = m_cloud.as("gus", "gus-pass-1", "admin", {"project", "list"});
        COMPARE_EXIT(refused, 1);
        VERIFY_MESSAGE(refused, QStringLiteral("User gus is disabled"));
        COMPARE_EXIT(m_cloud.admin({"user", "set", "--enable", "gus"}), 0);
        COMPARE_EXIT(m_cloud.as("gus", "gus-pass-1", "admin", {"project", "list"}), 0);
        COMPARE_EXIT(m_cloud.admin({"user", "delete", "gus"}), 0);
    }

    void tokenIssuePrintsTheSession()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QJsonObject token = TestCloud::object(
            m_cloud.as("admin", m_cloud.adminPassword(), "admin", {"token", "issue", "-f", "json"}));
        QCOMPARE(token.keys(), (QStringList{"expires", "id", "project_id", "user_id"}));
        QVERIFY(QDateTime::fromString(token.value("expires").toString(), Qt::ISODate) > before);
        QVERIFY(token.value("id").toString().size() >= 32);
        const QJsonObject admin = TestCloud::object(m_cloud.admin({"user", "show", "admin", "-f", "json"}));
        QCOMPARE(token.value("user_id").toString(), admin.value("id").toString());
        const QJsonObject project =
            TestCloud::object(m_cloud.admin({"project", "show", "admin", "-f", "json"}));
        QCOMPARE(token.value("project_id").toString(), project.value("id").toString());

        const StackctlRun anonymous = m_cloud.admin({"token", "issue"});
        COMPARE_EXIT(anonymous, 2);
        VERIFY_MESSAGE(anonymous, QStringLiteral("no credentials"));
    }

    void credentialsComeFromTheEnvironment()
    {
        StackctlRunner runner(m_cloud.home());
        runner.setEnv("OS_USERNAME", "admin");
        runner.setEnv("OS_PASSWORD", m_cloud.adminPassword());
        runner.setEnv("OS_PROJECT_NAME", "admin");
        COMPARE_EXIT(runner.run({"--data-dir", m_cloud.dataDir(), "token", "issue"}), 0);
        runner.setEnv("OS_PASSWORD", "wrong-password");
        const StackctlRun wrong = runner.run({"--data-dir", m_cloud.dataDir(), "token", "issue"});
        COMPARE_EXIT(wrong, 1);
        VERIFY_MESSAGE(wrong, QStringLiteral("wrong user name or password"));
        // An explicit option wins over the environment.
        COMPARE_EXIT(runner.run({"--data-dir", m_cloud.dataDir(), "--os-password", m_cloud.adminPassword(),
                                 "token", "issue"}),
                     0);
    }

    void missingPasswordWithoutTerminalNamesOsPassword()
    {
        const StackctlRun run = m_cloud.admin({"--os-username", "admin", "project", "list"});
        COMPARE_EXIT(run, 2);
        VERIFY_MESSAGE(run, QStringLiteral("OS_PASSWORD"));
    }

    void roleCreateListDelete()
    {
        const QJsonObject created =
            TestCloud::object(m_cloud.admin({"role", "create", "auditor", "-f", "json"}));
        QCOMPARE(created.value("name").toString(), QStringLiteral("auditor"));
        QCOMPARE(created.value("built_in").toBool(true), false);
        QCOMPARE(names({"role", "list"}), (QStringList{"admin", "auditor", "member", "reader"}));
        COMPARE_EXIT(m_cloud.admin({"role", "delete", "auditor"}), 0);
        QCOMPARE(names({"role", "list"}), (QStringList{"admin", "member", "reader"}));
    }

    void roleAssignmentListShowsIdsOrNames()
    {
        COMPARE_EXIT(m_cloud.admin({"project", "create", "ra"}), 0);
        createUser("hal", "hal-pass-1", "ra");
        COMPARE_EXIT(m_cloud.admin({"group", "create", "ra-group"}), 0);
        COMPARE_EXIT(m_cloud.admin({"group", "add", "user", "ra-group", "hal"}), 0);
        COMPARE_EXIT(m_cloud.admin({"role", "add", "--group", "ra-group", "--project", "ra", "reader"}), 0);

        const QJsonArray byName = TestCloud::array(
            m_cloud.admin({"role", "assignment", "list", "--project", "ra", "--names", "-f", "json"}));
        QCOMPARE(byName.size(), 2);
        QCOMPARE(byName.at(0).toObject().keys(), (QStringList{"group", "project", "role", "user"}));
        QStringList seen;
        for (const QJsonValue &v : byName) {
            const QJsonObject a = v.toObject();
            seen << QStringLiteral("%1/%2/%3/%4")
                        .arg(a.value("role").toString(), a.value("user").toString(),
                             a.value("group").toString(), a.value("project").toString());
        }
        seen.sort();
        QCOMPARE(seen, (QStringList{"member/hal//ra", "reader//ra-group/ra"}));

        const QJsonObject hal = TestCloud::object(m_cloud.admin({"user", "show", "hal", "-f", "json"}));
        const QJsonArray byId = TestCloud::array(
            m_cloud.admin({"role", "assignment", "list", "--user", "hal", "--effective", "-f", "json"}));
        QCOMPARE(byId.size(), 2); // member directly, reader through the group
        for (const QJsonValue &v : byId)
            QCOMPARE(v.toObject().value("user").toString(), hal.value("id").toString());

        COMPARE_EXIT(m_cloud.admin({"role", "remove", "--user", "hal", "--project", "ra", "member"}), 0);
        COMPARE_EXIT(m_cloud.admin({"role", "remove", "--group", "ra-group", "--project", "ra", "reader"}),
                     0);
        QCOMPARE(
            TestCloud::array(m_cloud.admin({"role", "assignment", "list", "--project", "ra", "-f", "json"}))
                .size(),
            0);
        COMPARE_EXIT(m_cloud.admin({"user", "delete", "hal"}), 0);
        COMPARE_EXIT(m_cloud.admin({"group", "delete", "ra-group"}), 0);
        COMPARE_EXIT(m_cloud.admin({"project", "delete", "ra"}), 0);
    }

    void groupMembership()
    {
        createUser("ida", "ida-pass-1");
        const QJsonObject created = TestCloud::object(
            m_cloud.admin({"group", "create", "--description", "TAs", "tas", "-f", "json"}));
        QCOMPARE(created.value("description").toString(), QStringLiteral("TAs"));
        COMPARE_EXIT(m_cloud.admin({"group", "add", "user", "tas", "ida"}), 0);
        COMPARE_EXIT(m_cloud.admin({"group", "add", "user", "tas", "admin"}), 0);

        const QJsonObject shown = TestCloud::object(m_cloud.admin({"group", "show", "tas", "-f", "json"}));
        QCOMPARE(shown.value("users").toArray().toVariantList(), (QVariantList{"admin", "ida"}));
        const StackctlRun in = m_cloud.admin({"group", "contains", "user", "tas", "ida"});
        COMPARE_EXIT(in, 0);
        QCOMPARE(in.out, QStringLiteral("ida in group tas\n"));

        COMPARE_EXIT(m_cloud.admin({"group", "remove", "user", "tas", "ida"}), 0);
        const StackctlRun out = m_cloud.admin({"group", "contains", "user", "tas", "ida"});
        COMPARE_EXIT(out, 1);
        VERIFY_MESSAGE(out, QStringLiteral("ida not in group tas"));

        COMPARE_EXIT(m_cloud.admin({"group", "set", "--name", "assistants", "tas"}), 0);
        const QJsonObject renamed =
            TestCloud::object(m_cloud.admin({"group", "show", "assistants", "-f", "json"}));
        QCOMPARE(renamed.value("description").toString(), QStringLiteral("TAs")); // kept
        QCOMPARE(names({"group", "list"}), QStringList{"assistants"});
        COMPARE_EXIT(m_cloud.admin({"group", "delete", "assistants"}), 0);
        QCOMPARE(names({"group", "list"}), QStringList());
        COMPARE_EXIT(m_cloud.admin({"user", "delete", "ida"}), 0);
    }
};

QTEST_GUILESS_MAIN(TestStackctlIdentity)
#include "tst_stackctl_identity.moc"
