// Boot from volume on the fixture's real libvirtd: the test guest's image is copied into a new volume of a
// dir-pool type in the lab's folder, QEMU boots from that volume (<disk type='volume'> as vda, no overlay in
// the instances pool), the guest sees the volume's id as its root disk's serial, and deleting the instance
// deletes the volume (Delete Volume on Instance Delete) and leaves the pool's folder empty.

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

class TestRealBootVolume : public QObject
{
    Q_OBJECT

private:
    LocalHostLab m_lab;
    virConnectPtr m_conn = nullptr;
    // Its own type name each run: a pool a failed run left cannot be taken for this one's.
    const QString m_typeName = QStringLiteral("it-bfv-%1").arg(QRandomGenerator::global()->generate() % 100000);
    QString m_poolPath;
    QString m_instanceId;

    QString poolName() const { return QStringLiteral("stackdesk-vt-") + m_typeName; }
    QStringList poolFiles() const { return QDir(m_poolPath).entryList(QDir::Files | QDir::Hidden); }
    static QString text(const Error &e) { return e.toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.open();
        if (QTest::currentTestFailed())
            return;
        m_conn = virConnectOpen("qemu:///system");
        QVERIFY2(m_conn, virGetLastErrorMessage());
        m_poolPath = m_lab.vmDir.filePath(QStringLiteral("boot-volumes"));
        QVERIFY(QDir().mkdir(m_poolPath));
        QVERIFY(letQemuIn(m_poolPath));
        VolumeTypeSpec type;
        type.name = m_typeName;
        type.poolType = PoolType::Dir;
        type.poolOptions = {{QStringLiteral("path"), m_poolPath}};
        auto task = m_lab.engine->volumeTypes().create(m_lab.admin, type);
        QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : text(task.error())));
        if (!task->isEmpty())
            QVERIFY(m_lab.engine->tasks().wait(*task).ok());
    }

    void theGuestBootsFromANewVolume()
    {
        m_instanceId = m_lab.launchTestGuest(QStringLiteral("bfv"), QStringLiteral("10.77.31.0/24"), [this](LaunchSpec &s) {
            s.newVolume = true;
            s.newVolumeType = m_typeName;
            s.deleteVolumeOnTermination = true;
        });
        if (QTest::currentTestFailed())
            return;
        auto instance = m_lab.engine->instances().show(m_lab.admin, m_instanceId);
        QVERIFY(instance.ok());
        QVERIFY(!instance->bootVolumeId.isEmpty());
        auto volume = m_lab.engine->volumes().show(m_lab.admin, instance->bootVolumeId);
        QVERIFY(volume.ok());
        QCOMPARE(volume->status, VolumeStatus::InUse);
        QVERIFY(volume->bootIndexZero);
        QCOMPARE(volume->sizeGb, qint64(1)); // the 64 MiB guest image, rounded up to whole GiB
        QCOMPARE(poolFiles(), QStringList{volume->storageName});

        // The running domain boots from the volume; the instances pool holds no root overlay for it.
        virDomainPtr dom = virDomainLookupByName(m_conn, instance->domainName().toUtf8().constData());
        QVERIFY2(dom, virGetLastErrorMessage());
        char *xml = virDomainGetXMLDesc(dom, 0);
        const QString domainXml = QString::fromUtf8(xml);
        free(xml);
        QVERIFY2(domainXml.contains(QStringLiteral("<disk type='volume' device='disk'>")), qPrintable(domainXml));
        QVERIFY2(domainXml.contains(QStringLiteral("pool='%1' volume='%2'").arg(poolName(), volume->storageName)),
                 qPrintable(domainXml));
        QVERIFY(!domainXml.contains(instance->id + QStringLiteral("-disk'")));

        // The guest's root disk is the volume: its serial is the volume's id.
        static const QRegularExpression logRe(QStringLiteral("<log file='([^']+)'"));
        const auto log = logRe.match(domainXml);
        QVERIFY(log.hasMatch());
        GuestConsole console(dom, log.captured(1));
        QVERIFY2(console.open(), qPrintable(console.error()));
        QTRY_VERIFY_WITH_TIMEOUT(console.run(QStringLiteral("echo sd-$((6*7))"), 5000).contains(QLatin1String("sd-42")),
                                 60000);
        const QString serial = console.run(QStringLiteral("cat /sys/block/vda/serial"), 5000);
        QVERIFY2(serial.contains(volume->id.left(20)), qPrintable(serial));
        virDomainFree(dom);
    }

    void deletingTheInstanceDeletesItsVolume()
    {
        QVERIFY(!m_instanceId.isEmpty());
        auto instance = m_lab.engine->instances().show(m_lab.admin, m_instanceId);
        QVERIFY(instance.ok());
        const QString volumeId = instance->bootVolumeId;
        m_lab.removeInstance(m_instanceId);
        m_instanceId.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!m_lab.engine->volumes().show(m_lab.admin, volumeId).ok(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(poolFiles(), QStringList(), 30000);
    }

    void cleanupTestCase()
    {
        m_lab.removeInstance(m_instanceId);
        if (m_lab.engine) {
            if (auto task = m_lab.engine->volumeTypes().remove(m_lab.admin, m_typeName); task.ok() && !task->isEmpty())
                (void)m_lab.engine->tasks().wait(*task);
            QStringList networkIds;
            if (auto net = m_lab.engine->networks().show(m_lab.admin, QStringLiteral("it-bfv-net")))
                networkIds << net->id;
            removeStackDeskLeftovers(m_conn, networkIds);
        }
        if (m_conn) {
            if (virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, poolName().toUtf8().constData())) {
                virStoragePoolDestroy(pool);
                virStoragePoolUndefine(pool);
                virStoragePoolFree(pool);
            }
            virConnectClose(m_conn);
        }
        m_lab.engine.reset();
    }
};

QTEST_GUILESS_MAIN(TestRealBootVolume)
#include "tst_realbootvolume.moc"
