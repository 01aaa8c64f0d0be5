// Boot from volume on the demo lab's simulated hosts (Horizon's Source step, `server create --volume /
// --snapshot / --boot-from-volume`): the root disk is a volume of the type's pool, attached as vda with boot
// index 0 from the launch on; deleting the instance frees it or, with delete-on-termination, deletes it; the
// refusals leave no instance and no volume behind.

#include "computelab.h"

#include "hosts/hostconnection.h"
#include "image/imageservice.h"
#include "quota/quotaservice.h"
#include "volume/volumeservice.h"

#include <QTest>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::test;

namespace {

QString persistentXml(ComputeLab &lab, const Instance &i)
{
    HostConnection *connection = lab.engine->hosts().connectionOf(i.hostId);
    TaskSpec task;
    task.title = QStringLiteral("test: read the definition");
    task.action = QStringLiteral("test.ask");
    task.runIn = connection;
    task.work = [connection, name = i.domainName()](TaskControl &) -> Result<QVariant> {
        const QByteArray n = name.toUtf8();
        virDomainPtr d = virDomainLookupByName(connection->connection(), n.constData());
        if (!d)
            return QVariant(QString());
        char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
        const QString result = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(d);
        return QVariant(result);
    };
    auto r = lab.engine->tasks().wait(lab.engine->tasks().start(lab.admin, std::move(task)));
    return r ? r->toString() : QString();
}

} // namespace

class TestBootFromVolume : public QObject
{
    Q_OBJECT

private:
    ComputeLab lab;
    VolumeService &volumes() { return lab.engine->volumes(); }

