// Instances moving on the demo lab's simulated hosts: shelve and unshelve (also to another host), resize
// with confirm and revert on the same and on another host, the refusals, cold and live migration, and
// deletes in VERIFY_RESIZE and SHELVED_OFFLOADED that leave nothing on any host.

#include "computelab.h"

#include "compute/instance/instancerepository.h"
#include "compute/instance/migrationrepository.h"
#include "hosts/hostconnection.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::test;

namespace {
// What libvirt's test driver of a host holds of the instance, asked on the host's own thread.
struct OnHost
{
    bool domain = false;
    bool running = false;
    bool rootDisk = false;
};

OnHost onHost(Engine &e, const QString &hostName, const QString &instanceId)
{
    auto host = e.hosts().show(RequestContext::system(), hostName);
    if (!host)
        return {};
    HostConnection *connection = e.hosts().connectionOf(host->record.id);
    auto result = std::make_shared<std::optional<OnHost>>();
    connection->post([result, instanceId](virConnectPtr conn) {
        OnHost seen;
        const QByteArray name = (QStringLiteral("sd-") + instanceId).toUtf8();
        if (virDomainPtr d = virDomainLookupByName(conn, name.constData())) {
            seen.domain = true;
            seen.running = virDomainIsActive(d) == 1;
            virDomainFree(d);
        }
        if (virStoragePoolPtr p = virStoragePoolLookupByName(conn, "stackdesk-instances")) {
            const QByteArray vol = (instanceId + QStringLiteral("-disk")).toUtf8();
            if (virStorageVolPtr v = virStorageVolLookupByName(p, vol.constData())) {
                seen.rootDisk = true;
                virStorageVolFree(v);
            }
            virStoragePoolFree(p);
        }
        *result = seen;
    });
    QElapsedTimer t;
    t.start();
    while (!result->has_value() && t.elapsed() < 5000)
        QTest::qWait(5);
    return result->value_or(OnHost{});
}

// A foreign domain on the host with the instance's UUID: libvirt then refuses to define the instance's
// own domain there, which is how these tests make a move fail half-way.
bool plantForeignTwin(Engine &e, const QString &hostName, const QString &instanceId)
{
    auto host = e.hosts().show(RequestContext::system(), hostName);
    if (!host)
        return false;
    auto done = std::make_shared<std::optional<bool>>();
    e.hosts().connectionOf(host->record.id)->post([done, instanceId](virConnectPtr conn) {
        const QByteArray xml = QStringLiteral("<domain type='test'><name>foreign-twin</name><uuid>%1</uuid>"
                                              "<memory>65536</memory><os><type>hvm</type></os></domain>")
                                   .arg(instanceId)
                                   .toUtf8();
        virDomainPtr d = virDomainDefineXML(conn, xml.constData());
        *done = d != nullptr;
        if (d)
            virDomainFree(d);
    });
    QElapsedTimer t;
    t.start();
    while (!done->has_value() && t.elapsed() < 5000)
        QTest::qWait(5);
    return done->value_or(false);
}

QStringList otherHosts(const QString &name)
{
    QStringList all{QStringLiteral("compute-1"), QStringLiteral("compute-2"), QStringLiteral("compute-3")};
    all.removeAll(name);
    return all;
}
} // namespace

class TestInstanceMoves : public QObject
{
    Q_OBJECT

    // Waits for the action's task and for the instance to settle.
    static Result<Instance> settled(ComputeLab &lab, const Result<QString> &task, const QString &id)
    {
        if (!task)
            return task.error();
        if (!task->isEmpty())
            if (auto done = lab.engine->tasks().wait(*task); !done)
                return done.error();
        return lab.engine->instances().waitUntilSettled(id, 20000);
    }

    static qint64 claimed(ComputeLab &lab, const QString &id, const char *column = "ram_mb")
    {
        return lab.count(
            QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM instance_claims WHERE instance_id = ?")
                .arg(QLatin1String(column)),
            {id});
    }

    static qint64 claimedOn(ComputeLab &lab, const QString &id, const QString &hostId)
    {
        return lab.count(QStringLiteral("SELECT COALESCE(SUM(ram_mb), 0) FROM instance_claims WHERE "
                                        "instance_id = ? AND host_id = ?"),
                         {id, hostId});
    }

