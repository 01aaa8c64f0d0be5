// Instances on a real host (issue 6, Tests): the test guest registered as an image and launched through the
// engine on libvirtd (in its own network namespace, started by the ctest fixture): the build makes the
// qcow2 overlay, the NoCloud seed and the domain; the guest prints its seed on the serial console, which
// the engine reads back through the storage pool (console log). Then hard reboot, stop, start, a snapshot
// of the running guest that boots a second instance, rescue and unrescue, a rebuild with a new seed, and
// deletes that leave nothing on the host. The network is isolated: no traffic leaves the namespace.

#include "compute/flavorservice.h"
#include "compute/instance/instancedisks.h"
#include "compute/instance/instanceservice.h"
#include "compute/keypairservice.h"
#include "engine.h"
#include "guestconsole.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/subnetservice.h"
#include "tasks/taskrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::it;

namespace {
QString errorOf(const Error &e)
{
    return e.toString();
}

// An ed25519 public key in OpenSSH form (a fixed test key; the private half is not needed).
const char *kPublicKey =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk0mcd9ZMCjPjmbbfqx6TzQl8h4Il4Y3tcCpvVbkYXq stackdesk-it@test";
} // namespace

class TestRealInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<Engine> m_engine;
    RequestContext m_admin;
    QString m_hostId;
    virConnectPtr m_conn = nullptr;
    QString m_instanceId;
    QString m_snapshotChildId; // the instance booted from the snapshot, while it exists

    QString consoleLog(const QString &instanceId)
    {
        auto task = m_engine->instances().consoleLog(m_admin, instanceId, 400);
        if (!task)
            return QStringLiteral("(console log refused: %1)").arg(errorOf(task.error()));
        auto text = m_engine->tasks().wait(*task);
        return text ? text->toString() : QStringLiteral("(console log failed: %1)").arg(errorOf(text.error()));
    }

    // Waits until the console log (of the test's guest, unless another instance is named) shows `marker`
    // at least `times` times; the log's text.
    QString waitForConsole(const QString &marker, int times, int timeoutMs, QString instanceId = {})
    {
        if (instanceId.isEmpty())
            instanceId = m_instanceId;
        QElapsedTimer t;
        t.start();
        QString log;
        while (t.elapsed() < timeoutMs) {
            log = consoleLog(instanceId);
            if (log.count(marker) >= times)
                return log;
            QTest::qWait(1000);
        }
        qWarning().noquote() << "console log so far:\n" << log;
        return log;
    }

    Result<Instance> act(InstanceAction action)
    {
        auto task = m_engine->instances().perform(m_admin, m_instanceId, action);
        if (!task)
            return task.error();
        if (!task->isEmpty())
            if (auto done = m_engine->tasks().wait(*task); !done)
                return done.error();
        return m_engine->instances().waitUntilSettled(m_instanceId, 120000);
    }

    // The instance after an action's task and whatever followed it have ended.
    Result<Instance> settled(const Result<QString> &task)
    {
        if (!task)
            return task.error();
        if (auto done = m_engine->tasks().wait(*task); !done)
            return done.error();
        return m_engine->instances().waitUntilSettled(m_instanceId, 120000);
    }

    QStringList volumesOfInstance(QString instanceId = {})
    {
        if (instanceId.isEmpty())
            instanceId = m_instanceId;
        QStringList names;
        virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, InstanceDisks::kPoolName);
        if (!pool)
            return names;
        virStoragePoolRefresh(pool, 0);
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(pool, &vols, 0);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(virStorageVolGetName(vols[i]));
            if (name.startsWith(instanceId))
                names << name;
            virStorageVolFree(vols[i]);
        }
        free(vols);
        virStoragePoolFree(pool);
        return names;
    }

    // The domain's XML as libvirt has it now.
    QString liveDomainXml()
    {
        virDomainPtr d = virDomainLookupByName(m_conn, ("sd-" + m_instanceId).toUtf8().constData());
        if (!d)
            return {};
        char *xml = virDomainGetXMLDesc(d, 0);
        const QString result = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(d);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = Engine::open(EngineOptions{m_data.path() + QStringLiteral("/data"), false, true, {}});
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().toString()));
        m_engine = std::move(engine).value();
        m_admin = *m_engine->localAdminContext();
        Engine &e = *m_engine;
        HostSpec spec;
        spec.name = QStringLiteral("local");
        spec.uri = QStringLiteral("qemu:///system");
        auto task = e.hosts().add(m_admin, spec);
        QVERIFY(task.ok());
        const auto added = e.tasks().wait(*task);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        m_hostId = added->toString();
        QTRY_COMPARE_WITH_TIMEOUT(e.hosts().show(m_admin, m_hostId)->state, HostState::Up, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(e.hosts().show(m_admin, m_hostId)->factsLive, 30000);
        m_conn = virConnectOpen("qemu:///system");
        QVERIFY(m_conn);

        // The test guest as a raw image, a small flavor, an isolated network, a key pair.
        ImageSpec image;
        image.name = QStringLiteral("test-guest");
        image.diskFormat = QStringLiteral("raw");
        image.visibility = ImageVisibility::Public;
        image.sourceFile = env("STACKDESK_TEST_GUEST");
        auto imported = e.images().importNow(m_admin, image);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : errorOf(imported.error())));
        FlavorSpec flavor;
        flavor.name = QStringLiteral("it.tiny");
        flavor.vcpus = 1;
        flavor.ramMb = 192;
        flavor.diskGb = 1;
        QVERIFY(e.flavors().create(m_admin, flavor).ok());
        NetworkSpec net;
        net.name = QStringLiteral("it-inst-net");
        QVERIFY(e.networks().create(m_admin, net).ok());
        SubnetSpec sub;
        sub.name = QStringLiteral("it-inst-subnet");
        sub.network = net.name;
        sub.cidr = QStringLiteral("10.78.0.0/24");
        QVERIFY(e.subnets().create(m_admin, sub).ok());
        KeyPairSpec key;
        key.name = QStringLiteral("it-key");
        key.publicKey = QLatin1String(kPublicKey);
        auto keyPair = e.keyPairs().create(m_admin, key);
        QVERIFY2(keyPair.ok(), qPrintable(keyPair.ok() ? QString() : errorOf(keyPair.error())));
    }

    void cleanupTestCase()
    {
        // Whatever a failed test left: the domains and their disks.
        for (const QString &id : {m_instanceId, m_snapshotChildId}) {
            if (!m_conn || id.isEmpty())
                continue;
            if (virDomainPtr d = virDomainLookupByName(m_conn, ("sd-" + id).toUtf8().constData())) {
                virDomainDestroy(d);
                virDomainUndefineFlags(d, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
                virDomainFree(d);
            }
        }
        if (m_conn)
            virConnectClose(m_conn);
        m_engine.reset();
    }

    void launchBootsTheGuestWithItsSeed()
    {
        LaunchSpec s;
        s.name = QStringLiteral("it-guest");
        s.flavor = QStringLiteral("it.tiny");
        s.image = QStringLiteral("test-guest");
        s.nics = {{QStringLiteral("it-inst-net"), {}, {}}};
        s.keyName = QStringLiteral("it-key");
        s.userData = "#cloud-config\n# stackdesk-it user data 4711\n";
        auto made = m_engine->instances().launch(m_admin, s);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : errorOf(made.error())));
        m_instanceId = made->first().id;
        auto built = m_engine->instances().waitUntilSettled(m_instanceId, 180000);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : errorOf(built.error())));
        QVERIFY2(built->status() == QLatin1String("ACTIVE"), qPrintable(built->status() + QStringLiteral(": ") + built->fault.message));
        QCOMPARE(built->hostId, m_hostId);

        // On the host: the domain runs, the root disk is a qcow2 overlay on the cached image.
        virDomainPtr d = virDomainLookupByName(m_conn, ("sd-" + m_instanceId).toUtf8().constData());
        QVERIFY(d);
        QCOMPARE(virDomainIsActive(d), 1);
        char *xml = virDomainGetXMLDesc(d, 0);
        const QString domainXml = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(d);
        QVERIFY(domainXml.contains(QStringLiteral("urn:stackdesk:instance:1")));
        QVERIFY(domainXml.contains(QStringLiteral("<backingStore type='file'")));
        QVERIFY(volumesOfInstance().contains(m_instanceId + QStringLiteral("-seed.iso")));

        // The guest printed its seed: the instance id, the key pair's public key, the user data.
        const QString log = waitForConsole(QStringLiteral("STACKDESK-TEST-GUEST READY"), 1, 240000);
        QVERIFY2(log.contains(QStringLiteral("STACKDESK-SEED BEGIN")), "the guest found its NoCloud seed");
        QVERIFY(log.contains(QStringLiteral("instance-id: '%1'").arg(m_instanceId)));
        QVERIFY(log.contains(QStringLiteral("local-hostname: 'it-guest'")));
        QVERIFY(log.contains(QLatin1String(kPublicKey)));
        QVERIFY(log.contains(QStringLiteral("# stackdesk-it user data 4711")));
    }

    void hardRebootStopAndStart()
    {
        QVERIFY(!m_instanceId.isEmpty());
        auto rebooted = act(InstanceAction::HardReboot);
        QVERIFY2(rebooted.ok(), qPrintable(rebooted.ok() ? QString() : errorOf(rebooted.error())));
        QCOMPARE(rebooted->status(), QStringLiteral("ACTIVE"));
        // The console log is appended across boots: the guest came up a second time.
        QVERIFY(waitForConsole(QStringLiteral("STACKDESK-TEST-GUEST READY"), 2, 240000)
                    .count(QStringLiteral("STACKDESK-TEST-GUEST READY"))
                >= 2);

        auto stopped = act(InstanceAction::Stop);
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : errorOf(stopped.error())));
        QCOMPARE(stopped->status(), QStringLiteral("SHUTOFF"));
        QCOMPARE(stopped->powerState, PowerState::Shutdown);
        virDomainPtr d = virDomainLookupByName(m_conn, ("sd-" + m_instanceId).toUtf8().constData());
        QVERIFY(d);
        QCOMPARE(virDomainIsActive(d), 0);

        auto started = act(InstanceAction::Start);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : errorOf(started.error())));
        QCOMPARE(started->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(virDomainIsActive(d), 1);
        virDomainFree(d);
        QVERIFY(waitForConsole(QStringLiteral("STACKDESK-TEST-GUEST READY"), 3, 240000)
                    .count(QStringLiteral("STACKDESK-TEST-GUEST READY"))
                >= 3);
    }

    void snapshotBootsAnotherInstance()
    {
        QVERIFY(!m_instanceId.isEmpty());
        // Create Snapshot of the running guest: its root disk, flattened on the host, becomes an image.
        auto task = m_engine->instances().createImage(m_admin, m_instanceId, QStringLiteral("it-guest-snap"),
                                                      {{QStringLiteral("purpose"), QStringLiteral("it")}});
        QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : errorOf(task.error())));
        auto imageId = m_engine->tasks().wait(*task);
        QVERIFY2(imageId.ok(), qPrintable(imageId.ok() ? QString() : errorOf(imageId.error())));
        auto after = m_engine->instances().waitUntilSettled(m_instanceId, 300000);
        QVERIFY(after.ok());
        QVERIFY2(after->fault.code == 0, qPrintable(after->fault.message));
        // The guest was saved for the copy and runs again.
        QCOMPARE(after->status(), QStringLiteral("ACTIVE"));
        virDomainPtr d = virDomainLookupByName(m_conn, ("sd-" + m_instanceId).toUtf8().constData());
        QVERIFY(d);
        QCOMPARE(virDomainIsActive(d), 1);
        QCOMPARE(virDomainHasManagedSaveImage(d, 0), 0);
        virDomainFree(d);
        // The host's temporary copy is gone.
        QVERIFY(!volumesOfInstance().contains(m_instanceId + QStringLiteral("-snapshot.tmp")));
        auto image = m_engine->images().show(m_admin, imageId->toString());
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : errorOf(image.error())));
        QCOMPARE(image->status, ImageStatus::Active);
        QCOMPARE(image->diskFormat, QStringLiteral("qcow2"));
        QCOMPARE(image->properties.value(QStringLiteral("image_type")), QStringLiteral("snapshot"));
        QCOMPARE(image->properties.value(QStringLiteral("instance_uuid")), m_instanceId);
        QVERIFY(!image->properties.contains(QStringLiteral("stackdesk_snapshot_data")));
        // Flattened: the guest's whole disk, with no backing file (the flavor's 1 GiB root disk).
        QCOMPARE(image->virtualSize, qint64(1) << 30);
        QVERIFY(image->size > 0);

        // An ordinary image: another instance boots from it and reads its own seed.
        LaunchSpec s;
        s.name = QStringLiteral("it-snap-guest");
        s.flavor = QStringLiteral("it.tiny");
        s.image = image->id;
        s.nics = {{QStringLiteral("it-inst-net"), {}, {}}};
        s.userData = "#cloud-config\n# stackdesk-it snapshot child 815\n";
        auto made = m_engine->instances().launch(m_admin, s);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : errorOf(made.error())));
        m_snapshotChildId = made->first().id;
        auto built = m_engine->instances().waitUntilSettled(m_snapshotChildId, 180000);
        QVERIFY(built.ok());
        QVERIFY2(built->status() == QLatin1String("ACTIVE"), qPrintable(built->status() + QStringLiteral(": ") + built->fault.message));
        QCOMPARE(built->imageId, image->id);
        const QString log = waitForConsole(QStringLiteral("STACKDESK-TEST-GUEST READY"), 1, 240000, m_snapshotChildId);
        QVERIFY2(log.contains(QStringLiteral("STACKDESK-SEED BEGIN")), "the snapshot's guest found its NoCloud seed");
        QVERIFY(log.contains(QStringLiteral("instance-id: '%1'").arg(m_snapshotChildId)));
        QVERIFY(log.contains(QStringLiteral("# stackdesk-it snapshot child 815")));

        // Both go; nothing of them stays: no domain, no disks, no image, no data in the store.
        auto removed = m_engine->instances().remove(m_admin, m_snapshotChildId);
        QVERIFY(removed.ok());
        if (!removed->isEmpty())
            QVERIFY(m_engine->tasks().wait(*removed).ok());
        QCOMPARE(m_engine->instances().waitUntilSettled(m_snapshotChildId, 60000)->status(), QStringLiteral("DELETED"));
        QVERIFY2(!virDomainLookupByName(m_conn, ("sd-" + m_snapshotChildId).toUtf8().constData()), "the domain is undefined");
        QCOMPARE(volumesOfInstance(m_snapshotChildId), QStringList());
        const QString dataFile = *m_engine->images().dataPath(m_admin, image->id);
        QVERIFY(QFile::exists(dataFile));
        QVERIFY(m_engine->images().remove(m_admin, image->id).ok());
        QVERIFY(!m_engine->images().show(m_admin, image->id).ok());
        QVERIFY(!QFile::exists(dataFile));
        QCOMPARE(QDir(QDir::tempPath()).entryList({QStringLiteral("stackdesk-snapshot-*")}), QStringList());
        m_snapshotChildId.clear();
    }

    void rescueBootsTheRescueDiskAndUnrescueTheOwn()
    {
        QVERIFY(!m_instanceId.isEmpty());
        const int boots = consoleLog(m_instanceId).count(QStringLiteral("STACKDESK-TEST-GUEST READY"));
        RescueSpec spec;
        spec.adminPassword = QStringLiteral("rescue-pw-42");
        auto rescued = settled(m_engine->instances().rescue(m_admin, m_instanceId, spec));
        QVERIFY2(rescued.ok(), qPrintable(rescued.ok() ? QString() : errorOf(rescued.error())));
        QCOMPARE(rescued->status(), QStringLiteral("RESCUE"));
        // QEMU runs the rescue domain: the rescue disk first and booted, the root disk second, the rescue seed.
        const QString xml = liveDomainXml();
        QVERIFY2(xml.contains(QStringLiteral("-disk.rescue'")), qPrintable(xml));
        QVERIFY(xml.contains(QStringLiteral("-seed.rescue.iso'")));
        QVERIFY(xml.contains(QStringLiteral("<boot order='1'/>")));
        QVERIFY(volumesOfInstance().contains(m_instanceId + QStringLiteral("-disk.rescue")));
        // The rescue system booted and read its own seed, with the rescue password.
        const QString log = waitForConsole(QStringLiteral("STACKDESK-TEST-GUEST READY"), boots + 1, 240000);
        QVERIFY2(log.contains(QStringLiteral("admin_pass: 'rescue-pw-42'")), "the rescue seed reached the guest");

        auto back = settled(m_engine->instances().unrescue(m_admin, m_instanceId));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : errorOf(back.error())));
        QCOMPARE(back->status(), QStringLiteral("ACTIVE"));
        QVERIFY(!liveDomainXml().contains(QStringLiteral("rescue")));
        const QStringList volumes = volumesOfInstance();
        QVERIFY2(!volumes.contains(m_instanceId + QStringLiteral("-disk.rescue"))
                     && !volumes.contains(m_instanceId + QStringLiteral("-seed.rescue.iso")),
                 qPrintable(volumes.join(QLatin1Char(' '))));
        QVERIFY(waitForConsole(QStringLiteral("STACKDESK-TEST-GUEST READY"), boots + 2, 240000)
                    .count(QStringLiteral("STACKDESK-TEST-GUEST READY"))
                >= boots + 2);
    }

    void rebuildGivesANewRootDiskAndSeed()
    {
        QVERIFY(!m_instanceId.isEmpty());
        const QString mac = m_engine->instances().show(m_admin, m_instanceId)->addresses.value(0).macAddress;
        RebuildSpec spec;
        spec.name = QStringLiteral("it-rebuilt");
        spec.adminPassword = QStringLiteral("rebuild-pw-7");
        auto rebuilt = settled(m_engine->instances().rebuild(m_admin, m_instanceId, spec));
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : errorOf(rebuilt.error())));
        QCOMPARE(rebuilt->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(rebuilt->name, QStringLiteral("it-rebuilt"));
        QCOMPARE(rebuilt->addresses.value(0).macAddress, mac);
        const QString xml = liveDomainXml();
        QVERIFY(xml.contains(QStringLiteral("<title>it-rebuilt</title>")));
        QVERIFY(xml.contains(QStringLiteral("<backingStore type='file'")));
        // The new disks boot with the new seed (the console log began again with the new domain).
        const QString log = waitForConsole(QStringLiteral("STACKDESK-TEST-GUEST READY"), 1, 240000);
        QVERIFY(log.contains(QStringLiteral("local-hostname: 'it-rebuilt'")));
        QVERIFY(log.contains(QStringLiteral("admin_pass: 'rebuild-pw-7'")));
        QVERIFY(log.contains(QStringLiteral("# stackdesk-it user data 4711")));
    }

    void stoppedOutsideStackDeskIsNoticed()
    {
        QVERIFY(!m_instanceId.isEmpty());
        // Someone powers the domain off behind the engine's back: libvirt's lifecycle event reaches the
        // reconciler, which reads the domain's state and stops the instance in the store.
        virDomainPtr d = virDomainLookupByName(m_conn, ("sd-" + m_instanceId).toUtf8().constData());
        QVERIFY(d);
        QCOMPARE(virDomainDestroy(d), 0);
        virDomainFree(d);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->instances().show(m_admin, m_instanceId)->status(), QStringLiteral("SHUTOFF"), 20000);
    }

    void deleteLeavesNothingOnTheHost()
    {
        QVERIFY(!m_instanceId.isEmpty());
        auto task = m_engine->instances().remove(m_admin, m_instanceId);
        QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : errorOf(task.error())));
        if (!task->isEmpty())
            QVERIFY(m_engine->tasks().wait(*task).ok());
        auto gone = m_engine->instances().waitUntilSettled(m_instanceId, 60000);
        QVERIFY(gone.ok());
        QCOMPARE(gone->status(), QStringLiteral("DELETED"));
        virDomainPtr d = virDomainLookupByName(m_conn, ("sd-" + m_instanceId).toUtf8().constData());
        QVERIFY2(!d, "the domain is undefined");
        QCOMPARE(volumesOfInstance(), QStringList());
        PortFilter filter;
        filter.deviceId = m_instanceId;
        QCOMPARE(m_engine->ports().list(m_admin, filter)->size(), 0);
        m_instanceId.clear();
    }
};

QTEST_GUILESS_MAIN(TestRealInstance)
#include "tst_realinstance.moc"
