// Block storage end to end on the fixture's real libvirtd (issue 8, Tests), through the engine's public
// API only: a volume type on a dir pool in a folder qemu may enter, a 1 GiB volume made in it, attached to a
// running test guest (hot-plug) whose kernel lists the new disk in /sys/block, a marker written to it from
// the guest, the volume detached again (the guest lets the disk go), snapshotted, a volume made from the
// snapshot and attached to a second guest, which reads the marker back. Along the way the refusals only a
// real host gives; at the end everything is deleted and the host's pool, volumes and domains are gone.

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "guestconsole.h"
#include "libvirtleftovers.h"
#include "localhostlab.h"
#include "network/networkservice.h"
#include "tasks/taskrunner.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::it;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;
constexpr int kSettleMs = 180000;

QString errorText(const Error &e)
{
    return e.toString();
}

} // namespace

class TestRealVolume : public QObject
{
    Q_OBJECT

    // One guest of the test: its instance, its domain on the host and its serial console.
    struct Guest
    {
        QString id;
        QString name;
        virDomainPtr domain = nullptr;
        std::unique_ptr<GuestConsole> console;
    };

    LocalHostLab m_lab;
    virConnectPtr m_conn = nullptr;
    // Its own name each run, so what a failed run might leave on the shared libvirtd cannot collide.
    const QString m_typeName = QStringLiteral("it-vol-%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                                               QLatin1Char('0'));
    const QString m_marker = QStringLiteral("STACKDESK-MARK-%1").arg(QRandomGenerator::global()->generate64(), 16,
                                                                     16, QLatin1Char('0'));
    QString m_poolPath;
    Guest m_a;
    Guest m_b;
    QString m_volumeId;
    QString m_snapshotId;
    QString m_copyId;

    VolumeService &volumes() { return m_lab.engine->volumes(); }
    const RequestContext &admin() const { return m_lab.admin; }
    QString poolName() const { return QStringLiteral("stackdesk-vt-") + m_typeName; }

    // Waits for a task id an action returned (empty: nothing was left to do); QVERIFY-style.
    void finish(const Result<QString> &task, const char *what)
    {
        QVERIFY2(task.ok(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                                    task.ok() ? QString() : errorText(task.error()))));
        if (task->isEmpty())
            return;
        const auto done = m_lab.engine->tasks().wait(*task);
        QVERIFY2(done.ok(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                                    done.ok() ? QString() : errorText(done.error()))));
    }

    Volume volume(const QString &id)
    {
        auto v = volumes().show(admin(), id);
        return v ? *v : Volume{};
    }

    // Launches the test guest as instance it-<name> and opens its serial console: typed into through
    // libvirt, read back from the log file the engine gave the domain. QVERIFY-style.
    void launch(Guest &g, const QString &name, const QString &cidr)
    {
        g.id = m_lab.launchTestGuest(name, cidr);
        if (QTest::currentTestFailed())
            return;
        auto instance = m_lab.engine->instances().show(admin(), g.id);
        QVERIFY(instance.ok());
        g.name = instance->name;
        g.domain = virDomainLookupByName(m_conn, instance->domainName().toUtf8().constData());
        QVERIFY2(g.domain, virGetLastErrorMessage());
        static const QRegularExpression logRe(QStringLiteral("<log file='([^']+)'"));
        const auto log = logRe.match(domainXml(g.domain));
        QVERIFY2(log.hasMatch(), "the domain logs its serial console");
        g.console = std::make_unique<GuestConsole>(g.domain, log.captured(1));
        QVERIFY2(g.console->open(), qPrintable(g.console->error()));
        // The first lines may reach a shell that is not reading yet: until it answers.
        QTRY_VERIFY_WITH_TIMEOUT(g.console->run(QStringLiteral("echo sd-$((6*7))"), 5000).contains(
                                     QLatin1String("sd-42")),
                                 60000);
    }

    static QString domainXml(virDomainPtr dom)
    {
        char *xml = virDomainGetXMLDesc(dom, 0);
        const QString text = QString::fromUtf8(xml);
        free(xml);
        return text;
    }

    static QString blockDevices(Guest &g) { return g.console->run(QStringLiteral("ls /sys/block")); }

    QStringList poolFiles() const { return QDir(m_poolPath).entryList(QDir::Files | QDir::Hidden); }

    void dropGuest(Guest &g)
    {
        g.console.reset();
        if (g.domain) {
            virDomainFree(g.domain);
            g.domain = nullptr;
        }
        m_lab.removeInstance(g.id);
        g.id.clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.open();
        if (QTest::currentTestFailed())
            return;
        m_conn = virConnectOpen("qemu:///system");
        QVERIFY2(m_conn, virGetLastErrorMessage());
        m_poolPath = m_lab.vmDir.filePath(QStringLiteral("volumes"));
        QVERIFY(QDir().mkdir(m_poolPath));
        QVERIFY(letQemuIn(m_poolPath));
    }

    void aTypeOnAFolderOfTheLabHoldsANewVolume()
    {
        // The default type writes to the machine's /var/lib/libvirt/images: this test keeps to its own.
        auto standard = m_lab.engine->volumeTypes().show(admin(), QLatin1String(VolumeTypeService::kDefaultName));
        QVERIFY(standard.ok());
        QCOMPARE(standard->poolOptions.value(QStringLiteral("path")),
                 QLatin1String(VolumeTypeService::kDefaultPath));

        VolumeTypeSpec type;
        type.name = m_typeName;
        type.description = QStringLiteral("integration test: a dir pool in the lab's folder");
        type.poolType = PoolType::Dir;
        type.poolOptions = {{QStringLiteral("path"), m_poolPath}};
        finish(m_lab.engine->volumeTypes().create(admin(), type), "volume type create");
        if (QTest::currentTestFailed())
            return;
        // Prepared on the host at once: defined, running, on the folder given.
        virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, poolName().toUtf8().constData());
        QVERIFY2(pool, qPrintable(poolName()));
        QCOMPARE(virStoragePoolIsActive(pool), 1);
        char *poolXml = virStoragePoolGetXMLDesc(pool, 0);
        const QString poolText = QString::fromUtf8(poolXml);
        free(poolXml);
        virStoragePoolFree(pool);
        QVERIFY2(poolText.contains(QStringLiteral("<path>%1</path>").arg(m_poolPath)), qPrintable(poolText));

        VolumeSpec spec;
        spec.name = QStringLiteral("it-vol-data");
        spec.sizeGb = 1;
        spec.type = m_typeName;
        auto made = volumes().create(admin(), spec);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : errorText(made.error())));
        m_volumeId = made->id;
        auto settled = volumes().waitUntilSettled(m_volumeId, kSettleMs);
        QVERIFY(settled.ok());
        QVERIFY2(settled->status == VolumeStatus::Available, qPrintable(volumeStatusName(settled->status) +
                                                                         QStringLiteral(": ") + settled->fault));
        QCOMPARE(settled->sizeGb, qint64(1));
        QCOMPARE(settled->typeName, m_typeName);
        QCOMPARE(settled->hostId, m_lab.hostId);
        QCOMPARE(settled->format, QStringLiteral("qcow2"));
        // The libvirt volume in the lab's folder, 1 GiB as the guest will see it.
        QCOMPARE(poolFiles(), QStringList{settled->storageName});
        virStorageVolPtr vol =
            virStorageVolLookupByPath(m_conn, QDir(m_poolPath).filePath(settled->storageName).toUtf8().constData());
        QVERIFY2(vol, virGetLastErrorMessage());
        virStorageVolInfo info;
        QCOMPARE(virStorageVolGetInfo(vol, &info), 0);
        virStorageVolFree(vol);
        QCOMPARE(qint64(info.capacity), kGiB);
    }

    void theVolumeIsHotPluggedIntoARunningGuest()
    {
        QVERIFY(!m_volumeId.isEmpty());
        launch(m_a, QStringLiteral("vol-a"), QStringLiteral("10.85.0.0/24"));
        if (QTest::currentTestFailed())
            return;
        const QString before = blockDevices(m_a);
        QVERIFY2(before.contains(QLatin1String("vda")) && !before.contains(QLatin1String("vdb")), qPrintable(before));

        QElapsedTimer clock;
        clock.start();
        finish(volumes().attach(admin(), m_volumeId, m_a.id), "attach");
        if (QTest::currentTestFailed())
            return;
        qInfo("attach (hot-plug) took %lld ms", clock.elapsed());
        const Volume v = volume(m_volumeId);
        QVERIFY2(v.status == VolumeStatus::InUse, qPrintable(volumeStatusName(v.status) + QStringLiteral(": ") + v.fault));
        QVERIFY(v.attachment);
        QCOMPARE(v.attachment->instanceId, m_a.id);
        QCOMPARE(v.attachment->device, QStringLiteral("/dev/vdb"));
        QCOMPARE(volumes().attachedTo(m_a.id).size(), 1);
        // Plugged into the running domain, with the volume id as the disk's serial.
        const QString serial = m_volumeId.left(20);
        QVERIFY(domainXml(m_a.domain).contains(QStringLiteral("<serial>%1</serial>").arg(serial)));

        // The guest's kernel found the new disk: listed, 1 GiB in 512-byte sectors, our serial.
        QString listed;
        QTRY_VERIFY_WITH_TIMEOUT((listed = blockDevices(m_a)).contains(QLatin1String("vdb")), 30000);
        qInfo("guest A's /sys/block after the attach: %s", qPrintable(listed.simplified()));
        QVERIFY(m_a.console->run(QStringLiteral("cat /sys/block/vdb/size")).contains(QLatin1String("2097152")));
        QVERIFY(m_a.console->run(QStringLiteral("cat /sys/block/vdb/serial")).contains(serial));

        // The marker, in the first block, on the disk for sure before the detach.
        const QString wrote = m_a.console->run(
            QStringLiteral("echo %1 | dd of=/dev/vdb bs=512 conv=sync,fsync && sync && echo WROTE-$((1+1))")
                .arg(m_marker));
        QVERIFY2(wrote.contains(QLatin1String("WROTE-2")), qPrintable(wrote));
    }

    void refusalsOfARealHostNameTheVolume()
    {
        QVERIFY(!m_volumeId.isEmpty() && !m_a.id.isEmpty());
        // QEMU holds the image of a running guest locked: even force is refused here (not on a test driver).
        auto snapshot = volumes().createSnapshot(admin(), m_volumeId, QStringLiteral("it-vol-locked"), {}, true);
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().code, ErrorCode::Conflict);
        QVERIFY2(snapshot.error().message.contains(QLatin1String("it-vol-data")) &&
                     snapshot.error().message.contains(m_a.name),
                 qPrintable(snapshot.error().message));
        auto listed = volumes().listSnapshots(admin(), true, m_volumeId);
        QVERIFY(listed.ok());
        QVERIFY(listed->isEmpty());
        // In use: not deleted.
        auto removed = volumes().remove(admin(), m_volumeId);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().message.contains(QLatin1String("it-vol-data")), qPrintable(removed.error().message));
        QCOMPARE(volume(m_volumeId).status, VolumeStatus::InUse);
    }

    void theVolumeIsUnpluggedAndTheGuestLetsItGo()
    {
        QVERIFY(!m_volumeId.isEmpty() && !m_a.id.isEmpty());
        QElapsedTimer clock;
        clock.start();
        finish(volumes().detach(admin(), m_volumeId, m_a.id), "detach");
        if (QTest::currentTestFailed())
            return;
        qInfo("detach (the guest released the disk) took %lld ms", clock.elapsed());
        const Volume v = volume(m_volumeId);
        QVERIFY2(v.status == VolumeStatus::Available, qPrintable(volumeStatusName(v.status) + QStringLiteral(": ") + v.fault));
        QVERIFY(!v.attachment);
        QVERIFY(volumes().attachedTo(m_a.id).isEmpty());
        QVERIFY(!domainXml(m_a.domain).contains(m_volumeId.left(20)));
        // The guest's kernel no longer lists it (and the listing itself came back: vda is there).
        QString listed;
        QTRY_VERIFY_WITH_TIMEOUT((listed = blockDevices(m_a)).contains(QLatin1String("vda")) &&
                                     !listed.contains(QLatin1String("vdb")),
                                 30000);

        // Detached already: refused, naming the volume and the instance, and nothing changes.
        auto again = volumes().detach(admin(), m_volumeId, m_a.id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message,
                 QStringLiteral("Volume it-vol-data is not attached to instance %1").arg(m_a.name));
        QCOMPARE(volume(m_volumeId).status, VolumeStatus::Available);
    }

    void aSnapshotBecomesANewVolume()
    {
        QVERIFY(!m_volumeId.isEmpty());
        auto snapshot = volumes().createSnapshot(admin(), m_volumeId, QStringLiteral("it-vol-snap"));
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : errorText(snapshot.error())));
        m_snapshotId = snapshot->id;
        QTRY_VERIFY_WITH_TIMEOUT(volumes().showSnapshot(admin(), m_snapshotId)->status != CopyStatus::Creating,
                                 kSettleMs);
        const VolumeSnapshot s = *volumes().showSnapshot(admin(), m_snapshotId);
        QVERIFY2(s.status == CopyStatus::Available, qPrintable(copyStatusName(s.status) + QStringLiteral(": ") + s.fault));
        QCOMPARE(s.volumeId, m_volumeId);
        QCOMPARE(s.sizeGb, qint64(1));
        QVERIFY2(poolFiles().contains(s.storageName), qPrintable(poolFiles().join(QLatin1Char(' '))));

        // A volume with a snapshot is not deleted.
        auto removed = volumes().remove(admin(), m_volumeId);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().message.contains(QLatin1String("it-vol-data")) &&
                     removed.error().message.contains(QLatin1String("snapshot")),
                 qPrintable(removed.error().message));

        VolumeSpec spec;
        spec.name = QStringLiteral("it-vol-copy");
        spec.snapshot = m_snapshotId;
        auto made = volumes().create(admin(), spec);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : errorText(made.error())));
        m_copyId = made->id;
        auto settled = volumes().waitUntilSettled(m_copyId, kSettleMs);
        QVERIFY(settled.ok());
        QVERIFY2(settled->status == VolumeStatus::Available,
                 qPrintable(volumeStatusName(settled->status) + QStringLiteral(": ") + settled->fault));
        QCOMPARE(settled->sourceKind, QStringLiteral("snapshot"));
        QCOMPARE(settled->sourceId, m_snapshotId);
        QCOMPARE(settled->sizeGb, qint64(1));
        QCOMPARE(settled->typeName, m_typeName);
        QCOMPARE(poolFiles().size(), 3);
    }

    void anotherGuestReadsTheMarker()
    {
        QVERIFY(!m_copyId.isEmpty());
        launch(m_b, QStringLiteral("vol-b"), QStringLiteral("10.86.0.0/24"));
        if (QTest::currentTestFailed())
            return;
        finish(volumes().attach(admin(), m_copyId, m_b.id), "attach the copy");
        if (QTest::currentTestFailed())
            return;
        const Volume copy = volume(m_copyId);
        QVERIFY2(copy.status == VolumeStatus::InUse, qPrintable(volumeStatusName(copy.status) + QStringLiteral(": ") + copy.fault));
        QCOMPARE(copy.attachment->instanceId, m_b.id);
        QCOMPARE(copy.attachment->device, QStringLiteral("/dev/vdb"));
        QTRY_VERIFY_WITH_TIMEOUT(blockDevices(m_b).contains(QLatin1String("vdb")), 30000);
        QVERIFY(m_b.console->run(QStringLiteral("cat /sys/block/vdb/serial")).contains(m_copyId.left(20)));
        // The typed line does not hold the marker: only the disk's first block can print it.
        const QString block =
            m_b.console->run(QStringLiteral("dd if=/dev/vdb bs=512 count=1 2>/dev/null | head -c 64; echo"));
        QVERIFY2(block.contains(m_marker), qPrintable(block));
        qInfo("guest B's first block of the copy: %s", qPrintable(block.simplified()));

        // One instance at a time: the copy, in use on B, is refused to A, naming the volume and B.
        auto second = volumes().attach(admin(), m_copyId, m_a.id);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QVERIFY2(second.error().message.contains(QLatin1String("it-vol-copy")) &&
                     second.error().message.contains(m_b.name),
                 qPrintable(second.error().message));
        QVERIFY(!domainXml(m_a.domain).contains(m_copyId.left(20)));
        QCOMPARE(volume(m_copyId).attachment->instanceId, m_b.id);
    }

    void everythingGoesAwayFromTheHost()
    {
        QVERIFY(!m_copyId.isEmpty() && !m_b.id.isEmpty());
        finish(volumes().detach(admin(), m_copyId, m_b.id), "detach the copy");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(volume(m_copyId).status, VolumeStatus::Available);
        QTRY_VERIFY_WITH_TIMEOUT(!blockDevices(m_b).contains(QLatin1String("vdb")), 30000);

        // The copy, the snapshot, then the volume (no longer held by a snapshot).
        finish(volumes().remove(admin(), m_copyId), "delete the copy");
        QVERIFY(!volumes().show(admin(), m_copyId).ok());
        finish(volumes().removeSnapshot(admin(), m_snapshotId), "delete the snapshot");
        QVERIFY(!volumes().showSnapshot(admin(), m_snapshotId).ok());
        finish(volumes().remove(admin(), m_volumeId), "delete the volume");
        QVERIFY(!volumes().show(admin(), m_volumeId).ok());
        QCOMPARE(poolFiles(), QStringList());

        for (Guest *g : {&m_a, &m_b}) {
            const QString id = g->id;
            const QString domainName = QStringLiteral("sd-") + id;
            dropGuest(*g);
            QVERIFY(!m_lab.engine->instances().show(admin(), id).ok());
            virDomainPtr left = virDomainLookupByName(m_conn, domainName.toUtf8().constData());
            QVERIFY2(!left, qPrintable(domainName));
        }

        finish(m_lab.engine->volumeTypes().remove(admin(), m_typeName), "delete the volume type");
        QVERIFY(!m_lab.engine->volumeTypes().show(admin(), m_typeName).ok());
        virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, poolName().toUtf8().constData());
        QVERIFY2(!pool, qPrintable(poolName() + QStringLiteral(" is still defined")));
        // Nothing went to the default type's pool either.
        virStoragePoolPtr standard = virStoragePoolLookupByName(m_conn, "stackdesk-vt-standard");
        QVERIFY(!standard);
        QCOMPARE(poolFiles(), QStringList());
    }

    void cleanupTestCase()
    {
        // Whatever a failed test left: the guests, the pool's volumes and the pool, the networks.
        dropGuest(m_a);
        dropGuest(m_b);
        if (!m_conn) {
            m_lab.engine.reset();
            return;
        }
        if (virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, poolName().toUtf8().constData())) {
            virStoragePoolRefresh(pool, 0);
            virStorageVolPtr *vols = nullptr;
            const int n = virStoragePoolListAllVolumes(pool, &vols, 0);
            for (int i = 0; i < n; ++i) {
                virStorageVolDelete(vols[i], 0);
                virStorageVolFree(vols[i]);
            }
            free(vols);
            virStoragePoolDestroy(pool);
            virStoragePoolUndefine(pool);
            virStoragePoolFree(pool);
        }
        QStringList networkIds;
        if (m_lab.engine)
            for (const QString &name : {QStringLiteral("it-vol-a-net"), QStringLiteral("it-vol-b-net")})
                if (auto net = m_lab.engine->networks().show(admin(), name))
                    networkIds << net->id;
        removeStackDeskLeftovers(m_conn, networkIds);
        virConnectClose(m_conn);
        m_lab.engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestRealVolume)
#include "tst_realvolume.moc"
