// Rescue/unrescue, rebuild and Create Snapshot on the demo lab's simulated hosts: each action's states
// and task states, the domain libvirt's test driver ends up with, the gates and locks that refuse, and
// bad images and names that change nothing.

#include "computelab.h"

#include "compute/instance/instancerepository.h"
#include "compute/keypairservice.h"
#include "hosts/hostconnection.h"
#include "image/imagecache.h"
#include "tasks/actionlog.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::test;

namespace {

// Asks the instance's host, on its worker, for something libvirt knows.
QString onHost(ComputeLab &lab, const Instance &i, std::function<QString(virConnectPtr)> ask)
{
    HostConnection *connection = lab.engine->hosts().connectionOf(i.hostId);
    TaskSpec task;
    task.title = QStringLiteral("test: ask the host");
    task.action = QStringLiteral("test.ask");
    task.runIn = connection;
    task.work = [connection, ask](TaskControl &) -> Result<QVariant> { return QVariant(ask(connection->connection())); };
    auto r = lab.engine->tasks().wait(lab.engine->tasks().start(lab.admin, std::move(task)));
    return r ? r->toString() : QString();
}

// The domain's XML as libvirt's test driver has it now (empty: no such domain).
QString liveXml(ComputeLab &lab, const Instance &i)
{
    return onHost(lab, i, [name = i.domainName()](virConnectPtr conn) {
        const QByteArray n = name.toUtf8();
        virDomainPtr d = virDomainLookupByName(conn, n.constData());
        if (!d)
            return QString();
        char *xml = virDomainGetXMLDesc(d, 0);
        const QString result = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(d);
        return result;
    });
}

bool volumeExists(ComputeLab &lab, const Instance &i, const QString &suffix)
{
    return onHost(lab, i, [name = i.id + QLatin1Char('-') + suffix](virConnectPtr conn) {
               virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "stackdesk-instances");
               if (!pool)
                   return QString();
               const QByteArray n = name.toUtf8();
               virStorageVolPtr vol = virStorageVolLookupByName(pool, n.constData());
               const bool found = vol != nullptr;
               if (vol)
                   virStorageVolFree(vol);
               virStoragePoolFree(pool);
               return found ? QStringLiteral("yes") : QString();
           })
           == QLatin1String("yes");
}

// "<target dev='vda' .../>" of the disk whose source file ends with suffix; empty when there is none.
QString targetOf(const QString &xml, const QString &suffix)
{
    QXmlStreamReader r(xml);
    bool match = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("disk"))
            match = false;
        else if (r.name() == QLatin1String("source"))
            match = r.attributes().value(QStringLiteral("file")).endsWith(suffix);
        else if (r.name() == QLatin1String("target") && match)
            return r.attributes().value(QStringLiteral("dev")).toString();
    }
    return {};
}

bool logged(ComputeLab &lab, const Instance &i, const QString &action)
{
    auto events = lab.engine->instances().events(lab.admin, i.id);
    return events && std::any_of(events->cbegin(), events->cend(), [&](const ActionLogEntry &e) {
               return e.action == action && e.outcome == QLatin1String("succeeded");
           });
}

// A second public image, to rescue and rebuild from.
QString importImage(ComputeLab &lab, const QString &name, qint64 minRamMb = 0)
{
    const QString file = lab.dir.filePath(name + QStringLiteral(".qcow2"));
    QProcess::execute(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                   QStringLiteral("qcow2"), file, QStringLiteral("32M")});
    ImageSpec spec;
    spec.name = name;
    spec.diskFormat = QStringLiteral("qcow2");
    spec.minRamMb = minRamMb;
    spec.visibility = ImageVisibility::Public;
    spec.sourceFile = file;
    auto image = lab.engine->images().importNow(lab.admin, spec);
    return image ? image->id : QString();
}

Result<Instance> finished(ComputeLab &lab, const Result<QString> &task, const QString &id)
{
    if (!task)
        return task.error();
    if (auto done = lab.engine->tasks().wait(*task); !done)
        return done.error();
    return lab.engine->instances().waitUntilSettled(id, 20000);
}

} // namespace

class TestInstanceLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rescueAndUnrescueRoundTrip()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY2(i.ok(), qPrintable(i.error().toString()));
        const QString ownXml = lab.engine->instances().repository().domainXml(i->id);
        QCOMPARE(targetOf(liveXml(lab, *i), i->id + QStringLiteral("-disk")), QStringLiteral("vda"));

        auto task = lab.engine->instances().rescue(lab.demo, QStringLiteral("vm"), {});
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        QCOMPARE(lab.engine->instances().repository().find(i->id)->taskState, QStringLiteral("rescuing"));
        auto rescued = finished(lab, task, i->id);
        QVERIFY2(rescued.ok(), qPrintable(rescued.error().toString()));
        QCOMPARE(rescued->status(), QStringLiteral("RESCUE"));
        QCOMPARE(rescued->vmState, VmState::Rescued);
        QCOMPARE(rescued->powerState, PowerState::Running);
        QVERIFY(rescued->taskState.isEmpty());
        // Nova's default rescue image: the instance's own.
        QCOMPARE(rescued->rescueImageId, lab.imageId);
        // The rescue domain boots the rescue disk; the root disk is attached second.
        const QString rescueXml = liveXml(lab, *i);
        QCOMPARE(targetOf(rescueXml, i->id + QStringLiteral("-disk.rescue")), QStringLiteral("vda"));
        QCOMPARE(targetOf(rescueXml, i->id + QStringLiteral("-disk")), QStringLiteral("vdb"));
        QVERIFY(rescueXml.contains(QStringLiteral("<boot order='1'/>")));
        QVERIFY(volumeExists(lab, *i, QStringLiteral("disk.rescue")));
        // The instance's own domain XML is kept for the unrescue.
        QCOMPARE(lab.engine->instances().repository().domainXml(i->id), ownXml);
        QVERIFY(logged(lab, *i, QStringLiteral("server.rescue")));

        // Rescued: a second rescue, a rebuild and a snapshot wait for the unrescue.
        auto again = lab.engine->instances().rescue(lab.demo, i->id, {});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("Instance vm is RESCUE: Rescue needs it ACTIVE, SHUTOFF or ERROR"));
        QVERIFY(!lab.engine->instances().createImage(lab.demo, i->id, QStringLiteral("s")).ok());

        task = lab.engine->instances().unrescue(lab.demo, i->id);
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        QCOMPARE(lab.engine->instances().repository().find(i->id)->taskState, QStringLiteral("unrescuing"));
        auto back = finished(lab, task, i->id);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(back->powerState, PowerState::Running);
        QVERIFY(back->rescueImageId.isEmpty());
        const QString restored = liveXml(lab, *i);
        QCOMPARE(targetOf(restored, i->id + QStringLiteral("-disk")), QStringLiteral("vda"));
        QVERIFY(targetOf(restored, QStringLiteral("-disk.rescue")).isEmpty());
        QVERIFY(!restored.contains(QStringLiteral("<boot order")));
        QVERIFY(!volumeExists(lab, *i, QStringLiteral("disk.rescue")));
        QVERIFY(volumeExists(lab, *i, QStringLiteral("disk")));
        QVERIFY(logged(lab, *i, QStringLiteral("server.unrescue")));
    }

    void rescueFromAnotherImageAndFromShutoff()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        const QString other = importImage(lab, QStringLiteral("rescue-cd"));
        QVERIFY(!other.isEmpty());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Stop).ok());
        RescueSpec spec;
        spec.image = QStringLiteral("rescue-cd");
        spec.adminPassword = QStringLiteral("s3cret");
        auto rescued = finished(lab, lab.engine->instances().rescue(lab.demo, i->id, spec), i->id);
        QVERIFY2(rescued.ok(), qPrintable(rescued.error().toString()));
        QCOMPARE(rescued->status(), QStringLiteral("RESCUE"));
        QCOMPARE(rescued->rescueImageId, other);
        // The rescue image was copied into the host's cache for the rescue disk.
        QVERIFY(!lab.engine->imageCache().cachedPath(i->hostId, other).isEmpty());
        // Nova: an unrescue always ends ACTIVE.
        auto back = finished(lab, lab.engine->instances().unrescue(lab.demo, i->id), i->id);
        QVERIFY(back.ok());
        QCOMPARE(back->status(), QStringLiteral("ACTIVE"));
    }

    void gatesNameTheState()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        InstanceService &s = lab.engine->instances();
        auto unrescue = s.unrescue(lab.demo, i->id);
        QVERIFY(!unrescue.ok());
        QCOMPARE(unrescue.error().code, ErrorCode::Conflict);
        QCOMPARE(unrescue.error().message, QStringLiteral("Instance vm is ACTIVE: Unrescue needs it RESCUE"));
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Pause).ok());
        auto rescue = s.rescue(lab.demo, i->id, {});
        QVERIFY(!rescue.ok());
        QCOMPARE(rescue.error().message, QStringLiteral("Instance vm is PAUSED: Rescue needs it ACTIVE, SHUTOFF or ERROR"));
        auto rebuild = s.rebuild(lab.demo, i->id, {});
        QVERIFY(!rebuild.ok());
        QCOMPARE(rebuild.error().message, QStringLiteral("Instance vm is PAUSED: Rebuild needs it ACTIVE, SHUTOFF or ERROR"));
        // A paused instance can be snapshotted (Horizon: ACTIVE, SHUTOFF, PAUSED, SUSPENDED); it stays paused.
        auto paused = finished(lab, s.createImage(lab.demo, i->id, QStringLiteral("paused-snap")), i->id);
        QVERIFY2(paused.ok(), qPrintable(paused.error().toString()));
        QCOMPARE(paused->status(), QStringLiteral("PAUSED"));
        QVERIFY(lab.engine->images().show(lab.demo, QStringLiteral("paused-snap")).ok());
        // Busy: another action waits until the one under way ends.
        auto first = s.createImage(lab.demo, i->id, QStringLiteral("one"));
        QVERIFY(first.ok());
        auto second = s.createImage(lab.demo, i->id, QStringLiteral("two"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().message,
                 QStringLiteral("Instance vm is busy (image_snapshot): Create Snapshot must wait until that ends"));
        QVERIFY(finished(lab, first, i->id).ok());
        QVERIFY(!lab.engine->images().show(lab.demo, QStringLiteral("two")).ok());
    }

    void lockedInstancesRefuse()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        QVERIFY(lab.engine->instances().perform(lab.admin, i->id, InstanceAction::Lock).ok());
        InstanceService &s = lab.engine->instances();
        const QList<std::pair<Result<QString>, QString>> refused = {
            {s.rescue(lab.demo, i->id, {}), QStringLiteral("Rescue")},
            {s.rebuild(lab.demo, i->id, {}), QStringLiteral("Rebuild")},
            {s.createImage(lab.demo, i->id, QStringLiteral("snap")), QStringLiteral("Create Snapshot")},
        };
        for (const auto &[result, label] : refused) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, QStringLiteral("Instance vm is locked: unlock it before %1").arg(label));
        }
        auto now = s.repository().find(i->id);
        QVERIFY(now->taskState.isEmpty());
        QCOMPARE(now->status(), QStringLiteral("ACTIVE"));
        QVERIFY(!lab.engine->images().show(lab.demo, QStringLiteral("snap")).ok());
        // Admins act on locked instances (Nova).
        auto byAdmin = finished(lab, s.rescue(lab.admin, i->id, {}), i->id);
        QVERIFY2(byAdmin.ok(), qPrintable(byAdmin.error().toString()));
        QCOMPARE(byAdmin->status(), QStringLiteral("RESCUE"));
    }

    void badImagesAndNamesChangeNothing()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        QVERIFY(!importImage(lab, QStringLiteral("big-ram"), 4096).isEmpty());
        QVERIFY(!importImage(lab, QStringLiteral("retired")).isEmpty());
        QVERIFY(lab.engine->images().deactivate(lab.admin, QStringLiteral("retired")).ok());
        const qsizetype images = lab.engine->images().list(lab.admin)->size();
        InstanceService &s = lab.engine->instances();

        RescueSpec rescue;
        rescue.image = QStringLiteral("foo");
        auto r = s.rescue(lab.demo, i->id, rescue);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(r.error().message, QStringLiteral("Image 'foo': no such image"));

        RebuildSpec rebuild;
        rebuild.image = QStringLiteral("retired");
        r = s.rebuild(lab.demo, i->id, rebuild);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Image retired is deactivated: only active images can boot"));
        rebuild.image = QStringLiteral("big-ram");
        r = s.rebuild(lab.demo, i->id, rebuild);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("Image big-ram needs at least 4096 MB of RAM; flavor m1.tiny of instance vm has 512 MB"));
        rebuild.image.clear();
        rebuild.name = QStringLiteral("bad\nname");
        r = s.rebuild(lab.demo, i->id, rebuild);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Instance name")), qPrintable(r.error().message));
        rebuild.name.reset();
        rebuild.keyName = QStringLiteral("nokey");
        r = s.rebuild(lab.demo, i->id, rebuild);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Key pair 'nokey': you have no key pair of that name"));

        r = s.createImage(lab.demo, i->id, QString());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Snapshot name")), qPrintable(r.error().message));
        r = s.createImage(lab.demo, i->id, QString(256, QLatin1Char('x')));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Snapshot name")), qPrintable(r.error().message));
        r = s.createImage(lab.demo, i->id, QStringLiteral("snap"), {{QStringLiteral("image_type"), QStringLiteral("x")}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Property 'image_type': a snapshot sets it itself"));
        r = s.createImage(lab.demo, i->id, QStringLiteral("snap"), {{QStringLiteral("bad key"), QStringLiteral("x")}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Property 'bad key'")), qPrintable(r.error().message));

        // Nothing changed: no image, no task state, the same image and name, no fault.
        QCOMPARE(lab.engine->images().list(lab.admin)->size(), images);
        auto now = s.repository().find(i->id);
        QVERIFY(now->taskState.isEmpty());
        QCOMPARE(now->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(now->imageId, lab.imageId);
        QCOMPARE(now->name, QStringLiteral("vm"));
        QCOMPARE(now->fault.code, 0);
    }

    void rebuildFromAnotherImage()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        const QString other = importImage(lab, QStringLiteral("tiny2"));
        QVERIFY(!other.isEmpty());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        RebuildSpec spec;
        spec.image = QStringLiteral("tiny2");
        spec.name = QStringLiteral("vm-new");
        spec.description = QStringLiteral("rebuilt");
        spec.adminPassword = QStringLiteral("pw");
        auto task = lab.engine->instances().rebuild(lab.demo, i->id, spec);
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        QCOMPARE(lab.engine->instances().repository().find(i->id)->taskState, QStringLiteral("rebuilding"));
        auto rebuilt = finished(lab, task, i->id);
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error().toString()));
        QCOMPARE(rebuilt->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(rebuilt->powerState, PowerState::Running);
        QCOMPARE(rebuilt->imageId, other);
        QCOMPARE(rebuilt->imageName, QStringLiteral("tiny2"));
        QCOMPARE(rebuilt->name, QStringLiteral("vm-new"));
        QCOMPARE(rebuilt->description, QStringLiteral("rebuilt"));
        // Same host, same port and address.
        QCOMPARE(rebuilt->hostId, i->hostId);
        QCOMPARE(rebuilt->addresses.size(), 1);
        QCOMPARE(rebuilt->addresses.first().portId, i->addresses.first().portId);
        QCOMPARE(rebuilt->addresses.first().address, i->addresses.first().address);
        // The domain carries the new image and name, in the store and on the host.
        for (const QString &xml : {lab.engine->instances().repository().domainXml(i->id), liveXml(lab, *i)}) {
            QVERIFY2(xml.contains(QStringLiteral("<title>vm-new</title>")), qPrintable(xml));
            QVERIFY(xml.contains(other));
            QVERIFY(!xml.contains(lab.imageId));
            QVERIFY(xml.contains(i->addresses.first().macAddress));
        }
        QVERIFY(logged(lab, *i, QStringLiteral("server.rebuild")));
        // From SHUTOFF too; it ends ACTIVE.
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Stop).ok());
        auto again = finished(lab, lab.engine->instances().rebuild(lab.demo, i->id, {}), i->id);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(again->imageId, other);
    }

    void snapshotBecomesABootableImage()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        auto task = lab.engine->instances().createImage(lab.demo, i->id, QStringLiteral("snap-1"),
                                                        {{QStringLiteral("purpose"), QStringLiteral("test")}});
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        QCOMPARE(lab.engine->instances().repository().find(i->id)->taskState, QStringLiteral("image_snapshot"));
        auto imageId = lab.engine->tasks().wait(*task);
        QVERIFY2(imageId.ok(), qPrintable(imageId.error().toString()));
        auto after = lab.engine->instances().waitUntilSettled(i->id, 20000);
        QVERIFY(after.ok());
        QCOMPARE(after->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(after->powerState, PowerState::Running);
        QCOMPARE(after->fault.code, 0);
        QVERIFY(logged(lab, *i, QStringLiteral("server.createImage")));

        auto image = lab.engine->images().show(lab.demo, imageId->toString());
        QVERIFY2(image.ok(), qPrintable(image.error().toString()));
        QCOMPARE(image->name, QStringLiteral("snap-1"));
        QCOMPARE(image->status, ImageStatus::Active);
        QCOMPARE(image->visibility, ImageVisibility::Private);
        QCOMPARE(image->ownerId, lab.demo.projectId);
        QCOMPARE(image->properties.value(QStringLiteral("image_type")), QStringLiteral("snapshot"));
        QCOMPARE(image->properties.value(QStringLiteral("instance_uuid")), i->id);
        QCOMPARE(image->properties.value(QStringLiteral("base_image_ref")), lab.imageId);
        QCOMPARE(image->properties.value(QStringLiteral("purpose")), QStringLiteral("test"));
        QCOMPARE(image->properties.value(QStringLiteral("user_id")), lab.demo.userId);
        QCOMPARE(image->minDiskGb, 1); // the flavor's root disk
        QCOMPARE(image->minRamMb, 64); // the base image's
        // Simulated host: the data is the base image's (the test driver keeps no disk contents).
        auto base = lab.engine->images().show(lab.demo, lab.imageId);
        QCOMPARE(image->checksum, base->checksum);
        QVERIFY(image->properties.contains(QStringLiteral("stackdesk_snapshot_data")));

        // It is an ordinary image: an instance boots from it.
        LaunchSpec s = lab.spec(QStringLiteral("from-snap"));
        s.image = QStringLiteral("snap-1");
        auto child = lab.launchAndWait(lab.demo, s);
        QVERIFY2(child.ok(), qPrintable(child.error().toString()));
        QCOMPARE(child->status(), QStringLiteral("ACTIVE"));
        QCOMPARE(child->imageId, image->id);

        // A shut-off instance is snapshotted and stays shut off.
        QVERIFY(lab.act(lab.demo, i->id, InstanceAction::Stop).ok());
        auto off = finished(lab, lab.engine->instances().createImage(lab.demo, i->id, QStringLiteral("snap-off")), i->id);
        QVERIFY(off.ok());
        QCOMPARE(off->status(), QStringLiteral("SHUTOFF"));
        QCOMPARE(lab.engine->images().show(lab.demo, QStringLiteral("snap-off"))->status, ImageStatus::Active);
    }

    void adminSnapshotBelongsToTheInstancesProject()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        auto task = lab.engine->instances().createImage(lab.admin, i->id, QStringLiteral("by-admin"));
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        auto imageId = lab.engine->tasks().wait(*task);
        QVERIFY(imageId.ok());
        QVERIFY(lab.engine->instances().waitUntilSettled(i->id, 20000).ok());
        // The demo project sees it as its own private image.
        auto image = lab.engine->images().show(lab.demo, imageId->toString());
        QVERIFY2(image.ok(), qPrintable(image.error().toString()));
        QCOMPARE(image->ownerId, i->projectId);
        QCOMPARE(image->status, ImageStatus::Active);
    }

    void deletedKeyPairDoesNotBlockRescueOrRebuild()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        KeyPairSpec key;
        key.name = QStringLiteral("k1");
        QVERIFY(lab.engine->keyPairs().create(lab.demo, key).ok());
        LaunchSpec s = lab.spec(QStringLiteral("vm"));
        s.keyName = QStringLiteral("k1");
        auto i = lab.launchAndWait(lab.demo, s);
        QVERIFY2(i.ok(), qPrintable(i.error().toString()));
        QVERIFY(lab.engine->keyPairs().remove(lab.demo, QStringLiteral("k1")).ok());
        // The key the instance was launched with is gone: the new seed goes without it.
        auto rescued = finished(lab, lab.engine->instances().rescue(lab.demo, i->id, {}), i->id);
        QVERIFY2(rescued.ok(), qPrintable(rescued.error().toString()));
        QCOMPARE(rescued->status(), QStringLiteral("RESCUE"));
        QVERIFY(finished(lab, lab.engine->instances().unrescue(lab.demo, i->id), i->id).ok());
        auto rebuilt = finished(lab, lab.engine->instances().rebuild(lab.demo, i->id, {}), i->id);
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error().toString()));
        QCOMPARE(rebuilt->keyName, QStringLiteral("k1"));
        // A key asked for now must exist; --no-key-name clears it.
        RebuildSpec spec;
        spec.keyName = QStringLiteral("k1");
        QVERIFY(!lab.engine->instances().rebuild(lab.demo, i->id, spec).ok());
        spec.keyName = QString();
        auto cleared = finished(lab, lab.engine->instances().rebuild(lab.demo, i->id, spec), i->id);
        QVERIFY(cleared.ok());
        QVERIFY(cleared->keyName.isEmpty());
    }

    void failedSnapshotLeavesNoImage()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        auto i = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("vm")));
        QVERIFY(i.ok());
        // On a simulated host the snapshot's data is the base image's: break that file (a qcow2 magic and
        // nothing else), so the upload's check by qemu-img fails after the image row was made.
        QFile data(*lab.engine->images().dataPath(lab.admin, lab.imageId));
        QVERIFY(data.open(QIODevice::WriteOnly | QIODevice::Truncate));
        data.write(QByteArray("QFI\xfb", 4) + QByteArray(60, '\0'));
        data.close();
        const qsizetype images = lab.engine->images().list(lab.admin)->size();
        auto task = lab.engine->instances().createImage(lab.demo, i->id, QStringLiteral("broken"));
        QVERIFY2(task.ok(), qPrintable(task.error().toString()));
        QVERIFY(lab.engine->tasks().wait(*task).ok());
        auto after = lab.engine->instances().waitUntilSettled(i->id, 20000);
        QVERIFY(after.ok());
        // Back as it was, with the reason as its fault; no half image stays.
        QCOMPARE(after->status(), QStringLiteral("ACTIVE"));
        QVERIFY(after->taskState.isEmpty());
        QCOMPARE(after->fault.code, 500);
        QVERIFY(!after->fault.message.isEmpty());
        QCOMPARE(lab.engine->images().show(lab.demo, QStringLiteral("broken")).error().code, ErrorCode::NotFound);
        QCOMPARE(lab.engine->images().list(lab.admin)->size(), images);
    }
};

QTEST_GUILESS_MAIN(TestInstanceLifecycle)
#include "tst_instancelifecycle.moc"
