// Projects, users, roles, groups and assignments through the engine, as an administrator and as others.

#include "testlab.h"

#include "network/securitygroupservice.h"

#include "identity/authservice.h"
#include "identity/groupservice.h"
#include "identity/projectservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"
#include "tasks/actionlog.h"
#include "quota/quotaservice.h"

using namespace sd;
using sd::test::TestLab;

class TestIdentityServices : public QObject
{
    Q_OBJECT

    static QStringList names(const QList<Project> &list)
    {
        QStringList out;
        for (const Project &p : list)
            out << p.name;
        return out;
    }

private Q_SLOTS:
    void demoLabHasAdminAndDemoProjects()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QCOMPARE(names(*lab.engine->projects().list(lab.admin)), (QStringList{"admin", "demo"}));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(demo.isValid());
        QCOMPARE(demo.roles, QStringList{QStringLiteral("member")});
        QCOMPARE(names(*lab.engine->projects().list(demo)), QStringList{QStringLiteral("demo")});
    }

    void projectNamesAreCheckedAndUnique_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << int(ErrorCode::BadRequest) << "empty";
        QTest::newRow("blank") << "   " << int(ErrorCode::BadRequest) << "empty";
        QTest::newRow("too long") << QString(256, QLatin1Char('x')) << int(ErrorCode::BadRequest) << "longer than 255";
        QTest::newRow("duplicate") << "demo" << int(ErrorCode::Conflict) << "'demo' is already used";
        QTest::newRow("control character") << "a\tb" << int(ErrorCode::BadRequest) << "control character";
    }
    void projectNamesAreCheckedAndUnique()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto r = lab.engine->projects().create(lab.admin, ProjectSpec{name, QString(), true});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QCOMPARE(lab.engine->projects().list(lab.admin)->size(), 2);
    }

    void hostileNamesAreStoredVerbatim()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const QString name = QStringLiteral("<x>'; DROP TABLE users;--");
        const auto created = lab.engine->projects().create(lab.admin, ProjectSpec{name, QStringLiteral("\"quoted\""), true});
        QVERIFY(created.ok());
        QCOMPARE(lab.engine->projects().show(lab.admin, name)->name, name);
        QCOMPARE(lab.engine->projects().show(lab.admin, created->id)->description, QStringLiteral("\"quoted\""));
        UserSpec user{name, QString(), QString(), QStringLiteral("long-enough-1"), name, true};
        QVERIFY(lab.engine->users().create(lab.admin, user).ok());
        QCOMPARE(lab.engine->users().list(lab.admin)->size(), 3); // admin, demo, the new one: the table survived
    }

    void updateAndDisableProject()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        ProjectUpdate change;
        change.description = QStringLiteral("Physics 101");
        change.enabled = false;
        const auto updated = lab.engine->projects().update(lab.admin, QStringLiteral("demo"), change);
        QVERIFY(updated.ok());
        QVERIFY(!updated->enabled);
        // A disabled project cannot be logged into.
        const auto login = lab.engine->login(QStringLiteral("demo"), lab.demoPassword(QStringLiteral("demo")),
                                             QStringLiteral("demo"));
        QVERIFY(!login.ok());
        QVERIFY2(login.error().message.contains(QStringLiteral("disabled")), qPrintable(login.error().message));
        // The project one works in cannot be disabled or deleted from under oneself.
        ProjectUpdate off;
        off.enabled = false;
        QCOMPARE(lab.engine->projects().update(lab.admin, QStringLiteral("admin"), off).error().code, ErrorCode::Conflict);
        QCOMPARE(lab.engine->projects().remove(lab.admin, QStringLiteral("admin")).error().code, ErrorCode::Conflict);
    }

    void deletingAProjectThatOwnsResourcesIsRefusedListingThem()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const QString demoId = lab.engine->projects().show(lab.admin, QStringLiteral("demo"))->id;
        lab.engine->quotas().registerUsageCounter(QStringLiteral("instances"), [demoId](QSqlDatabase &, const QString &p) {
            return p == demoId ? qint64(2) : qint64(0);
        });
        const auto refused = lab.engine->projects().remove(lab.admin, QStringLiteral("demo"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("instances: 2")), qPrintable(refused.error().message));
        QVERIFY(lab.engine->projects().show(lab.admin, QStringLiteral("demo")).ok());
    }

    void deletingAnEmptyProjectRemovesItsAssignments()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        // The demo project owns the demo lab's network and router: not empty.
        const auto busy = lab.engine->projects().remove(lab.admin, QStringLiteral("demo"));
        QVERIFY(busy.error().message.contains(QStringLiteral("networks: 1")));
        QVERIFY(lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("empty"), QString(), true}).ok());
        QVERIFY(lab.engine->roles().assignToUser(lab.admin, QStringLiteral("demo"), QStringLiteral("empty"),
                                                 QStringLiteral("member")).ok());
        // Its default security group, made on first look, goes with it.
        const auto inEmpty = lab.engine->login(QStringLiteral("demo"), lab.demoPassword(QStringLiteral("demo")),
                                               QStringLiteral("empty"));
        QVERIFY(inEmpty.ok());
        QCOMPARE(lab.engine->securityGroups().list(*inEmpty)->size(), 1);
        QVERIFY(lab.engine->projects().remove(lab.admin, QStringLiteral("empty")).ok());
        QCOMPARE(lab.engine->projects().show(lab.admin, QStringLiteral("empty")).error().code, ErrorCode::NotFound);
        RoleAssignmentFilter f;
        f.user = QStringLiteral("demo");
        QCOMPARE(lab.engine->roles().assignments(lab.admin, f)->size(), 1); // demo's own; empty's went with it
    }

    void weakPasswordsAreRefusedWithTheMinimum()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        UserSpec spec{QStringLiteral("alice"), QStringLiteral("alice@example.org"), QString(), QStringLiteral("short"),
                      QStringLiteral("demo"), true};
        const auto weak = lab.engine->users().create(lab.admin, spec);
        QVERIFY(!weak.ok());
        QVERIFY2(weak.error().message.contains(QStringLiteral("at least 8")), qPrintable(weak.error().message));
        QVERIFY(lab.engine->users().setMinimumPasswordLength(lab.admin, 12).ok());
        spec.password = QStringLiteral("ten-chars!");
        QVERIFY2(lab.engine->users().create(lab.admin, spec).error().message.contains(QStringLiteral("at least 12")),
                 "the configured minimum applies");
        spec.password = QStringLiteral("twelve-chars!");
        QVERIFY(lab.engine->users().create(lab.admin, spec).ok());
        spec.email = QStringLiteral("not-an-address");
        spec.name = QStringLiteral("bob");
        QVERIFY(lab.engine->users().create(lab.admin, spec).error().message.contains(QStringLiteral("not-an-address")));
    }

    void changePasswordNeedsTheOldOneAndEndsSessions()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const QString old = lab.demoPassword(QStringLiteral("demo"));
        auto session = lab.engine->auth().login(QStringLiteral("demo"), old, QStringLiteral("demo"));
        QVERIFY(session.ok());
        const RequestContext demo = session->context;
        const auto wrong = lab.engine->users().changePassword(demo, QStringLiteral("not-the-old-one"), QStringLiteral("new-password-1"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QStringLiteral("Current password")));
        QVERIFY(lab.engine->login(QStringLiteral("demo"), old).ok());
        QVERIFY(lab.engine->users().changePassword(demo, old, QStringLiteral("new-password-1")).ok());
        QVERIFY(!lab.engine->login(QStringLiteral("demo"), old).ok());
        QVERIFY(lab.engine->login(QStringLiteral("demo"), QStringLiteral("new-password-1")).ok());
        // Horizon signs the user out after a change: the old token is gone.
        QVERIFY(!lab.engine->auth().validate(session->token).ok());
    }

    void theLastAdministratorStays()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        // Another admin (the demo user, made admin on demo) tries to remove the only other one.
        QVERIFY(lab.engine->roles().assignToUser(lab.admin, QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("admin")).ok());
        const RequestContext demoAdmin = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(demoAdmin.isAdmin());
        QVERIFY(lab.engine->roles().unassignFromUser(demoAdmin, QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("admin")).ok());
        // Now demo is the last admin: nobody can remove that, delete or disable them.
        const auto own = lab.engine->roles().unassignFromUser(demoAdmin, QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("admin"));
        QVERIFY(!own.ok());
        QVERIFY2(own.error().message.contains(QStringLiteral("your own admin role")), qPrintable(own.error().message));
        QCOMPARE(lab.engine->users().remove(demoAdmin, QStringLiteral("demo")).error().code, ErrorCode::Conflict);
        UserUpdate off;
        off.enabled = false;
        QCOMPARE(lab.engine->users().update(demoAdmin, QStringLiteral("demo"), off).error().code, ErrorCode::Conflict);
    }

    void groupHeldAdminCountsAndNoChangeLocksEveryoneOut()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        Engine &e = *lab.engine;
        QVERIFY(e.projects().create(lab.admin, ProjectSpec{QStringLiteral("p"), QString(), true}).ok());
        QVERIFY(e.users().create(lab.admin, UserSpec{QStringLiteral("b"), QString(), QString(), QStringLiteral("b-password-1"),
                                                     QStringLiteral("p"), true}).ok());
        QVERIFY(e.groups().create(lab.admin, GroupSpec{QStringLiteral("G"), QString()}).ok());
        QVERIFY(e.groups().addUser(lab.admin, QStringLiteral("G"), QStringLiteral("b")).ok());
        QVERIFY(e.roles().assignToGroup(lab.admin, QStringLiteral("G"), QStringLiteral("p"), QStringLiteral("admin")).ok());
        const auto b = e.login(QStringLiteral("b"), QStringLiteral("b-password-1"), QStringLiteral("p"));
        QVERIFY(b.ok());
        QVERIFY(b->isAdmin());
        // b (admin through a group) may delete the other admin: b remains.
        QVERIFY(e.users().remove(*b, QStringLiteral("admin")).ok());
        // But nothing may then take b's admin away: that would leave no administrator who can log in.
        const QStringList refusedBecause = {QStringLiteral("without an administrator")};
        // (each refusal below is checked for that reason)
        const auto role = e.roles().unassignFromGroup(*b, QStringLiteral("G"), QStringLiteral("p"), QStringLiteral("admin"));
        QVERIFY2(!role.ok() && role.error().message.contains(refusedBecause.first()), qPrintable(role.error().message));
        const auto member = e.groups().removeUser(*b, QStringLiteral("G"), QStringLiteral("b"));
        QVERIFY2(!member.ok() && member.error().message.contains(refusedBecause.first()), qPrintable(member.error().message));
        const auto group = e.groups().remove(*b, QStringLiteral("G"));
        QVERIFY2(!group.ok() && group.error().message.contains(refusedBecause.first()), qPrintable(group.error().message));
        QVERIFY(e.switchProject(*b, QStringLiteral("p")).ok());
        // Disabling project p from another project's context would strand b too.
        QVERIFY(e.roles().assignToUser(*b, QStringLiteral("b"), QStringLiteral("demo"), QStringLiteral("admin")).ok());
        const auto bInDemo = e.login(QStringLiteral("b"), QStringLiteral("b-password-1"), QStringLiteral("demo"));
        QVERIFY(bInDemo.ok());
        ProjectUpdate off;
        off.enabled = false;
        QVERIFY(e.projects().update(*bInDemo, QStringLiteral("p"), off).ok()); // b is still admin on demo
        ProjectUpdate demoOff;
        demoOff.enabled = false;
        // ...but demo is b's current project, and the last one where b is admin.
        QCOMPARE(e.projects().update(*bInDemo, QStringLiteral("demo"), demoOff).error().code, ErrorCode::Conflict);
        // Everything refused left the store as it was.
        QCOMPARE(e.groups().show(*bInDemo, QStringLiteral("G"))->memberNames, QStringList{QStringLiteral("b")});
    }

    void changesLeaveAnActionLogTrail()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QVERIFY(lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("physics"), QString(), true}).ok());
        QVERIFY(!lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("physics"), QString(), true}).ok());
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("physics"), {{QStringLiteral("cores"), 4}}).ok());
        const auto recent = lab.engine->actionLog().recent(3);
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.at(0).action, QStringLiteral("quota.update"));
        QCOMPARE(recent.at(0).targetName, QStringLiteral("physics"));
        QCOMPARE(recent.at(1).action, QStringLiteral("project.create"));
        QCOMPARE(recent.at(1).outcome, QStringLiteral("failed"));
        QVERIFY(recent.at(1).message.contains(QStringLiteral("already used")));
        QCOMPARE(recent.at(2).outcome, QStringLiteral("succeeded"));
        QCOMPARE(recent.at(2).userName, QStringLiteral("admin"));
        // A password change is logged without the password.
        const QString old = lab.demoPassword(QStringLiteral("demo"));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(lab.engine->users().changePassword(demo, old, QStringLiteral("fresh-password-9")).ok());
        const auto last = lab.engine->actionLog().recent(1).first();
        QCOMPARE(last.action, QStringLiteral("user.change_password"));
        QVERIFY(!last.targetName.contains(QStringLiteral("fresh-password-9")) && !last.message.contains(old));
    }

    void deletingUsersAndSelf()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QCOMPARE(lab.engine->users().remove(lab.admin, QStringLiteral("admin")).error().code, ErrorCode::Conflict);
        QVERIFY(lab.engine->users().remove(lab.admin, QStringLiteral("demo")).ok());
        QCOMPARE(lab.engine->users().show(lab.admin, QStringLiteral("demo")).error().code, ErrorCode::NotFound);
    }

    void rolesBuiltInAndCustom()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QVERIFY(lab.engine->roles().create(lab.admin, QStringLiteral("auditor")).ok());
        QCOMPARE(lab.engine->roles().create(lab.admin, QStringLiteral("auditor")).error().code, ErrorCode::Conflict);
        const auto builtIn = lab.engine->roles().remove(lab.admin, QStringLiteral("member"));
        QVERIFY(!builtIn.ok());
        QVERIFY(builtIn.error().message.contains(QStringLiteral("built in")));
        QVERIFY(lab.engine->roles().remove(lab.admin, QStringLiteral("auditor")).ok());
        QCOMPARE(lab.engine->roles().list(lab.admin)->size(), 3);
    }

    void groupRolesReachTheirMembers()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QVERIFY(lab.engine->groups().create(lab.admin, GroupSpec{QStringLiteral("teachers"), QString()}).ok());
        QVERIFY(lab.engine->groups().addUser(lab.admin, QStringLiteral("teachers"), QStringLiteral("demo")).ok());
        QCOMPARE(lab.engine->groups().show(lab.admin, QStringLiteral("teachers"))->memberNames, QStringList{QStringLiteral("demo")});
        QVERIFY(lab.engine->roles().assignToGroup(lab.admin, QStringLiteral("teachers"), QStringLiteral("admin"), QStringLiteral("reader")).ok());
        // demo may now log into project admin, as a reader, through the group.
        const RequestContext viaGroup = lab.loginAs(QStringLiteral("demo"), QStringLiteral("admin"));
        QVERIFY(viaGroup.isValid());
        QCOMPARE(viaGroup.roles, QStringList{QStringLiteral("reader")});
        RoleAssignmentFilter f;
        f.user = QStringLiteral("demo");
        f.effective = true;
        QCOMPARE(lab.engine->roles().assignments(lab.admin, f)->size(), 2);
        QVERIFY(lab.engine->groups().removeUser(lab.admin, QStringLiteral("teachers"), QStringLiteral("demo")).ok());
        QVERIFY(!lab.engine->login(QStringLiteral("demo"), lab.demoPassword(QStringLiteral("demo")), QStringLiteral("admin")).ok());
        QCOMPARE(lab.engine->groups().removeUser(lab.admin, QStringLiteral("teachers"), QStringLiteral("demo")).error().code,
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIdentityServices)
#include "tst_identityservices.moc"