    qint64 rows(const char *table) { return lab.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))); }
    qint64 liveInstances() { return lab.count(QStringLiteral("SELECT COUNT(*) FROM instances WHERE deleted = 0")); }

    Result<Volume> imageVolume(const QString &name)
    {
        VolumeSpec s;
        s.name = name;
        s.image = QStringLiteral("tiny");
        auto v = volumes().create(lab.demo, s);
        if (!v)
            return v.error();
        return volumes().waitUntilSettled(v->id, 20000);
    }

    bool deleteAndWait(const Instance &i)
    {
        auto task = lab.engine->instances().remove(lab.demo, i.id);
        if (!task)
            return false;
        if (!task->isEmpty() && !lab.engine->tasks().wait(*task).ok())
            return false;
        return QTest::qWaitFor([&] { return !lab.engine->instances().show(lab.demo, i.id).ok(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
    }

    void anImageBecomesANewRootVolume()
    {
        LaunchSpec s = lab.spec(QStringLiteral("bfv-image"));
        s.newVolume = true;
        s.newVolumeSizeGb = 2;
        s.deleteVolumeOnTermination = true;
        auto vm = lab.launchAndWait(lab.demo, s);
        QVERIFY2(vm.ok(), qPrintable(vm.ok() ? QString() : vm.error().toString()));
        QCOMPARE(vm->vmState, VmState::Active);
        QVERIFY(!vm->bootVolumeId.isEmpty());
        QCOMPARE(vm->imageId, lab.imageId); // Nova shows the image a volume-backed instance came from

        auto v = volumes().show(lab.demo, vm->bootVolumeId);
        QVERIFY(v.ok());
        QCOMPARE(v->status, VolumeStatus::InUse);
        QCOMPARE(v->sizeGb, qint64(2));
        QVERIFY(v->bootable);
        QVERIFY(v->bootIndexZero);
        QVERIFY(v->deleteOnTermination);
        QCOMPARE(v->imageId, lab.imageId);
        QCOMPARE(v->hostId, vm->hostId);
        QVERIFY(v->attachment);
        QCOMPARE(v->attachment->instanceId, vm->id);
        QCOMPARE(v->attachment->device, QStringLiteral("/dev/vda"));

        // The domain's root disk is the volume in its pool; no overlay was made in the instances pool.
        const QString xml = persistentXml(lab, *vm);
        QVERIFY2(xml.contains(QStringLiteral("<source pool='stackdesk-vt-standard' volume='%1'/>").arg(v->storageName)),
                 qPrintable(xml));
        QVERIFY(xml.contains(QStringLiteral("<target dev='vda' bus='virtio'/>")));
        QVERIFY(!xml.contains(vm->id + QStringLiteral("-disk'")));
        // Its host's local disk holds no root disk for it (the claim counts ephemeral and swap only).
        QCOMPARE(lab.count(QStringLiteral("SELECT disk_gb FROM instance_claims WHERE instance_id = ?"), {vm->id}),
                 qint64(0));
        QCOMPARE(volumes().attachedTo(vm->id).size(), 1);

        // Delete Volume on Instance Delete.
        QVERIFY(deleteAndWait(*vm));
        QTRY_VERIFY_WITH_TIMEOUT(!volumes().show(lab.demo, v->id).ok(), 10000);
    }

    void anExistingVolumeBootsInPlaceAndOutlivesTheInstance()
    {
        auto v = imageVolume(QStringLiteral("root-disk"));
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().toString()));
        QCOMPARE(v->status, VolumeStatus::Available);
        QVERIFY(v->bootable);
        LaunchSpec s = lab.spec(QStringLiteral("bfv-volume"));
        s.bootSource = BootSource::Volume;
        s.image.clear();
        s.bootVolume = QStringLiteral("root-disk");
        auto vm = lab.launchAndWait(lab.demo, s);
        QVERIFY2(vm.ok(), qPrintable(vm.ok() ? QString() : vm.error().toString()));
        QCOMPARE(vm->vmState, VmState::Active);
        QCOMPARE(vm->bootVolumeId, v->id);
        QCOMPARE(vm->hostId, v->hostId); // the instance goes where the data is
        auto inUse = volumes().show(lab.demo, v->id);
        QCOMPARE(inUse->status, VolumeStatus::InUse);
        QVERIFY(inUse->bootIndexZero);

        // The root volume cannot be detached, and what would replace the root disk is refused.
        auto detach = volumes().detach(lab.demo, v->id, vm->id);
        QVERIFY(!detach.ok());
        QVERIFY2(detach.error().message.contains(QStringLiteral("is the root disk of instance bfv-volume")),
                 qPrintable(detach.error().message));
        for (InstanceAction a : {InstanceAction::Rebuild, InstanceAction::Rescue, InstanceAction::CreateImage}) {
            auto refused = lab.engine->instances().checkedFor(lab.demo, vm->id, a);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QStringLiteral("boots from volume root-disk")),
                     qPrintable(refused.error().message));
        }
        // A second launch cannot take the volume while it is in use.
        LaunchSpec again = s;
        again.name = QStringLiteral("bfv-again");
        auto second = lab.engine->instances().launch(lab.demo, again);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("Volume root-disk is in-use")),
                 qPrintable(second.error().message));

        QVERIFY(deleteAndWait(*vm));
        QTRY_COMPARE_WITH_TIMEOUT(volumes().show(lab.demo, v->id)->status, VolumeStatus::Available, 10000);
        auto kept = volumes().show(lab.demo, v->id);
        QVERIFY(!kept->attachment);
        QVERIFY(!kept->bootIndexZero);
        QVERIFY(settleRemove(v->id));
    }

    void aVolumeSnapshotBecomesANewVolumeBesideIt()
    {
        auto v = imageVolume(QStringLiteral("golden"));
        QVERIFY(v.ok());
        auto snap = volumes().createSnapshot(lab.demo, v->id, QStringLiteral("golden-snap"));
        QVERIFY2(snap.ok(), qPrintable(snap.ok() ? QString() : snap.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(volumes().showSnapshot(lab.demo, snap->id)->status, CopyStatus::Available, 10000);
        LaunchSpec s = lab.spec(QStringLiteral("bfv-snap"));
        s.bootSource = BootSource::VolumeSnapshot;
        s.image.clear();
        s.bootSnapshot = QStringLiteral("golden-snap");
        s.newVolumeSizeGb = 3;
        auto vm = lab.launchAndWait(lab.demo, s);
        QVERIFY2(vm.ok(), qPrintable(vm.ok() ? QString() : vm.error().toString()));
        QCOMPARE(vm->vmState, VmState::Active);
        QCOMPARE(vm->hostId, v->hostId);
        auto root = volumes().show(lab.demo, vm->bootVolumeId);
        QVERIFY(root.ok());
        QCOMPARE(root->sourceKind, QStringLiteral("snapshot"));
        QCOMPARE(root->sourceId, snap->id);
        QCOMPARE(root->sizeGb, qint64(3));
        QCOMPARE(root->status, VolumeStatus::InUse);
        QVERIFY(!root->deleteOnTermination);
        QVERIFY(deleteAndWait(*vm));
        QTRY_COMPARE_WITH_TIMEOUT(volumes().show(lab.demo, root->id)->status, VolumeStatus::Available, 10000);
        QVERIFY(settleRemove(root->id));
        auto gone = volumes().removeSnapshot(lab.demo, snap->id);
        QVERIFY(gone.ok());
        QVERIFY(lab.engine->tasks().wait(*gone).ok());
        QVERIFY(settleRemove(v->id));
    }

    void theFlavorsRootDiskDoesNotBindAVolumeBackedInstance()
    {
        ImageUpdate bigger;
        bigger.minDiskGb = 3;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("tiny"), bigger).ok());
        // m1.tiny's 1 GB root disk is too small for the image ...
        auto local = lab.engine->instances().launch(lab.demo, lab.spec(QStringLiteral("too-small")));
        QVERIFY(!local.ok());
        QVERIFY(local.error().message.contains(QStringLiteral("needs at least 3 GB")));
        // ... but a volume-backed instance's root is its volume: at least min_disk, whatever the flavor.
        LaunchSpec s = lab.spec(QStringLiteral("bfv-min-disk"));
        s.newVolume = true;
        s.newVolumeSizeGb = 2;
        auto small = lab.engine->instances().launch(lab.demo, s);
        QVERIFY(!small.ok());
        QVERIFY2(small.error().message.contains(QStringLiteral("Volume size: the volume size must be at least 3 GB")),
                 qPrintable(small.error().message));
        s.newVolumeSizeGb = 0; // the image's size: min_disk
        s.deleteVolumeOnTermination = true;
        auto vm = lab.launchAndWait(lab.demo, s);
        QVERIFY2(vm.ok(), qPrintable(vm.ok() ? QString() : vm.error().toString()));
        QCOMPARE(vm->vmState, VmState::Active);
        QCOMPARE(volumes().show(lab.demo, vm->bootVolumeId)->sizeGb, qint64(3));
        QVERIFY(deleteAndWait(*vm));
        bigger.minDiskGb = 0;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("tiny"), bigger).ok());
    }

    void badBootSourcesAreRefusedWithNothingLeft_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("message");
        const int image = int(BootSource::Image), volume = int(BootSource::Volume),
                  snapshot = int(BootSource::VolumeSnapshot);
        QTest::newRow("unknown volume") << volume << "nope" << qint64(0) << 1 << "Volume 'nope': no such volume";
        QTest::newRow("no volume") << volume << "" << qint64(0) << 1 << "Volume: choose the volume to boot from";
        QTest::newRow("not bootable") << volume << "blank" << qint64(0) << 1 << "Volume blank is not bootable";
        QTest::newRow("one volume, two instances")
            << volume << "spare" << qint64(0) << 2 << "volume spare can boot one instance, not 2";
        QTest::newRow("unknown snapshot") << snapshot << "nope" << qint64(0) << 1 << "nope";
        QTest::newRow("size 0 is the default, -1 is not")
            << image << "tiny" << qint64(-1) << 1 << "Volume size: -1 GiB is not 1 to 16384 GiB";
        QTest::newRow("quota") << image << "tiny" << qint64(50) << 1
                               << "A volume of 50 GiB cannot be created as you only have";
    }
    void badBootSourcesAreRefusedWithNothingLeft()
    {
        QFETCH(int, source);
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QFETCH(int, count);
        QFETCH(QString, message);
        if (!volumes().show(lab.demo, QStringLiteral("blank")).ok()) {
            VolumeSpec blank;
            blank.name = QStringLiteral("blank");
            blank.sizeGb = 1;
            QVERIFY(volumes().create(lab.demo, blank).ok());
            QVERIFY(imageVolume(QStringLiteral("spare")).ok());
            QVERIFY(volumes().waitUntilSettled(volumes().show(lab.demo, QStringLiteral("blank"))->id, 20000).ok());
        }
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("gigabytes"), 20}}).ok());
        const qint64 instances = liveInstances(), volumeRows = rows("volumes");
        LaunchSpec s = lab.spec(QStringLiteral("refused"));
        s.bootSource = BootSource(source);
        s.minCount = s.maxCount = count;
        if (s.bootSource == BootSource::Volume)
            s.bootVolume = name;
        else if (s.bootSource == BootSource::VolumeSnapshot)
            s.bootSnapshot = name;
        else
            s.newVolume = true;
        s.newVolumeSizeGb = size;
        auto launched = lab.engine->instances().launch(lab.demo, s);
        QVERIFY(!launched.ok());
        QVERIFY2(launched.error().message.contains(message), qPrintable(launched.error().message));
        QCOMPARE(liveInstances(), instances);
        QCOMPARE(rows("volumes"), volumeRows);
        QCOMPARE(volumes().show(lab.demo, QStringLiteral("spare"))->status, VolumeStatus::Available);
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("gigabytes"), 1000}}).ok());
    }

    void aMoveOfAVolumeBackedInstanceIsRefused()
    {
        LaunchSpec s = lab.spec(QStringLiteral("bfv-stays"));
        s.newVolume = true;
        s.deleteVolumeOnTermination = true;
        auto vm = lab.launchAndWait(lab.demo, s);
        QVERIFY(vm.ok());
        auto shelve = lab.engine->instances().shelve(lab.demo, vm->id);
        QVERIFY(!shelve.ok());
        QVERIFY2(shelve.error().message.contains(QStringLiteral("attached")), qPrintable(shelve.error().message));
        // Power actions go on as for any instance.
        auto stopped = lab.act(lab.demo, vm->id, InstanceAction::Stop);
        QVERIFY(stopped.ok());
        QCOMPARE(stopped->vmState, VmState::Stopped);
        auto started = lab.act(lab.demo, vm->id, InstanceAction::Start);
        QVERIFY(started.ok());
        QCOMPARE(started->vmState, VmState::Active);
        QVERIFY(deleteAndWait(*vm));
    }

private:
    bool settleRemove(const QString &volumeId)
    {
        auto task = volumes().remove(lab.demo, volumeId);
        if (!task || !lab.engine->tasks().wait(*task).ok())
            return false;
        QTest::qWait(0);
        return !volumes().show(lab.demo, volumeId).ok();
    }
};

QTEST_GUILESS_MAIN(TestBootFromVolume)
#include "tst_bootfromvolume.moc"