    // compute-3 has the most free RAM, so the scheduler puts a first instance there; with it disabled a
    // resize must go to another host.
    static void keepOff(ComputeLab &lab, const QString &host)
    {
        QVERIFY(lab.engine->hosts().disable(lab.admin, host, QStringLiteral("test: move elsewhere")).ok());
    }

    struct Moved
    {
        Instance before;
        Instance after;
    };
    // Launches an instance and resizes it to m1.small on another host (its own is disabled for that).
    static Result<Moved> resizedElsewhere(ComputeLab &lab, const QString &name)
    {
        auto i = lab.launchAndWait(lab.demo, lab.spec(name));
        if (!i)
            return i.error();
        if (auto off =
                lab.engine->hosts().disable(lab.admin, i->hostName, QStringLiteral("test: move elsewhere"));
            !off)
            return off.error();
        auto resized =
            settled(lab, lab.engine->instances().resize(lab.demo, i->id, QStringLiteral("m1.small")), i->id);
        if (!resized)
            return resized.error();
        return Moved{*i, *resized};
    }

private Q_SLOTS:
    void shelveReleasesEverythingButTheDisks()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web-1")));
        QVERIFY2(i.ok(), qPrintable(i.error().toString()));
        const QString address = i->addresses.first().address;
        QVERIFY(onHost(*lab.engine, i->hostName, i->id).domain);
        auto shelved = settled(lab, lab.engine->instances().shelve(lab.demo, i->id), i->id);
        QVERIFY2(shelved.ok(), qPrintable(shelved.error().toString()));
        QCOMPARE(shelved->status(), QStringLiteral("SHELVED_OFFLOADED"));
        QCOMPARE(shelved->powerState, PowerState::Shutdown);
        QVERIFY(shelved->hostId.isEmpty());
        QCOMPARE(shelved->diskHostId, i->hostId);
        QCOMPARE(claimed(lab, i->id), 0);
        // The port and its address stay, unbound; the domain is gone, the root disk kept.
        QCOMPARE(shelved->addresses.size(), 1);
        QCOMPARE(shelved->addresses.first().address, address);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ? AND host_id = ''"),
                           {i->id}),
                 1);
        const OnHost there = onHost(*lab.engine, i->hostName, i->id);
        QVERIFY(!there.domain);
        QVERIFY(there.rootDisk);
        // The action log has both steps under Nova's action name.
        auto events = lab.engine->instances().events(lab.demo, i->id);
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const ActionLogEntry &e) {
            return e.action == QLatin1String("server.shelve") && e.outcome == QLatin1String("succeeded");
        }));

        auto back = settled(lab, lab.engine->instances().unshelve(lab.demo, i->id), i->id);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(back->powerState, PowerState::Running);
        QVERIFY(back->diskHostId.isEmpty());
        QCOMPARE(claimed(lab, i->id), 512);
        QCOMPARE(back->addresses.first().address, address);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ? AND host_id = ?"),
                           {i->id, back->hostId}),
                 1);
        QVERIFY(onHost(*lab.engine, back->hostName, i->id).running);
    }

    void unshelveOnAnotherHostMovesTheDisksAndTheDomain()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web-2")));
        QVERIFY(i.ok());
        QVERIFY(settled(lab, lab.engine->instances().shelve(lab.demo, i->id), i->id).ok());
        const QString target = otherHosts(i->hostName).first();
        // Members may not choose the host.
        auto refused = lab.engine->instances().unshelve(lab.demo, i->id, {}, target);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        auto moved = settled(lab, lab.engine->instances().unshelve(lab.admin, i->id, {}, target), i->id);
        QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
        QCOMPARE(moved->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(moved->hostName, target);
        const OnHost there = onHost(*lab.engine, target, i->id);
        QVERIFY(there.running);
        QVERIFY(there.rootDisk);
        const OnHost before = onHost(*lab.engine, i->hostName, i->id);
        QVERIFY(!before.domain);
        QVERIFY(!before.rootDisk);
        QCOMPARE(claimedOn(lab, i->id, moved->hostId), 512);
        QCOMPARE(claimed(lab, i->id), 512);
    }

    void unshelveToAZoneThatDoesNotExistIsRefused()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web-3")));
        QVERIFY(settled(lab, lab.engine->instances().shelve(lab.demo, i->id), i->id).ok());
        auto r = lab.engine->instances().unshelve(lab.demo, i->id, QStringLiteral("zone-x"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("zone-x")), qPrintable(r.error().message));
        QCOMPARE(lab.engine->instances().repository().find(i->id)->status(),
                 QStringLiteral("SHELVED_OFFLOADED"));
        auto zoned =
            settled(lab, lab.engine->instances().unshelve(lab.demo, i->id, QStringLiteral("zone-a")), i->id);
        QVERIFY2(zoned.ok(), qPrintable(zoned.error().toString()));
        QCOMPARE(zoned->availabilityZone, QStringLiteral("zone-a"));
        QVERIFY(zoned->hostName == QLatin1String("compute-1") ||
                zoned->hostName == QLatin1String("compute-2"));
    }

    void resizeOnTheSameHostThenConfirm()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("grow")));
        QVERIFY(i.ok());
        auto resized =
            settled(lab, lab.engine->instances().resize(lab.demo, i->id, QStringLiteral("m1.small")), i->id);
        QVERIFY2(resized.ok(), qPrintable(resized.error().toString()));
        QCOMPARE(resized->status(), QStringLiteral("VERIFY_RESIZE"));
        QCOMPARE(resized->flavor.name, QStringLiteral("m1.small"));
        QCOMPARE(resized->flavor.ramMb, 2048);
        QCOMPARE(resized->hostId, i->hostId);
        QCOMPARE(resized->powerState, PowerState::Running);
        // The domain was written with the new size.
        QVERIFY(lab.engine->instances().repository().domainXml(i->id).contains(
            QStringLiteral("<memory unit=\"MiB\">2048</memory>")));
        auto m = MigrationRepository(lab.engine->instances().database()).latest(i->id);
        QVERIFY(m);
        QCOMPARE(m->status, QStringLiteral("finished"));
        QCOMPARE(m->kind, QStringLiteral("resize"));
        QCOMPARE(m->oldFlavor.name, QStringLiteral("m1.tiny"));
        // One host: the larger size is held until the resize is confirmed or reverted.
        QCOMPARE(claimed(lab, i->id), 2048);
        QCOMPARE(claimed(lab, i->id, "disk_gb"), 20);
        auto confirmed = settled(lab, lab.engine->instances().confirmResize(lab.demo, i->id), i->id);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().toString()));
        QCOMPARE(confirmed->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(claimed(lab, i->id), 2048);
        QCOMPARE(
            lab.count(QStringLiteral("SELECT COUNT(*) FROM instance_claims WHERE instance_id = ?"), {i->id}),
            1);
        QCOMPARE(MigrationRepository(lab.engine->instances().database()).latest(i->id)->status,
                 QStringLiteral("confirmed"));
        // Nothing waits any more.
        QVERIFY(!lab.engine->instances().confirmResize(lab.demo, i->id).ok());
    }

    void resizeToAnotherHostThenConfirmDropsTheSource()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto moved = resizedElsewhere(lab, QStringLiteral("mover"));
        QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
        const Instance *i = &moved->before;
        const Instance *resized = &moved->after;
        QCOMPARE(resized->status(), QStringLiteral("VERIFY_RESIZE"));
        QVERIFY(resized->hostId != i->hostId);
        // Both ends hold it until the user decides.
        QCOMPARE(claimedOn(lab, i->id, i->hostId), 512);
        QCOMPARE(claimedOn(lab, i->id, resized->hostId), 2048);
        QVERIFY(onHost(*lab.engine, resized->hostName, i->id).running);
        QVERIFY(onHost(*lab.engine, i->hostName, i->id).domain);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ? AND host_id = ?"),
                           {i->id, resized->hostId}),
                 1);
        auto confirmed = settled(lab, lab.engine->instances().confirmResize(lab.demo, i->id), i->id);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().toString()));
        QCOMPARE(confirmed->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(claimedOn(lab, i->id, i->hostId), 0);
        QCOMPARE(claimed(lab, i->id), 2048);
        const OnHost source = onHost(*lab.engine, i->hostName, i->id);
        QVERIFY(!source.domain);
        QVERIFY(!source.rootDisk);
    }

    void revertPutsBackFlavorHostAndClaims()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto moved = resizedElsewhere(lab, QStringLiteral("undo"));
        QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
        const Instance *i = &moved->before;
        const Instance *resized = &moved->after;
        QVERIFY(resized->hostId != i->hostId);
        auto reverted = settled(lab, lab.engine->instances().revertResize(lab.demo, i->id), i->id);
        QVERIFY2(reverted.ok(), qPrintable(reverted.error().toString()));
        QCOMPARE(reverted->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(reverted->flavor.name, QStringLiteral("m1.tiny"));
        QCOMPARE(reverted->flavor.ramMb, 512);
        QCOMPARE(reverted->hostId, i->hostId);
        QCOMPARE(claimedOn(lab, i->id, i->hostId), 512);
        QCOMPARE(claimed(lab, i->id), 512);
        QVERIFY(onHost(*lab.engine, i->hostName, i->id).running);
        const OnHost target = onHost(*lab.engine, resized->hostName, i->id);
        QVERIFY(!target.domain);
        QVERIFY(!target.rootDisk);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ? AND host_id = ?"),
                           {i->id, i->hostId}),
                 1);
        QCOMPARE(MigrationRepository(lab.engine->instances().database()).latest(i->id)->status,
                 QStringLiteral("reverted"));
        // The quota is back to the old size too.
        QCOMPARE(lab.count(QStringLiteral("SELECT ram_mb FROM instances WHERE id = ?"), {i->id}), 512);
    }

    void revertOnTheSameHostOfAStoppedInstance()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("off")));
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Stop).ok());
        auto resized =
            settled(lab, lab.engine->instances().resize(lab.demo, i->id, QStringLiteral("m1.small")), i->id);
        QVERIFY2(resized.ok(), qPrintable(resized.error().toString()));
        QCOMPARE(resized->powerState, PowerState::Shutdown);
        QVERIFY(!onHost(*lab.engine, resized->hostName, i->id).running);
        auto reverted = settled(lab, lab.engine->instances().revertResize(lab.demo, i->id), i->id);
        QVERIFY2(reverted.ok(), qPrintable(reverted.error().toString()));
        QCOMPARE(reverted->status(), QStringLiteral("SHUTOFF"));
        QCOMPARE(reverted->flavor.name, QStringLiteral("m1.tiny"));
        QCOMPARE(claimed(lab, i->id), 512);
    }

    void resizeRefusals()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web-1"), QStringLiteral("m1.small")));
        QVERIFY(i.ok());
        auto &instances = lab.engine->instances();
        const struct
        {
            const char *flavor;
            ErrorCode code;
            const char *says;
        } cases[] = {
            {"m1.small", ErrorCode::BadRequest, "Resize: instance web-1 already has flavor m1.small"},
            {"m9.huge", ErrorCode::NotFound, "Flavor 'm9.huge': no such flavor"},
            {"m1.tiny", ErrorCode::BadRequest, "cannot shrink"},
        };
        for (const auto &c : cases) {
            auto r = instances.resize(lab.demo, i->id, QLatin1String(c.flavor));
            QVERIFY2(!r.ok(), c.flavor);
            QCOMPARE(r.error().code, c.code);
            QVERIFY2(r.error().message.contains(QLatin1String(c.says)), qPrintable(r.error().message));
        }
        // Only the growth counts: 1 vCPU in use, m1.large needs 3 more.
        QVERIFY(
            lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("cores"), 2}}).ok());
        auto quota = instances.resize(lab.demo, i->id, QStringLiteral("m1.large"));
        QVERIFY(!quota.ok());
        QCOMPARE(quota.error().code, ErrorCode::QuotaExceeded);
        QVERIFY2(quota.error().message.startsWith(QStringLiteral("Quota exceeded for cores: ")),
                 qPrintable(quota.error().message));
        // Nothing changed by the refusals.
        auto same = instances.show(lab.demo, i->id);
        QCOMPARE(same->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(same->flavor.name, QStringLiteral("m1.small"));
        QCOMPARE(claimed(lab, i->id), 2048);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM instance_migrations")), 0);
        // Wrong state, named.
        QVERIFY(settled(lab, instances.shelve(lab.demo, i->id), i->id).ok());
        auto shelved = instances.resize(lab.demo, i->id, QStringLiteral("m1.medium"));
        QVERIFY(!shelved.ok());
        QCOMPARE(shelved.error().code, ErrorCode::Conflict);
        QVERIFY2(shelved.error().message.contains(QStringLiteral("SHELVED_OFFLOADED")),
                 qPrintable(shelved.error().message));
        auto confirm = instances.confirmResize(lab.demo, i->id);
        QVERIFY(!confirm.ok());
        QVERIFY2(confirm.error().message.contains(QStringLiteral("VERIFY_RESIZE")),
                 qPrintable(confirm.error().message));
        // Locked: members are refused, administrators not.
        QVERIFY(settled(lab, instances.unshelve(lab.demo, i->id), i->id).ok());
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Lock).ok());
        auto locked = instances.resize(lab.demo, i->id, QStringLiteral("m1.medium"));
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QStringLiteral("locked")),
                 qPrintable(locked.error().message));
        auto lockedShelve = instances.shelve(lab.demo, i->id);
        QVERIFY(!lockedShelve.ok());
        auto lockedMigrate = instances.migrate(lab.demo, i->id, MigrateSpec{});
        QVERIFY(!lockedMigrate.ok());
    }

    void coldMigrationLandsOnAnotherHost()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("cold")));
        QVERIFY(i.ok());
        auto &instances = lab.engine->instances();
        // Members may migrate (Horizon 2025.2), but only administrators choose the host.
        MigrateSpec chosen;
        chosen.host = otherHosts(i->hostName).first();
        auto forbidden = instances.migrate(lab.demo, i->id, chosen);
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.error().code, ErrorCode::Forbidden);
        MigrateSpec here;
        here.host = i->hostName;
        auto already = instances.migrate(lab.admin, i->id, here);
        QVERIFY(!already.ok());
        QCOMPARE(already.error().message,
                 QStringLiteral("Host '%1': instance cold is already on it").arg(i->hostName));

        auto migrated = settled(lab, instances.migrate(lab.demo, i->id, MigrateSpec{}), i->id);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error().toString()));
        QCOMPARE(migrated->status(), QStringLiteral("VERIFY_RESIZE"));
        QVERIFY(migrated->hostId != i->hostId);
        QCOMPARE(migrated->flavor.name, QStringLiteral("m1.tiny"));
        auto m = MigrationRepository(instances.database()).latest(i->id);
        QCOMPARE(m->kind, QStringLiteral("migration"));
        QCOMPARE(m->sourceHostName, i->hostName);
        QCOMPARE(m->destHostName, migrated->hostName);
        auto confirmed = settled(lab, instances.confirmResize(lab.demo, i->id), i->id);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().toString()));
        QCOMPARE(confirmed->status(), QStringLiteral("ACTIVE"));
        QVERIFY(onHost(*lab.engine, migrated->hostName, i->id).running);
        QVERIFY(!onHost(*lab.engine, i->hostName, i->id).domain);
        QCOMPARE(claimed(lab, i->id), 512);
    }

    void coldMigrationWithNoOtherHostIsNoValidHost()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("alone")));
        QVERIFY(i.ok());
        for (const QString &h : otherHosts(i->hostName))
            keepOff(lab, h);
        auto r = lab.engine->instances().migrate(lab.demo, i->id, MigrateSpec{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NoValidHost);
        auto same = lab.engine->instances().show(lab.demo, i->id);
        QCOMPARE(same->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(claimed(lab, i->id), 512);
        QCOMPARE(
            lab.count(QStringLiteral("SELECT COUNT(*) FROM instance_claims WHERE instance_id = ?"), {i->id}),
            1);
    }

    void liveMigrationMovesTheRunningDomain()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("live")));
        QVERIFY(i.ok());
        MigrateSpec live;
        live.live = true;
        auto forbidden = lab.engine->instances().migrate(lab.demo, i->id, live);
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.error().code, ErrorCode::Forbidden);
        live.host = otherHosts(i->hostName).last();
        auto moved = settled(lab, lab.engine->instances().migrate(lab.admin, i->id, live), i->id);
        QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
        QCOMPARE(moved->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(moved->hostName, live.host);
        QCOMPARE(moved->powerState, PowerState::Running);
        const OnHost target = onHost(*lab.engine, live.host, i->id);
        QVERIFY(target.running);
        QVERIFY(target.rootDisk);
        const OnHost source = onHost(*lab.engine, i->hostName, i->id);
        QVERIFY(!source.domain);
        QVERIFY(!source.rootDisk);
        QCOMPARE(claimedOn(lab, i->id, moved->hostId), 512);
        QCOMPARE(claimed(lab, i->id), 512);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ? AND host_id = ?"),
                           {i->id, moved->hostId}),
                 1);
        auto m = MigrationRepository(lab.engine->instances().database()).latest(i->id);
        QCOMPARE(m->kind, QStringLiteral("live-migration"));
        QCOMPARE(m->status, QStringLiteral("completed"));
        // A stopped instance cannot be live-migrated; the message names its state.
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Stop).ok());
        live.host.clear();
        auto stopped = lab.engine->instances().migrate(lab.admin, i->id, live);
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error().message.contains(QStringLiteral("SHUTOFF")),
                 qPrintable(stopped.error().message));
    }

    void aFailedLiveMigrationLeavesTheInstanceWhereItWas()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("stays")));
        QVERIFY(i.ok());
        const QString target = otherHosts(i->hostName).first();
        QVERIFY(plantForeignTwin(*lab.engine, target, i->id));
        MigrateSpec live;
        live.live = true;
        live.host = target;
        auto task = lab.engine->instances().migrate(lab.admin, i->id, live);
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        QVERIFY(!lab.engine->tasks().wait(*task).ok());
        auto after = lab.engine->instances().waitUntilSettled(i->id, 10000);
        QVERIFY(after.ok());
        QCOMPARE(after->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(after->hostId, i->hostId);
        QVERIFY(!after->fault.message.isEmpty());
        QCOMPARE(claimedOn(lab, i->id, i->hostId), 512);
        QCOMPARE(claimed(lab, i->id), 512);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ? AND host_id = ?"),
                           {i->id, i->hostId}),
                 1);
        QVERIFY(onHost(*lab.engine, i->hostName, i->id).running);
        QVERIFY(!onHost(*lab.engine, target, i->id).rootDisk);
        auto m = MigrationRepository(lab.engine->instances().database()).latest(i->id);
        QCOMPARE(m->status, QStringLiteral("error"));
        QVERIFY(!m->error.isEmpty());
    }

    void aFailedResizeGoesBackToTheOldFlavorAndHost()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("back")));
        QVERIFY(i.ok());
        for (const QString &h : otherHosts(i->hostName))
            QVERIFY(plantForeignTwin(*lab.engine, h, i->id));
        keepOff(lab, i->hostName);
        auto task = lab.engine->instances().resize(lab.demo, i->id, QStringLiteral("m1.small"));
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        QVERIFY(!lab.engine->tasks().wait(*task).ok());
        auto after = lab.engine->instances().waitUntilSettled(i->id, 10000);
        QCOMPARE(after->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(after->flavor.name, QStringLiteral("m1.tiny"));
        QCOMPARE(after->hostId, i->hostId);
        QVERIFY(!after->fault.message.isEmpty());
        QCOMPARE(claimed(lab, i->id), 512);
        QCOMPARE(claimedOn(lab, i->id, i->hostId), 512);
        QVERIFY(onHost(*lab.engine, i->hostName, i->id).running);
        for (const QString &h : otherHosts(i->hostName))
            QVERIFY(!onHost(*lab.engine, h, i->id).rootDisk);
        QCOMPARE(lab.count(QStringLiteral("SELECT ram_mb FROM instances WHERE id = ?"), {i->id}), 512);
    }

    void deleteInVerifyResizeLeavesNothing()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto moved = resizedElsewhere(lab, QStringLiteral("half"));
        QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
        const Instance *i = &moved->before;
        const Instance *resized = &moved->after;
        auto gone = settled(lab, lab.engine->instances().remove(lab.demo, i->id), i->id);
        QVERIFY2(gone.ok(), qPrintable(gone.error().toString()));
        QCOMPARE(gone->status(), QStringLiteral("DELETED"));
        QCOMPARE(
            lab.count(QStringLiteral("SELECT COUNT(*) FROM instance_claims WHERE instance_id = ?"), {i->id}),
            0);
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ?"), {i->id}), 0);
        for (const QString &host : {i->hostName, resized->hostName}) {
            QTRY_VERIFY_WITH_TIMEOUT(!onHost(*lab.engine, host, i->id).domain, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(!onHost(*lab.engine, host, i->id).rootDisk, 5000);
        }
    }

    void deleteDuringAResizeLeavesNothing()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("hasty")));
        QVERIFY(i.ok());
        keepOff(lab, i->hostName);
        auto task = lab.engine->instances().resize(lab.demo, i->id, QStringLiteral("m1.small"));
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        // Nova lets a delete in while the resize runs; the resize must not bring the instance back.
        auto removal = lab.engine->instances().remove(lab.demo, i->id);
        QVERIFY2(removal.ok(), qPrintable(removal.error().toString()));
        const auto resized = lab.engine->tasks().wait(*task);
        QVERIFY(!resized.ok());
        auto gone = settled(lab, removal, i->id);
        QVERIFY2(gone.ok(), qPrintable(gone.error().toString()));
        QCOMPARE(gone->status(), QStringLiteral("DELETED"));
        QCOMPARE(
            lab.count(QStringLiteral("SELECT COUNT(*) FROM instance_claims WHERE instance_id = ?"), {i->id}),
            0);
        for (const QString &host :
             {QStringLiteral("compute-1"), QStringLiteral("compute-2"), QStringLiteral("compute-3")}) {
            QTRY_VERIFY_WITH_TIMEOUT(!onHost(*lab.engine, host, i->id).domain, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(!onHost(*lab.engine, host, i->id).rootDisk, 5000);
        }
        QCOMPARE(lab.engine->instances().repository().find(i->id)->status(), QStringLiteral("DELETED"));
    }

    void deleteWhileShelvedLeavesNothing()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("shelf")));
        QVERIFY(i.ok());
        QVERIFY(settled(lab, lab.engine->instances().shelve(lab.demo, i->id), i->id).ok());
        QVERIFY(onHost(*lab.engine, i->hostName, i->id).rootDisk);
        auto gone = settled(lab, lab.engine->instances().remove(lab.demo, i->id), i->id);
        QVERIFY2(gone.ok(), qPrintable(gone.error().toString()));
        QCOMPARE(gone->status(), QStringLiteral("DELETED"));
        QCOMPARE(lab.count(QStringLiteral("SELECT COUNT(*) FROM ports WHERE device_id = ?"), {i->id}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!onHost(*lab.engine, i->hostName, i->id).rootDisk, 5000);
    }

    void anEngineStoppedMidMoveGivesBackTheClaims()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("crash")));
        QVERIFY(i.ok());
        // What a resize to another host leaves in the store when the engine stops in the middle.
        {
            auto db = lab.engine->instances().database();
            auto other = lab.host(otherHosts(i->hostName).first());
            InstanceMigration m;
            m.id = QStringLiteral("m-1");
            m.instanceId = i->id;
            m.kind = QStringLiteral("resize");
            m.status = QStringLiteral("migrating");
            m.sourceHostId = i->hostId;
            m.destHostId = other.record.id;
            m.oldFlavor = i->flavor;
            m.newFlavor = i->flavor;
            QVERIFY(db->transaction([&](QSqlDatabase &d) -> Result<void> {
                          if (auto e = MigrationRepository::insert(d, m); !e)
                              return e;
                          return InstanceRepository::insertClaim(d, i->id, other.record.id, 1, 2048, 20);
                      }).ok());
            lab.engine->instances().repository().setTaskState(i->id, QStringLiteral("resize_migrating"));
        }
        lab.engine.reset();
        auto e = Engine::open(EngineOptions{lab.dir.path() + QStringLiteral("/data"), true, true, {}});
        QVERIFY(e.ok());
        lab.engine = std::move(e).value();
        auto after = lab.engine->instances().repository().find(i->id);
        QVERIFY(after->taskState.isEmpty());
        QCOMPARE(claimed(lab, i->id), 512);
        QCOMPARE(MigrationRepository(lab.engine->instances().database()).latest(i->id)->status,
                 QStringLiteral("error"));
    }
};

QTEST_GUILESS_MAIN(TestInstanceMoves)
#include "tst_instancemoves.moc"
