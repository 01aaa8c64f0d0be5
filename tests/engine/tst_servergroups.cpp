// Server groups: Nova's four policies, project scoping, deletion with members, and the two quotas
// (server_groups per project, server_group_members per group) the instance code relies on.

#include "testlab.h"

#include "compute/servergroupservice.h"
#include "core/ids.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"

#include <QSignalSpy>

using namespace sd;
using sd::test::TestLab;

class TestServerGroups : public QObject
{
    Q_OBJECT

    // What the instance code does: add a member inside a transaction of its own.
    static Result<void> addMember(TestLab &lab, const ServerGroup &group, const QString &instanceId)
    {
        auto db = Database::open(lab.engine->dataDir().databaseFile());
        if (!db)
            return db.error();
        return (*db)->transaction([&](QSqlDatabase &tx) {
            return ServerGroupService::addMember(tx, lab.engine->quotas(), group.id, group.projectId,
                                                 instanceId);
        });
    }

private Q_SLOTS:
    void novasFourPoliciesAreAccepted_data()
    {
        QTest::addColumn<QString>("policy");
        for (const QString &p : ServerGroupService::policies())
            QTest::newRow(qPrintable(p)) << p;
    }
    void novasFourPoliciesAreAccepted()
    {
        QFETCH(QString, policy);
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto g = lab.engine->serverGroups().create(lab.admin, QStringLiteral("g-") + policy, policy);
        QVERIFY2(g.ok(), qPrintable(g.error().message));
        QCOMPARE(g->policy, policy);
        QCOMPARE(g->projectId, lab.admin.projectId);
        QCOMPARE(g->userId, lab.admin.userId);
        QVERIFY(g->members.isEmpty());
        QVERIFY(looksLikeId(g->id));
        const auto shown = lab.engine->serverGroups().show(lab.admin, g->id);
        QVERIFY(shown.ok());
        QCOMPARE(shown->name, QStringLiteral("g-") + policy);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown policy")
            << "g"
            << "spread"
            << "Server group policy 'spread': use one of affinity, anti-affinity, "
               "soft-affinity, soft-anti-affinity";
        QTest::newRow("policy case") << "g"
                                     << "Affinity"
                                     << "'Affinity'";
        QTest::newRow("empty policy") << "g"
                                      << ""
                                      << "policy ''";
        QTest::newRow("empty name") << ""
                                    << "affinity"
                                    << "Server group name: empty";
        QTest::newRow("long name") << QString(256, QLatin1Char('g')) << "affinity"
                                   << "longer than 255 characters";
        QTest::newRow("control character") << "a\x01"
                                              "b"
                                           << "affinity"
                                           << "control character";
    }
    void badInputIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, policy);
        QFETCH(QString, mentions);
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto r = lab.engine->serverGroups().create(lab.admin, name, policy);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QVERIFY(lab.engine->serverGroups().list(lab.admin)->isEmpty());
    }

    void groupsBelongToTheirProject()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(demo.isValid());
        auto &groups = lab.engine->serverGroups();
        const auto mine = groups.create(demo, QStringLiteral("web"), QStringLiteral("anti-affinity"));
        QVERIFY(mine.ok());
        QCOMPARE(mine->projectName, QStringLiteral("demo"));
        const auto admins = groups.create(lab.admin, QStringLiteral("db"), QStringLiteral("affinity"));
        QVERIFY(admins.ok());

        QCOMPARE(groups.list(demo)->size(), 1);
        QCOMPARE(groups.list(lab.admin)->size(), 1);
        QCOMPARE(groups.list(lab.admin, true)->size(), 2);
        QCOMPARE(groups.list(demo, true).error().code, ErrorCode::Forbidden);
        // Another project's group is not found, by name or by id.
        QCOMPARE(groups.show(demo, QStringLiteral("db")).error().code, ErrorCode::NotFound);
        QCOMPARE(groups.show(demo, admins->id).error().code, ErrorCode::NotFound);
        QCOMPARE(groups.remove(demo, admins->id).error().code, ErrorCode::NotFound);
        // Administrators reach every project's groups.
        QVERIFY(groups.show(lab.admin, QStringLiteral("web")).ok());
        QVERIFY(groups.remove(lab.admin, mine->id).ok());
        QVERIFY(groups.list(demo)->isEmpty());
    }

    void readersMayLookButNotChange()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        RequestContext reader = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(reader.isValid());
        reader.roles = {QStringLiteral("reader")};
        const auto r =
            lab.engine->serverGroups().create(reader, QStringLiteral("g"), QStringLiteral("affinity"));
        QCOMPARE(r.error().code, ErrorCode::Forbidden);
        QVERIFY(lab.engine->serverGroups().list(reader).ok());
    }

    void duplicateNamesNeedTheId()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        auto &groups = lab.engine->serverGroups();
        const auto a = groups.create(lab.admin, QStringLiteral("twin"), QStringLiteral("affinity"));
        const auto b = groups.create(lab.admin, QStringLiteral("twin"), QStringLiteral("anti-affinity"));
        QVERIFY(a.ok() && b.ok());
        const auto byName = groups.show(lab.admin, QStringLiteral("twin"));
        QCOMPARE(byName.error().code, ErrorCode::Conflict);
        QVERIFY(byName.error().message.contains(QStringLiteral("2 groups have this name; use the ID")));
        QCOMPARE(groups.show(lab.admin, b->id)->policy, QStringLiteral("anti-affinity"));
    }

    void deletingAGroupReleasesItsMembers()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto g =
            lab.engine->serverGroups().create(lab.admin, QStringLiteral("g"), QStringLiteral("affinity"));
        QVERIFY(g.ok());
        const QString vm1 = newId(), vm2 = newId();
        QVERIFY(addMember(lab, *g, vm1).ok());
        QVERIFY(addMember(lab, *g, vm2).ok());
        QStringList expected{vm1, vm2};
        expected.sort();
        QCOMPARE(lab.engine->serverGroups().show(lab.admin, QStringLiteral("g"))->members, expected);
        QVERIFY(lab.engine->serverGroups().remove(lab.admin, QStringLiteral("g")).ok());
        // The instances are free to join another group.
        const auto other = lab.engine->serverGroups().create(lab.admin, QStringLiteral("h"),
                                                             QStringLiteral("anti-affinity"));
        QVERIFY(addMember(lab, *other, vm1).ok());
    }

    void anInstanceIsInOneGroupAtMost()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        auto &groups = lab.engine->serverGroups();
        const auto a = groups.create(lab.admin, QStringLiteral("a"), QStringLiteral("affinity"));
        const auto b = groups.create(lab.admin, QStringLiteral("b"), QStringLiteral("affinity"));
        const QString vm = newId();
        QVERIFY(addMember(lab, *a, vm).ok());
        const auto again = addMember(lab, *b, vm);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("already in server group a")));
        // removeMember takes it out, after which it may join another.
        auto db = Database::open(lab.engine->dataDir().databaseFile());
        QVERIFY(db.ok());
        QVERIFY((*db)
                    ->transaction([&](QSqlDatabase &tx) { return ServerGroupService::removeMember(tx, vm); })
                    .ok());
        QVERIFY(groups.show(lab.admin, QStringLiteral("a"))->members.isEmpty());
        QVERIFY(addMember(lab, *b, vm).ok());
        // Removing an instance that is in no group is not an error: deleting an instance always calls it.
        QVERIFY(
            (*db)
                ->transaction([&](QSqlDatabase &tx) { return ServerGroupService::removeMember(tx, newId()); })
                .ok());
    }

    void membersOfAnotherProjectsGroupAreRefused()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        auto g =
            lab.engine->serverGroups().create(lab.admin, QStringLiteral("g"), QStringLiteral("affinity"));
        QVERIFY(g.ok());
        ServerGroup asDemo = *g;
        asDemo.projectId = demo.projectId;
        QCOMPARE(addMember(lab, asDemo, newId()).error().code, ErrorCode::NotFound);
    }

    void quotasCountGroupsPerProjectAndMembersPerGroup()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"),
                         {{QStringLiteral("server_groups"), 2}, {QStringLiteral("server_group_members"), 2}})
                    .ok());
        auto &groups = lab.engine->serverGroups();
        const auto a = groups.create(demo, QStringLiteral("a"), QStringLiteral("affinity"));
        const auto b = groups.create(demo, QStringLiteral("b"), QStringLiteral("soft-affinity"));
        QVERIFY(a.ok() && b.ok());
        const auto third = groups.create(demo, QStringLiteral("c"), QStringLiteral("affinity"));
        QCOMPARE(third.error().code, ErrorCode::QuotaExceeded);
        QVERIFY2(
            third.error().message.contains(QStringLiteral("server_groups: requested 1, 2 in use, limit 2")),
            qPrintable(third.error().message));
        // The admin project has its own count.
        QVERIFY(groups.create(lab.admin, QStringLiteral("c"), QStringLiteral("affinity")).ok());

        // Members: two per group, in each group.
        QVERIFY(addMember(lab, *a, newId()).ok());
        QVERIFY(addMember(lab, *a, newId()).ok());
        const auto full = addMember(lab, *a, newId());
        QCOMPARE(full.error().code, ErrorCode::QuotaExceeded);
        QVERIFY2(full.error().message.contains(QStringLiteral("Server group a is full")) &&
                     full.error().message.contains(
                         QStringLiteral("server_group_members: requested 1, 2 in use, limit 2")),
                 qPrintable(full.error().message));
        QVERIFY(addMember(lab, *b, newId()).ok());
        QCOMPARE(groups.show(demo, QStringLiteral("a"))->members.size(), 2);

        // As in Nova, the project's usage shows groups, not members (members are counted per group).
        auto db = Database::open(lab.engine->dataDir().databaseFile());
        QSqlDatabase conn = (*db)->connection();
        const auto used = lab.engine->quotas().usage(conn, demo.projectId);
        QCOMPARE(used.value(QStringLiteral("server_groups")), qint64(2));
        QCOMPARE(used.value(QStringLiteral("server_group_members")), qint64(0));
    }

    void changesAreAnnouncedAndLogged()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QSignalSpy changed(lab.engine.get(), &Engine::resourceChanged);
        QSignalSpy removed(lab.engine.get(), &Engine::resourceRemoved);
        const auto g =
            lab.engine->serverGroups().create(lab.admin, QStringLiteral("g"), QStringLiteral("affinity"));
        QVERIFY(g.ok());
        QVERIFY(lab.engine->serverGroups().remove(lab.admin, QStringLiteral("g")).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first(), (QVariantList{QStringLiteral("server_group"), g->id}));
        QCOMPARE(removed.first(), (QVariantList{QStringLiteral("server_group"), g->id}));
        QStringList actions;
        for (const ActionLogEntry &e : lab.engine->actionLog().recent(10))
            if (e.targetKind == QLatin1String("server_group"))
                actions << e.action;
        QCOMPARE(actions, (QStringList{"server_group.delete", "server_group.create"}));
    }
};

QTEST_GUILESS_MAIN(TestServerGroups)
#include "tst_servergroups.moc"
