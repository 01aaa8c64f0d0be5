// Block storage on the demo lab's simulated hosts: every volume status transition (create, attach, detach,
// extend, snapshot, backup, restore, transfer, retype, upload, delete), what libvirt's test driver holds
// afterwards, and the refusals that must leave everything as it was.

#include "computelab.h"

#include "compute/instance/instancerepository.h"
#include "hosts/hostconnection.h"
#include "image/imageservice.h"
#include "quota/quotaservice.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::test;

namespace {

// Asks a host, on its worker, for something libvirt knows.
QString onHost(ComputeLab &lab, const QString &hostId, std::function<QString(virConnectPtr)> ask)
{
    HostConnection *connection = lab.engine->hosts().connectionOf(hostId);
    TaskSpec task;
    task.title = QStringLiteral("test: ask the host");
    task.action = QStringLiteral("test.ask");
    task.runIn = connection;
    task.work = [connection, ask](TaskControl &) -> Result<QVariant> { return QVariant(ask(connection->connection())); };
    auto r = lab.engine->tasks().wait(lab.engine->tasks().start(lab.admin, std::move(task)));
    return r ? r->toString() : QString();
}

bool storageExists(ComputeLab &lab, const QString &hostId, const QString &pool, const QString &volume)
{
    return onHost(lab, hostId, [pool, volume](virConnectPtr conn) {
               const QByteArray p = pool.toUtf8();
               virStoragePoolPtr handle = virStoragePoolLookupByName(conn, p.constData());
               if (!handle)
                   return QString();
               const QByteArray v = volume.toUtf8();
               virStorageVolPtr vol = virStorageVolLookupByName(handle, v.constData());
               const bool found = vol != nullptr;
               if (vol)
                   virStorageVolFree(vol);
               virStoragePoolFree(handle);
               return found ? QStringLiteral("yes") : QString();
           })
           == QLatin1String("yes");
}

QString persistentXml(ComputeLab &lab, const Instance &i)
{
    return onHost(lab, i.hostId, [name = i.domainName()](virConnectPtr conn) {
        const QByteArray n = name.toUtf8();
        virDomainPtr d = virDomainLookupByName(conn, n.constData());
        if (!d)
            return QString();
        char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
        const QString result = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(d);
        return result;
    });
}

const QString kPool = QStringLiteral("stackdesk-vt-standard");

} // namespace

class TestVolumes : public QObject
{
    Q_OBJECT

private:
    ComputeLab lab;
    VolumeService &volumes() { return lab.engine->volumes(); }

