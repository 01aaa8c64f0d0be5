// Instances on the demo lab's simulated hosts: launch through scheduler, claims, ports and the build;
// every power action and its state gate; lock; edit; delete releasing everything; bad input; the last
// slot; an engine that stops mid-build.

#include "computelab.h"

#include "compute/instance/instancerepository.h"
#include "network/portservice.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {
qint64 count(Engine &e, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(e.instances().repository().database()->connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 quotaUse(Engine &e, const RequestContext &ctx, const QString &resource)
{
    auto lines = e.quotas().show(ctx, ctx.projectName);
    if (!lines)
        return -1;
    for (const QuotaLine &l : *lines)
        if (l.resource == resource)
            return l.inUse;
    return -1;
}
} // namespace

class TestInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void launchBuildsAnActiveInstance()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web-1")));
        QVERIFY2(i.ok(), qPrintable(i.error().toString()));
        QCOMPARE(i->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(i->powerState, PowerState::Running);
        QVERIFY(!i->hostName.isEmpty());
        QCOMPARE(i->flavor.name, QStringLiteral("m1.tiny"));
        QCOMPARE(i->imageName, QStringLiteral("tiny"));
        QVERIFY(i->launchedAt.isValid());
        QCOMPARE(i->fault.code, 0);
        // One port on private with an address from 10.0.0.0/24, bound to the instance's host.
        QCOMPARE(i->addresses.size(), 1);
        QCOMPARE(i->addresses.first().networkName, QStringLiteral("private"));
        QVERIFY(i->addresses.first().address.startsWith(QStringLiteral("10.0.0.")));
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ? AND host_id = ?"),
                       {i->id, i->hostId}),
                 1);
        // The claim is the flavor's size on that host.
        QCOMPARE(count(*lab.engine,
                       QStringLiteral("SELECT ram_mb FROM instance_claims WHERE instance_id = ? AND host_id = ?"),
                       {i->id, i->hostId}),
                 512);
        // The domain XML is the engine's, with its metadata and the port's MAC.
        const QString xml = lab.engine->instances().repository().domainXml(i->id);
        QVERIFY(xml.contains(QStringLiteral("<name>sd-%1</name>").arg(i->id)));
        QVERIFY(xml.contains(QStringLiteral("urn:stackdesk:instance:1")));
        QVERIFY(xml.contains(i->addresses.first().macAddress));
        QCOMPARE(quotaUse(*lab.engine, lab.demo, QStringLiteral("instances")), 1);
        QCOMPARE(quotaUse(*lab.engine, lab.demo, QStringLiteral("cores")), 1);
        QCOMPARE(quotaUse(*lab.engine, lab.demo, QStringLiteral("ram")), 512);
        // The launch and the build are in the action log.
        auto events = lab.engine->instances().events(lab.demo, i->id);
        QVERIFY(events.ok());
        QVERIFY(std::any_of(events->cbegin(), events->cend(),
                            [](const ActionLogEntry &e) { return e.action == QLatin1String("server.build"); }));
    }

    void powerActionsFollowTheirGates()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        const struct
        {
            InstanceAction action;
            const char *status;
            PowerState power;
        } steps[] = {
            {InstanceAction::Stop, "SHUTOFF", PowerState::Shutdown},
            {InstanceAction::Start, "ACTIVE", PowerState::Running},
            {InstanceAction::Reboot, "ACTIVE", PowerState::Running},
            {InstanceAction::HardReboot, "ACTIVE", PowerState::Running},
            {InstanceAction::Pause, "PAUSED", PowerState::Paused},
            {InstanceAction::Unpause, "ACTIVE", PowerState::Running},
            {InstanceAction::Suspend, "SUSPENDED", PowerState::Suspended},
            {InstanceAction::Resume, "ACTIVE", PowerState::Running},
        };
        for (const auto &s : steps) {
            auto after = lab.act(lab.demo, i->id, s.action);
            QVERIFY2(after.ok(), qPrintable(instanceActionName(s.action) + QStringLiteral(": ") + after.error().toString()));
            QCOMPARE(after->status(), QLatin1String(s.status));
            QCOMPARE(after->powerState, s.power);
            QVERIFY2(after->fault.code == 0, qPrintable(after->fault.message));
        }
        // Not allowed now: the message names the state and what the action needs.
        auto refused = lab.engine->instances().perform(lab.demo, i->id, InstanceAction::Start);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(refused.error().message, QStringLiteral("Instance vm is ACTIVE: Start needs it SHUTOFF"));
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Stop).ok());
        auto pause = lab.engine->instances().perform(lab.demo, i->id, InstanceAction::Pause);
        QVERIFY(!pause.ok());
        QCOMPARE(pause.error().message, QStringLiteral("Instance vm is SHUTOFF: Pause needs it ACTIVE"));
    }

    void gatesForEveryState_data()
    {
        QTest::addColumn<int>("vmState");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        using A = InstanceAction;
        using S = VmState;
        const struct
        {
            S state;
            A action;
            bool allowed;
        } rows[] = {
            {S::Stopped, A::Start, true},     {S::Active, A::Start, false},      {S::Active, A::Stop, true},
            {S::Error, A::Stop, true},        {S::Stopped, A::Stop, false},      {S::Active, A::Reboot, true},
            {S::Stopped, A::Reboot, false},   {S::Stopped, A::HardReboot, true}, {S::Paused, A::HardReboot, true},
            {S::Active, A::Pause, true},      {S::Paused, A::Pause, false},      {S::Paused, A::Unpause, true},
            {S::Active, A::Suspend, true},    {S::Suspended, A::Resume, true},   {S::Active, A::Resume, false},
            {S::Building, A::Stop, false},    {S::Building, A::Delete, true},    {S::Error, A::Delete, true},
            {S::ShelvedOffloaded, A::Start, false},
        };
        for (const auto &r : rows)
            QTest::addRow("%s %s", qPrintable(vmStateName(r.state)), qPrintable(instanceActionName(r.action)))
                << int(r.state) << int(r.action) << r.allowed;
    }

    void gatesForEveryState()
    {
        QFETCH(int, vmState);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        Instance i;
        i.name = QStringLiteral("x");
        i.vmState = VmState(vmState);
        QCOMPARE(ActionGate::allows(i, InstanceAction(action), false), allowed);
    }

    void busyInstancesRefuseOtherActions()
    {
        Instance i;
        i.name = QStringLiteral("x");
        i.vmState = VmState::Active;
        i.taskState = QStringLiteral("powering-off");
        auto r = ActionGate::check(i, InstanceAction::Reboot, true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Instance x is busy (powering-off): Soft Reboot must wait until that ends"));
        QVERIFY(ActionGate::allows(i, InstanceAction::Delete, false));
    }

    void lockedInstancesRefuseNonAdmins()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("locked")));
        QVERIFY(i.ok());
        QVERIFY(lab.act(lab.admin, i->id, InstanceAction::Lock).ok());
        auto shown = lab.engine->instances().show(lab.demo, i->id);
        QVERIFY(shown->locked);
        QCOMPARE(shown->lockedBy, QStringLiteral("admin"));
        auto stop = lab.engine->instances().perform(lab.demo, i->id, InstanceAction::Stop);
        QVERIFY(!stop.ok());
        QCOMPARE(stop.error().message, QStringLiteral("Instance locked is locked: unlock it before Shut Off"));
        auto del = lab.engine->instances().remove(lab.demo, i->id);
        QVERIFY(!del.ok());
        // Locked by an administrator: the owner cannot unlock it.
        auto unlock = lab.engine->instances().perform(lab.demo, i->id, InstanceAction::Unlock);
        QVERIFY(!unlock.ok());
        QCOMPARE(unlock.error().code, ErrorCode::Forbidden);
        // Admins may act on a locked instance.
        QVERIFY(lab.act(lab.admin, i->id, InstanceAction::Stop).ok());
        QVERIFY(lab.act(lab.admin, i->id, InstanceAction::Unlock).ok());
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Start).ok());
    }

    void editNameDescriptionAndMetadata()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        LaunchSpec s = lab.spec(QStringLiteral("old"));
        s.metadata = {{QStringLiteral("role"), QStringLiteral("web")}};
        auto i = lab.launchAndWait(lab.demo, s);
        QVERIFY(i.ok());
        QCOMPARE(i->metadata.value(QStringLiteral("role")), QStringLiteral("web"));
        InstanceUpdate u;
        u.name = QStringLiteral("new");
        u.description = QStringLiteral("the new one");
        u.setMetadata = {{QStringLiteral("tier"), QStringLiteral("1")}};
        u.unsetMetadata = {QStringLiteral("role")};
        auto changed = lab.engine->instances().update(lab.demo, i->id, u);
        QVERIFY2(changed.ok(), qPrintable(changed.error().toString()));
        QCOMPARE(changed->name, QStringLiteral("new"));
        QCOMPARE(changed->description, QStringLiteral("the new one"));
        QCOMPARE(changed->metadata, (QMap<QString, QString>{{QStringLiteral("tier"), QStringLiteral("1")}}));
        InstanceUpdate bad;
        bad.name = QStringLiteral("a\nb");
        auto refused = lab.engine->instances().update(lab.demo, i->id, bad);
        QVERIFY(!refused.ok());
        QCOMPARE(lab.engine->instances().show(lab.demo, i->id)->name, QStringLiteral("new"));
        InstanceUpdate missing;
        missing.unsetMetadata = {QStringLiteral("nope")};
        QVERIFY(!lab.engine->instances().update(lab.demo, i->id, missing).ok());
    }

    void deleteReleasesEverything()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("gone")));
        QVERIFY(i.ok());
        const qint64 portsBefore = count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM ports"));
        auto task = lab.engine->instances().remove(lab.demo, i->id);
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        if (!task->isEmpty())
            QVERIFY(lab.engine->tasks().wait(*task).ok());
        auto after = lab.engine->instances().waitUntilSettled(i->id, 10000);
        QVERIFY(after.ok());
        QCOMPARE(after->status(), QStringLiteral("DELETED"));
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM instance_claims WHERE instance_id = ?"), {i->id}), 0);
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ?"), {i->id}), 0);
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM ports")), portsBefore - 1);
        QCOMPARE(quotaUse(*lab.engine, lab.demo, QStringLiteral("instances")), 0);
        QCOMPARE(quotaUse(*lab.engine, lab.demo, QStringLiteral("ram")), 0);
        auto list = lab.engine->instances().list(lab.demo);
        QVERIFY(list->isEmpty());
        QVERIFY(!lab.engine->instances().show(lab.demo, i->id).ok());
    }

    void deleteDuringBuild()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto made = lab.engine->instances().launch(lab.demo, lab.spec(QStringLiteral("hasty")));
        QVERIFY(made.ok());
        const QString id = made->first().id;
        QCOMPARE(made->first().status(), QStringLiteral("BUILD"));
        QVERIFY(lab.engine->instances().remove(lab.demo, id).ok());
        auto after = lab.engine->instances().waitUntilSettled(id, 20000);
        QVERIFY2(after.ok(), qPrintable(after.error().toString()));
        QCOMPARE(after->status(), QStringLiteral("DELETED"));
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM instance_claims")), 0);
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ?"), {id}), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("long name") << "name" << QString(256, QLatin1Char('a')) << "Instance name";
        QTest::newRow("control character") << "name" << "a\tb" << "Instance name";
        QTest::newRow("unknown flavor") << "flavor" << "m9.huge" << "Flavor 'm9.huge'";
        QTest::newRow("unknown image") << "image" << "nope" << "nope";
        QTest::newRow("unknown network") << "network" << "nowhere" << "nowhere";
        QTest::newRow("external network of admin") << "network" << "public" << "Network public";
        QTest::newRow("zone") << "zone" << "zone-x" << "Availability zone 'zone-x': no such zone (zones: zone-a, zone-b)";
        QTest::newRow("host as member") << "host" << "compute-1" << "only administrators may choose the host";
        QTest::newRow("user data") << "userdata" << "65537" << "User data: 65537 bytes, at most 65536 are allowed";
        QTest::newRow("count") << "count" << "0" << "Count: min 0";
        QTest::newRow("key pair") << "key" << "someone-elses" << "Key pair 'someone-elses'";
        QTest::newRow("metadata key") << "metadata" << QString(256, QLatin1Char('k')) << "Metadata key";
    }

    void badInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ComputeLab lab;
        QVERIFY(lab.open());
        LaunchSpec s = lab.spec(QStringLiteral("ok"));
        if (field == QLatin1String("name"))
            s.name = value;
        else if (field == QLatin1String("flavor"))
            s.flavor = value;
        else if (field == QLatin1String("image"))
            s.image = value;
        else if (field == QLatin1String("network"))
            s.nics = {{value, {}, {}}};
        else if (field == QLatin1String("zone"))
            s.availabilityZone = value;
        else if (field == QLatin1String("host"))
            s.host = value;
        else if (field == QLatin1String("userdata"))
            s.userData = QByteArray(value.toInt(), 'x');
        else if (field == QLatin1String("count"))
            s.minCount = value.toInt();
        else if (field == QLatin1String("key"))
            s.keyName = value;
        else if (field == QLatin1String("metadata"))
            s.metadata = {{value, QStringLiteral("v")}};
        auto r = lab.engine->instances().launch(lab.demo, s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        // Nothing was stored.
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM instances")), 0);
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM instance_claims")), 0);
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_owner LIKE 'compute:%'")), 0);
    }

    void flavorSmallerThanTheImageNeeds()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        ImageUpdate u;
        u.minDiskGb = 30;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("tiny"), u).ok());
        auto r = lab.engine->instances().launch(lab.demo, lab.spec(QStringLiteral("x"), QStringLiteral("m1.small")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Flavor m1.small has a 20 GB root disk; image tiny needs at least 30 GB"));
        ImageUpdate ram;
        ram.minDiskGb = 0;
        ram.minRamMb = 1024;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("tiny"), ram).ok());
        auto r2 = lab.engine->instances().launch(lab.demo, lab.spec(QStringLiteral("x")));
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().message, QStringLiteral("Flavor m1.tiny has 512 MB of RAM; image tiny needs at least 1024 MB"));
    }

    void imageNotActive()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        QVERIFY(lab.engine->images().deactivate(lab.admin, QStringLiteral("tiny")).ok());
        auto r = lab.engine->instances().launch(lab.admin, lab.spec(QStringLiteral("x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Image tiny is deactivated: only active images can boot"));
    }

    void countIsCappedByQuota()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 3}}).ok());
        LaunchSpec s = lab.spec(QStringLiteral("many"));
        s.minCount = 4;
        s.maxCount = 4;
        auto refused = lab.engine->instances().launch(lab.demo, s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::QuotaExceeded);
        QVERIFY(refused.error().message.contains(QStringLiteral("Quota exceeded for instances")));
        // min 1, max 5: as many as the quota allows, named many-1..many-3.
        s.minCount = 1;
        s.maxCount = 5;
        auto made = lab.engine->instances().launch(lab.demo, s);
        QVERIFY2(made.ok(), qPrintable(made.error().toString()));
        QCOMPARE(made->size(), 3);
        QCOMPARE(made->at(2).name, QStringLiteral("many-3"));
        for (const Instance &i : *made)
            QCOMPARE(lab.engine->instances().waitUntilSettled(i.id, 20000)->status(), QStringLiteral("ACTIVE"));
    }

    void lastSlotGoesToOneLaunch()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        // Only compute-3 can hold a 100 GB root disk once the others are disabled; it has 100 GB.
        for (const char *h : {"compute-1", "compute-2"})
            QVERIFY(lab.engine->hosts().disable(lab.admin, QLatin1String(h), QStringLiteral("test")).ok());
        FlavorSpec big;
        big.name = QStringLiteral("disk.60");
        big.vcpus = 1;
        big.ramMb = 512;
        big.diskGb = 60;
        QVERIFY(lab.engine->flavors().create(lab.admin, big).ok());
        auto first = lab.engine->instances().launch(lab.demo, lab.spec(QStringLiteral("first"), QStringLiteral("disk.60")));
        auto second = lab.engine->instances().launch(lab.demo, lab.spec(QStringLiteral("second"), QStringLiteral("disk.60")));
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(first->first().hostName, QStringLiteral("compute-3"));
        // The second launch saw the first one's claim in its own transaction: no host is left for it.
        const Instance loser = second->first();
        QCOMPARE(loser.status(), QStringLiteral("ERROR"));
        QVERIFY(loser.hostId.isEmpty());
        QVERIFY2(loser.fault.message.contains(QStringLiteral("Disk: removed 1 host(s): compute-3 has 40 GB of disk free, needs 60 GB")),
                 qPrintable(loser.fault.message));
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM instance_claims")), 1);
        QCOMPARE(count(*lab.engine, QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ?"), {loser.id}), 0);
        // ERROR instances count against the quota (Nova's rule) until they are deleted.
        QCOMPARE(quotaUse(*lab.engine, lab.demo, QStringLiteral("instances")), 2);
        QVERIFY(lab.engine->instances().remove(lab.demo, loser.id).ok());
        QCOMPARE(quotaUse(*lab.engine, lab.demo, QStringLiteral("instances")), 1);
    }

    void engineStoppedMidBuildIsRecovered()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto made = lab.engine->instances().launch(lab.demo, lab.spec(QStringLiteral("interrupted")));
        QVERIFY(made.ok());
        const QString id = made->first().id;
        // The engine goes away before the build's tasks could run; a new one opens the same data dir.
        lab.engine.reset();
        auto e = Engine::open(EngineOptions{lab.dir.path() + QStringLiteral("/data"), true, true, {}});
        QVERIFY(e.ok());
        auto engine = std::move(e).value();
        const Instance i = *engine->instances().repository().find(id);
        QCOMPARE(i.status(), QStringLiteral("ERROR"));
        QVERIFY2(i.fault.message.contains(QStringLiteral("StackDesk stopped while instance interrupted was being built")),
                 qPrintable(i.fault.message));
        QCOMPARE(count(*engine, QStringLiteral("SELECT COUNT(*) FROM instance_claims")), 0);
        QCOMPARE(count(*engine, QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ?"), {id}), 0);
        // Deleting it leaves nothing.
        QVERIFY(engine->instances().remove(engine->localAdminContext().value(), id).ok());
        QCOMPARE(engine->instances().repository().find(id)->status(), QStringLiteral("DELETED"));
    }

    void othersInstancesAreInvisible()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        LaunchSpec s = lab.spec(QStringLiteral("admins"));
        s.nics = {{QStringLiteral("public"), {}, {}}};
        // public has no DHCP but a subnet: an admin may put an instance there.
        auto mine = lab.launchAndWait(lab.admin, s);
        QVERIFY2(mine.ok(), qPrintable(mine.error().toString()));
        QVERIFY(!lab.engine->instances().show(lab.demo, mine->id).ok());
        QVERIFY(!lab.engine->instances().perform(lab.demo, mine->id, InstanceAction::Stop).ok());
        InstanceListFilter all;
        all.allProjects = true;
        QVERIFY(!lab.engine->instances().list(lab.demo, all).ok());
        QCOMPARE(lab.engine->instances().list(lab.admin, all)->size(), 1);
    }

    void simulatedHostsGetTheirDomainsBack()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("persistent")));
        QVERIFY(i.ok());
        auto paused = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("off")));
        QVERIFY(lab.act(lab.demo, paused->id, InstanceAction::Stop).ok());
        lab.engine.reset();
        // A new engine has new test-driver connections, which start empty: the store gives the domains back.
        auto e = Engine::open(EngineOptions{lab.dir.path() + QStringLiteral("/data"), true, true, {}});
        QVERIFY(e.ok());
        auto engine = std::move(e).value();
        QVERIFY(engine->hosts().waitUntilSettled(10000));
        const auto domainOn = [&](const Instance &inst) -> std::optional<DomainSummary> {
            auto host = engine->hosts().show(RequestContext::system(), inst.hostName);
            for (const DomainSummary &d : host->facts.domains)
                if (d.name == inst.domainName())
                    return d;
            return std::nullopt;
        };
        // The facts that follow the re-applied state come a moment after the host is up.
        QTRY_VERIFY_WITH_TIMEOUT(domainOn(*i) && domainOn(*paused), 10000);
        auto running = domainOn(*i);
        QVERIFY(running);
        QVERIFY(running->ownedByStackDesk);
        QVERIFY(running->running);
        auto stopped = domainOn(*paused);
        QVERIFY(stopped);
        QVERIFY(!stopped->running);
        QCOMPARE(engine->instances().repository().find(i->id)->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(engine->instances().repository().find(paused->id)->status(), QStringLiteral("SHUTOFF"));
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