    Result<Volume> made(const RequestContext &ctx, VolumeSpec spec)
    {
        auto v = volumes().create(ctx, spec);
        if (!v)
            return v.error();
        return volumes().waitUntilSettled(v->id, 20000);
    }
    Result<Volume> settle(const Result<QString> &task, const QString &volumeId)
    {
        if (!task)
            return task.error();
        if (!task->isEmpty())
            if (auto r = lab.engine->tasks().wait(*task); !r)
                return r.error();
        return volumes().waitUntilSettled(volumeId, 20000);
    }
    VolumeSpec empty(const QString &name, qint64 size = 1)
    {
        VolumeSpec s;
        s.name = name;
        s.sizeGb = size;
        return s;
    }
    // A new volume on the instance's own host (the type is host-local): made in its zone until one lands
    // there (the placement takes the host with the fewest GiB); the extras are deleted again.
    Result<Volume> volumeBeside(const Instance &vm, const QString &name)
    {
        QList<Volume> extras;
        std::optional<Volume> found;
        for (int i = 0; i < 6 && !found; ++i) {
            VolumeSpec s = empty(i == 0 ? name : name + QString::number(i));
            s.availabilityZone = lab.host(vm.hostName).record.availabilityZone;
            auto v = made(lab.demo, s);
            if (!v)
                return v.error();
            if (v->hostId == vm.hostId)
                found = *v;
            else
                extras.append(*v);
        }
        for (const Volume &v : extras)
            (void)settle(volumes().remove(lab.demo, v.id), v.id);
        if (!found)
            return makeError(ErrorCode::NoValidHost, QStringLiteral("no volume landed on %1").arg(vm.hostName));
        if (found->name != name) {
            VolumeUpdate rename;
            rename.name = name;
            return volumes().update(lab.demo, found->id, rename);
        }
        return *found;
    }
    qint64 volumeRows() { return lab.count(QStringLiteral("SELECT COUNT(*) FROM volumes")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(lab.open()); }

    void aNewCloudHasTheStandardType()
    {
        auto types = lab.engine->volumeTypes().list(lab.demo);
        QVERIFY(types.ok());
        QCOMPARE(types->size(), 1);
        QCOMPARE(types->first().name, QStringLiteral("standard"));
        QCOMPARE(types->first().poolType, PoolType::Dir);
        QCOMPARE(types->first().poolOptions.value(QStringLiteral("path")), QString::fromLatin1(VolumeTypeService::kDefaultPath));
        QCOMPARE(types->first().poolName(), kPool);
    }

    void anEmptyVolumeBecomesAvailableOnAHost()
    {
        auto v = volumes().create(lab.demo, empty(QStringLiteral("data")));
        QVERIFY2(v.ok(), qPrintable(v.error().toString()));
        QCOMPARE(v->status, VolumeStatus::Creating);
        auto settled = volumes().waitUntilSettled(v->id, 20000);
        QVERIFY(settled.ok());
        QCOMPARE(settled->status, VolumeStatus::Available);
        QCOMPARE(settled->sizeGb, qint64(1));
        QCOMPARE(settled->format, QStringLiteral("qcow2"));
        QCOMPARE(settled->typeName, QStringLiteral("standard"));
        QVERIFY(!settled->hostName.isEmpty());
        QVERIFY(storageExists(lab, settled->hostId, kPool, settled->storageName));
        // Quota counts it.
        auto quota = lab.engine->quotas().show(lab.demo, QStringLiteral("demo"));
        QVERIFY(quota.ok());
        for (const QuotaLine &l : *quota) {
            if (l.resource == QLatin1String("volumes"))
                QCOMPARE(l.inUse, qint64(1));
            if (l.resource == QLatin1String("gigabytes"))
                QCOMPARE(l.inUse, qint64(1));
        }
    }

    void badSizesAndSourcesAreRefusedAndStoreNothing()
    {
        const qint64 before = volumeRows();
        for (qint64 size : {qint64(0), qint64(-3), qint64(20000)}) {
            auto v = volumes().create(lab.demo, empty(QStringLiteral("bad"), size));
            QVERIFY(!v.ok());
            QCOMPARE(v.error().code, ErrorCode::BadRequest);
            QVERIFY2(v.error().message.contains(QStringLiteral("Size")), qPrintable(v.error().message));
        }
        VolumeSpec two = empty(QStringLiteral("two"));
        two.image = QStringLiteral("tiny");
        two.sourceVolume = QStringLiteral("data");
        auto both = volumes().create(lab.demo, two);
        QVERIFY(!both.ok());
        QVERIFY(both.error().message.contains(QStringLiteral("at most one")));
        VolumeSpec typo = empty(QStringLiteral("typo"));
        typo.type = QStringLiteral("no-such-type");
        QCOMPARE(volumes().create(lab.demo, typo).error().code, ErrorCode::NotFound);
        VolumeSpec zone = empty(QStringLiteral("zone"));
        zone.availabilityZone = QStringLiteral("zone-x");
        auto z = volumes().create(lab.demo, zone);
        QVERIFY(!z.ok());
        QVERIFY(z.error().message.contains(QStringLiteral("zone-x")));
        QCOMPARE(volumeRows(), before);
    }

    void fromAnImageTheSizeFollowsMinDisk()
    {
        ImageUpdate bigger;
        bigger.minDiskGb = 2;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("tiny"), bigger).ok());
        VolumeSpec small = empty(QStringLiteral("boot-small"), 1);
        small.image = QStringLiteral("tiny");
        auto refused = volumes().create(lab.demo, small);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("at least 2 GiB")), qPrintable(refused.error().message));
        VolumeSpec sized = empty(QStringLiteral("boot"), 0);
        sized.image = QStringLiteral("tiny");
        auto v = made(lab.demo, sized);
        QVERIFY2(v.ok(), qPrintable(v.error().toString()));
        QVERIFY2(v->status == VolumeStatus::Available, qPrintable(v->fault));
        QCOMPARE(v->sizeGb, qint64(2));
        QVERIFY(v->bootable);
        QCOMPARE(v->imageId, lab.imageId);
        QCOMPARE(v->sourceKind, QStringLiteral("image"));
        bigger.minDiskGb = 0;
        QVERIFY(lab.engine->images().update(lab.admin, QStringLiteral("tiny"), bigger).ok());
        QVERIFY(settle(volumes().remove(lab.demo, v->id), v->id).error().code == ErrorCode::NotFound);
    }

    void quotaRefusesWithHorizonsWords()
    {
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("gigabytes"), 3}}).ok());
        const qint64 before = volumeRows();
        auto v = volumes().create(lab.demo, empty(QStringLiteral("too-big"), 5));
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::QuotaExceeded);
        QVERIFY2(v.error().message.contains(QStringLiteral("A volume of 5 GiB cannot be created as you only have 2 GiB")),
                 qPrintable(v.error().message));
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("gigabytes"), 1000},
                                                                              {QStringLiteral("volumes"), 1}})
                    .ok());
        auto count = volumes().create(lab.demo, empty(QStringLiteral("one-more")));
        QVERIFY(!count.ok());
        QVERIFY(count.error().message.contains(QStringLiteral("all of your available volumes")));
        QCOMPARE(volumeRows(), before);
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("volumes"), 10}}).ok());
    }

    void attachAndDetachFollowTheDomain()
    {
        auto vm = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm-a")));
        QVERIFY2(vm.ok(), qPrintable(vm.error().toString()));
        // Put the volume where the instance runs (host-local type).
        auto local = volumeBeside(*vm, QStringLiteral("here"));
        QVERIFY2(local.ok(), qPrintable(local.error().toString()));
        auto attached = settle(volumes().attach(lab.demo, local->id, vm->id), local->id);
        QVERIFY2(attached.ok(), qPrintable(attached.error().toString()));
        QCOMPARE(attached->status, VolumeStatus::InUse);
        QVERIFY(attached->attachment);
        QCOMPARE(attached->attachment->instanceId, vm->id);
        QCOMPARE(attached->attachment->device, QStringLiteral("/dev/vdb"));
        const QString xml = persistentXml(lab, *vm);
        QVERIFY2(xml.contains(local->id.left(20)), qPrintable(xml));
        QVERIFY(lab.engine->instances().repository().domainXml(vm->id).contains(local->id.left(20)));
        QCOMPARE(volumes().attachedTo(vm->id).size(), 1);

        // In use: no second instance, no delete, no move of the instance.
        auto second = volumes().attach(lab.demo, local->id, vm->id);
        QVERIFY(!second.ok());
        QVERIFY(second.error().message.contains(QStringLiteral("one instance at a time")));
        auto del = volumes().remove(lab.demo, local->id);
        QVERIFY(!del.ok());
        QVERIFY(del.error().message.contains(QStringLiteral("detach it first")));
        MigrateSpec move;
        auto migrate = lab.engine->instances().migrate(lab.demo, vm->id, move);
        QVERIFY(!migrate.ok());
        QVERIFY2(migrate.error().message.contains(QStringLiteral("detach them")), qPrintable(migrate.error().message));

        auto detached = settle(volumes().detach(lab.demo, local->id, vm->id), local->id);
        QVERIFY2(detached.ok(), qPrintable(detached.error().toString()));
        QCOMPARE(detached->status, VolumeStatus::Available);
        QVERIFY(!detached->attachment);
        QVERIFY(!persistentXml(lab, *vm).contains(local->id.left(20)));
        auto notAttached = volumes().detach(lab.demo, local->id, vm->id);
        QVERIFY(!notAttached.ok());
        QVERIFY(notAttached.error().message.contains(QStringLiteral("is not attached")));
    }

    void aHostLocalVolumeDoesNotAttachAcrossHosts()
    {
        auto vm = lab.engine->instances().show(lab.demo, QStringLiteral("vm-a"));
        QVERIFY(vm.ok());
        const QString vmZone = lab.host(vm->hostName).record.availabilityZone;
        VolumeSpec away = empty(QStringLiteral("away"));
        away.availabilityZone = vmZone == QLatin1String("zone-a") ? QStringLiteral("zone-b") : QStringLiteral("zone-a");
        auto far = made(lab.demo, away);
        QVERIFY(far.ok());
        QVERIFY(far->hostId != vm->hostId);
        auto refused = volumes().attach(lab.demo, far->id, vm->id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("shared type")), qPrintable(refused.error().message));
        QCOMPARE(volumes().show(lab.demo, far->id)->status, VolumeStatus::Available);
        QVERIFY(settle(volumes().remove(lab.demo, far->id), far->id).error().code == ErrorCode::NotFound);
    }

    void extendOnlyGrows()
    {
        auto refused = volumes().extend(lab.demo, QStringLiteral("here"), 1);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("only grow")));
        auto grown = settle(volumes().extend(lab.demo, QStringLiteral("here"), 3), volumes().show(lab.demo, QStringLiteral("here"))->id);
        QVERIFY2(grown.ok(), qPrintable(grown.error().toString()));
        QCOMPARE(grown->sizeGb, qint64(3));
        QCOMPARE(grown->status, VolumeStatus::Available);
        QVERIFY(storageExists(lab, grown->hostId, kPool, grown->storageName));
    }

    void snapshotsGuardTheirVolumeAndMakeNewOnes()
    {
        auto here = volumes().show(lab.demo, QStringLiteral("here"));
        auto snap = volumes().createSnapshot(lab.demo, here->id, QStringLiteral("snap-1"));
        QVERIFY2(snap.ok(), qPrintable(snap.error().toString()));
        QVERIFY(QTest::qWaitFor([&] { return volumes().showSnapshot(lab.demo, snap->id)->status == CopyStatus::Available; }, 10000));
        QCOMPARE(volumes().showSnapshot(lab.demo, QStringLiteral("snap-1"))->sizeGb, qint64(3));
        QVERIFY(storageExists(lab, here->hostId, kPool, QStringLiteral("snapshot-") + snap->id));

        auto del = volumes().remove(lab.demo, here->id);
        QVERIFY(!del.ok());
        QVERIFY2(del.error().message.contains(QStringLiteral("snapshot")), qPrintable(del.error().message));

        VolumeSpec fromSnap = empty(QStringLiteral("from-snap"), 2);
        fromSnap.snapshot = QStringLiteral("snap-1");
        auto tooSmall = volumes().create(lab.demo, fromSnap);
        QVERIFY(!tooSmall.ok());
        QVERIFY(tooSmall.error().message.contains(QStringLiteral("smaller")));
        fromSnap.sizeGb = 0;
        auto copy = made(lab.demo, fromSnap);
        QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
        QCOMPARE(copy->status, VolumeStatus::Available);
        QCOMPARE(copy->sizeGb, qint64(3));
        QCOMPARE(copy->hostId, here->hostId);
        QCOMPARE(copy->sourceKind, QStringLiteral("snapshot"));

        VolumeSpec clone = empty(QStringLiteral("clone"), 0);
        clone.sourceVolume = QStringLiteral("from-snap");
        auto cloned = made(lab.demo, clone);
        QVERIFY(cloned.ok());
        QCOMPARE(cloned->sourceId, copy->id);

        auto gone = volumes().removeSnapshot(lab.demo, QStringLiteral("snap-1"));
        QVERIFY(gone.ok());
        QVERIFY(lab.engine->tasks().wait(*gone).ok());
        QCOMPARE(volumes().showSnapshot(lab.demo, snap->id).error().code, ErrorCode::NotFound);
        QVERIFY(!storageExists(lab, here->hostId, kPool, QStringLiteral("snapshot-") + snap->id));
        for (const QString &name : {QStringLiteral("clone"), QStringLiteral("from-snap")}) {
            auto v = volumes().show(lab.demo, name);
            QCOMPARE(settle(volumes().remove(lab.demo, name), v->id).error().code, ErrorCode::NotFound);
            QVERIFY(!storageExists(lab, v->hostId, kPool, v->storageName));
        }
    }

    void backupsLiveInTheDataDirAndRestore()
    {
        auto b = volumes().createBackup(lab.demo, QStringLiteral("here"), QStringLiteral("nightly"));
        QVERIFY2(b.ok(), qPrintable(b.error().toString()));
        QVERIFY(QTest::qWaitFor([&] { return volumes().showBackup(lab.demo, b->id)->status == CopyStatus::Available; }, 10000));
        const QString file = lab.engine->dataDir().path() + QStringLiteral("/backups/") + b->id + QStringLiteral(".qcow2");
        QVERIFY(QFile::exists(file));
        QCOMPARE(volumes().show(lab.demo, QStringLiteral("here"))->status, VolumeStatus::Available);

        auto small = made(lab.demo, empty(QStringLiteral("small"), 1));
        QVERIFY(small.ok());
        auto refused = volumes().restoreBackup(lab.demo, QStringLiteral("nightly"), QStringLiteral("small"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("at least 3 GiB")));
        QCOMPARE(volumes().show(lab.demo, QStringLiteral("small"))->status, VolumeStatus::Available);

        auto restored = volumes().restoreBackup(lab.demo, QStringLiteral("nightly"), {}, QStringLiteral("restored"));
        QVERIFY2(restored.ok(), qPrintable(restored.error().toString()));
        QCOMPARE(restored->status, VolumeStatus::RestoringBackup);
        auto settled = volumes().waitUntilSettled(restored->id, 20000);
        QCOMPARE(settled->status, VolumeStatus::Available);
        QCOMPARE(settled->sizeGb, qint64(3));
        QCOMPARE(settled->sourceKind, QStringLiteral("backup"));
        QCOMPARE(volumes().showBackup(lab.demo, b->id)->status, CopyStatus::Available);

        auto removed = volumes().removeBackup(lab.demo, QStringLiteral("nightly"));
        QVERIFY(removed.ok());
        QVERIFY(!QFile::exists(file));
        for (const QString &name : {QStringLiteral("small"), QStringLiteral("restored")}) {
            auto v = volumes().show(lab.demo, name);
            QCOMPARE(settle(volumes().remove(lab.demo, name), v->id).error().code, ErrorCode::NotFound);
        }
    }

    void transfersNeedTheKeyAndMoveTheVolume()
    {
        auto t = volumes().createTransfer(lab.demo, QStringLiteral("here"), QStringLiteral("to-admin"));
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QCOMPARE(t->authKey.size(), 16);
        QCOMPARE(volumes().show(lab.demo, QStringLiteral("here"))->status, VolumeStatus::AwaitingTransfer);
        auto listed = volumes().listTransfers(lab.demo);
        QCOMPARE(listed->size(), 1);
        QVERIFY(listed->first().authKey.isEmpty());
        QVERIFY(!volumes().remove(lab.demo, QStringLiteral("here")).ok());

        auto wrong = volumes().acceptTransfer(lab.admin, t->id, QStringLiteral("0000000000000000"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Forbidden);
        QCOMPARE(volumes().show(lab.demo, QStringLiteral("here"))->status, VolumeStatus::AwaitingTransfer);

        auto accepted = volumes().acceptTransfer(lab.admin, t->id, t->authKey);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().toString()));
        QCOMPARE(accepted->projectId, lab.admin.projectId);
        QCOMPARE(accepted->status, VolumeStatus::Available);
        QCOMPARE(volumes().show(lab.demo, accepted->id).error().code, ErrorCode::NotFound);
        QVERIFY(volumes().listTransfers(lab.demo)->isEmpty());
        // A used transfer is gone.
        QCOMPARE(volumes().acceptTransfer(lab.admin, t->id, t->authKey).error().code, ErrorCode::NotFound);
    }

    void cancellingATransferGivesTheVolumeBack()
    {
        auto v = made(lab.demo, empty(QStringLiteral("kept")));
        auto t = volumes().createTransfer(lab.demo, v->id);
        QVERIFY(t.ok());
        QVERIFY(volumes().removeTransfer(lab.demo, t->id).ok());
        QCOMPARE(volumes().show(lab.demo, v->id)->status, VolumeStatus::Available);
    }

    void retypeMovesTheDataToTheOtherPool()
    {
        VolumeTypeSpec fast;
        fast.name = QStringLiteral("fast");
        fast.poolType = PoolType::Dir;
        fast.poolOptions = {{QStringLiteral("path"), QStringLiteral("/srv/fast")}};
        auto created = lab.engine->volumeTypes().create(lab.admin, fast);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        auto v = volumes().show(lab.demo, QStringLiteral("kept"));
        auto never = volumes().retype(lab.demo, v->id, QStringLiteral("fast"), false);
        QVERIFY(!never.ok());
        QVERIFY(never.error().message.contains(QStringLiteral("On Demand")));
        auto moved = settle(volumes().retype(lab.demo, v->id, QStringLiteral("fast"), true), v->id);
        QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
        QCOMPARE(moved->typeName, QStringLiteral("fast"));
        QCOMPARE(moved->status, VolumeStatus::Available);
        QVERIFY(storageExists(lab, v->hostId, QStringLiteral("stackdesk-vt-fast"), v->storageName));
        QVERIFY(!storageExists(lab, v->hostId, kPool, v->storageName));

        auto busy = lab.engine->volumeTypes().remove(lab.admin, QStringLiteral("fast"));
        QVERIFY(!busy.ok());
        QVERIFY(busy.error().message.contains(QStringLiteral("used by 1 volume")));
    }

    void badPoolOptionsNameTheField()
    {
        VolumeTypeSpec bad;
        bad.name = QStringLiteral("bad");
        bad.poolOptions = {{QStringLiteral("path"), QStringLiteral("relative/dir")}};
        auto r = lab.engine->volumeTypes().create(lab.admin, bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("path")), qPrintable(r.error().message));
        bad.name = QStringLiteral("bad name!");
        QVERIFY(!lab.engine->volumeTypes().create(lab.admin, bad).ok());
        QVERIFY(!lab.engine->volumeTypes().create(lab.demo, bad).ok());
        QCOMPARE(lab.engine->volumeTypes().show(lab.admin, QStringLiteral("bad")).error().code, ErrorCode::NotFound);
    }

    void uploadToImageMakesAPrivateImage()
    {
        auto task = volumes().uploadToImage(lab.demo, QStringLiteral("kept"), QStringLiteral("kept-image"), {}, false);
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        auto r = lab.engine->tasks().wait(*task);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const QString imageId = r->toString();
        QVERIFY(QTest::qWaitFor([&] {
            auto i = lab.engine->images().show(lab.demo, imageId);
            return i.ok() && i->status == ImageStatus::Active;
        }, 10000));
        auto image = lab.engine->images().show(lab.demo, imageId);
        QCOMPARE(image->visibility, ImageVisibility::Private);
        QCOMPARE(image->properties.value(QStringLiteral("volume_id")), volumes().show(lab.demo, QStringLiteral("kept"))->id);
        QCOMPARE(volumes().show(lab.demo, QStringLiteral("kept"))->status, VolumeStatus::Available);
    }

    void deletingTheInstanceEndsItsAttachments()
    {
        auto vm = lab.engine->instances().show(lab.demo, QStringLiteral("vm-a"));
        auto data = volumeBeside(*vm, QStringLiteral("last"));
        QVERIFY2(data.ok(), qPrintable(data.error().toString()));
        QVERIFY(settle(volumes().attach(lab.demo, data->id, vm->id), data->id).ok());
        auto task = lab.engine->instances().remove(lab.demo, vm->id);
        QVERIFY(task.ok());
        if (!task->isEmpty())
            QVERIFY(lab.engine->tasks().wait(*task).ok());
        QVERIFY(QTest::qWaitFor([&] { return !volumes().show(lab.demo, data->id)->attachment; }, 10000));
        QCOMPARE(volumes().show(lab.demo, data->id)->status, VolumeStatus::Available);
    }

    void otherProjectsDoNotSeeVolumes()
    {
        auto mine = volumes().list(lab.demo);
        QVERIFY(mine.ok());
        for (const Volume &v : *mine)
            QCOMPARE(v.projectId, lab.demo.projectId);
        auto all = volumes().list(lab.demo, VolumeListFilter{true, {}, {}, {}, {}});
        QCOMPARE(all.error().code, ErrorCode::Forbidden);
        auto adminAll = volumes().list(lab.admin, VolumeListFilter{true, {}, {}, {}, {}});
        QVERIFY(adminAll->size() > mine->size());
        auto status = volumes().list(lab.demo, VolumeListFilter{false, {}, QStringLiteral("bogus"), {}, {}});
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QStringLiteral("in-use")));
    }

    void aNewProcessFindsTheVolumesOnItsSimulatedHosts()
    {
        auto data = volumes().show(lab.demo, QStringLiteral("data"));
        QVERIFY(data.ok());
        const QString path = lab.engine->dataDir().path();
        lab.engine.reset();
        auto again = Engine::open(EngineOptions{path, true, true, {}});
        QVERIFY(again.ok());
        lab.engine = std::move(again).value();
        QVERIFY(lab.engine->hosts().waitUntilSettled(10000));
        QVERIFY(storageExists(lab, data->hostId, kPool, data->storageName));
    }
};

QTEST_GUILESS_MAIN(TestVolumes)
#include "tst_volumes.moc"
