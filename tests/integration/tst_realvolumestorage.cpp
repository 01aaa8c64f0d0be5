// VolumeStorage on the fixture's real libvirtd (qemu:///system): a dir pool on a missing folder refused
// with the folder's name, one on a real folder made and probed; a volume copied from a qcow2 in the pool
// and grown to 1 GiB by qemu-img through libvirt; a resize; a download into a file and an upload back,
// byte for byte; and the volume hot-plugged into a running test guest, seen by the guest's kernel, and
// unplugged again.

#include "guestconsole.h"
#include "volume/volumestorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>

using namespace sd;
using namespace sd::it;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;
const QString kHost = QStringLiteral("local");

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QString domainXml(virDomainPtr dom, unsigned int flags)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return text;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestRealVolumeStorage : public QObject
{
    Q_OBJECT

    // qemu runs as libvirt-qemu: the pool's folder must be one it can enter.
    QTemporaryDir m_dir{QStringLiteral("/tmp/sd-it-XXXXXX")};
    virConnectPtr m_conn = nullptr;
    VolumeType m_type;
    StorageRef m_source;
    StorageRef m_copy;
    virDomainPtr m_domain = nullptr;
    std::unique_ptr<GuestConsole> m_console;

    QString poolPath() const { return m_dir.filePath(QStringLiteral("pool")); }
    QString volumePath(const StorageRef &ref) const { return poolPath() + QLatin1Char('/') + ref.volume; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(letQemuIn(m_dir.path()));
        QVERIFY(QDir().mkdir(poolPath()));
        QVERIFY(letQemuIn(poolPath()));
        m_conn = virConnectOpen("qemu:///system");
        QVERIFY2(m_conn, virGetLastErrorMessage());
        m_type.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_type.name = QStringLiteral("it-vs-") + m_type.id.left(8);
        m_type.poolType = PoolType::Dir;
        m_type.poolOptions = {{QStringLiteral("path"), poolPath()}};
    }

    void aMissingFolderIsRefusedByName()
    {
        VolumeType missing = m_type;
        missing.name = m_type.name + QStringLiteral("-missing");
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder"));
        missing.poolOptions = {{QStringLiteral("path"), path}};
        auto pool = VolumeStorage::ensurePool(m_conn, missing, kHost, false);
        QVERIFY(!pool.ok());
        QCOMPARE(pool.error().message,
                 QStringLiteral("Volume type %1: pool path %2 does not exist on host local")
                     .arg(missing.name, path));
        // Not left defined, and the folder was not made.
        QVERIFY(!virStoragePoolLookupByName(m_conn, missing.poolName().toUtf8().constData()));
        QVERIFY(!QFile::exists(path));
    }

    void aRealFolderBecomesAWritablePool()
    {
        auto pool = VolumeStorage::ensurePool(m_conn, m_type, kHost, false);
        QVERIFY2(pool.ok(), qPrintable(pool.error().message));
        QCOMPARE(virStoragePoolIsActive(pool->get()), 1);
        // The probe is gone.
        QCOMPARE(QDir(poolPath()).entryList(QDir::Files), QStringList());
        QVERIFY(VolumeStorage::ensurePool(m_conn, m_type, kHost, false).ok());
    }

    void aCopyOfAQcow2IsGrownToTheAskedSize()
    {
        // The test guest as a qcow2 file put into the pool behind libvirt's back: ensurePool refreshes.
        m_source = {m_type.poolName(), QStringLiteral("guest-source.qcow2"), QStringLiteral("qcow2")};
        QVERIFY(run(QStringLiteral("qemu-img"),
                    {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"),
                     env("STACKDESK_TEST_GUEST"), volumePath(m_source)}));
        QVERIFY(VolumeStorage::ensurePool(m_conn, m_type, kHost, false).ok());
        auto sourceSize = VolumeStorage::capacity(m_conn, m_source);
        QVERIFY2(sourceSize.ok(), qPrintable(sourceSize.error().message));
        QVERIFY(*sourceSize < kGiB);

        QList<qint64> progress;
        auto copy = VolumeStorage::createFrom(m_conn, m_type, QStringLiteral("volume-copy"), kGiB, m_source,
                                              false, [&](qint64 done, qint64) {
                                                  progress << done;
                                                  return true;
                                              });
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        m_copy = *copy;
        QCOMPARE(m_copy.format, QStringLiteral("qcow2"));
        QCOMPARE(*VolumeStorage::capacity(m_conn, m_copy), kGiB);
        QCOMPARE(progress, (QList<qint64>{0, kGiB}));
        // The guest's bytes, in a qcow2 that says 1 GiB.
        QVERIFY(run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-q"),
                                                 env("STACKDESK_TEST_GUEST"), volumePath(m_copy)}));
        QProcess info;
        info.start(QStringLiteral("qemu-img"),
                   {QStringLiteral("info"), QStringLiteral("--output=json"), volumePath(m_copy)});
        QVERIFY(info.waitForFinished());
        const QByteArray json = info.readAllStandardOutput();
        QVERIFY2(json.contains("\"format\": \"qcow2\""), json.constData());
        QVERIFY2(json.contains("\"virtual-size\": 1073741824"), json.constData());
    }

    void aVolumeGrows()
    {
        QVERIFY(!m_copy.volume.isEmpty());
        QVERIFY(VolumeStorage::resize(m_conn, m_copy, kGiB + kGiB / 2, false).ok());
        QCOMPARE(*VolumeStorage::capacity(m_conn, m_copy), kGiB + kGiB / 2);
    }

    void aDownloadAndAnUploadKeepEveryByte()
    {
        QVERIFY(!m_copy.volume.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("backup.qcow2"));
        qint64 lastDone = 0, lastTotal = 0;
        auto got = VolumeStorage::download(m_conn, m_copy, file, false, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(got.ok(), qPrintable(got.error().message));
        QCOMPARE(*got, QFileInfo(volumePath(m_copy)).size());
        QCOMPARE(lastDone, *got);
        QVERIFY(lastTotal >= lastDone);
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QCOMPARE(sha256(file), sha256(volumePath(m_copy)));

        auto back = VolumeStorage::createEmpty(m_conn, m_type, QStringLiteral("volume-restored"), kGiB);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        auto sent = VolumeStorage::upload(m_conn, *back, file, false);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QCOMPARE(sha256(volumePath(*back)), sha256(file));
        QVERIFY(run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-q"),
                                                 volumePath(*back), volumePath(m_copy)}));
        QVERIFY(VolumeStorage::remove(m_conn, *back).ok());
        QVERIFY(!QFile::exists(volumePath(*back)));
    }

    void aVolumeIsHotPluggedIntoARunningGuestAndUnpluggedAgain()
    {
        const QString base = m_dir.filePath(QStringLiteral("test-guest.img"));
        QVERIFY(QFile::copy(env("STACKDESK_TEST_GUEST"), base));
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString serialLog = m_dir.filePath(QStringLiteral("serial.log"));
        const QString overlay = m_dir.filePath(QStringLiteral("root.qcow2"));
        QVERIFY(makeOverlay(base, overlay));
        // Persistent, so the attach goes into its definition as well as live.
        m_domain =
            virDomainDefineXML(m_conn, testGuestDomainXml(uuid, overlay, serialLog).toUtf8().constData());
        QVERIFY2(m_domain, virGetLastErrorMessage());
        QVERIFY2(virDomainCreate(m_domain) == 0, virGetLastErrorMessage());
        m_console = std::make_unique<GuestConsole>(m_domain, serialLog);
        QVERIFY2(m_console->waitFor(QLatin1String(GuestConsole::kPrompt), 180000),
                 qPrintable(m_console->text().right(2000)));
        QVERIFY2(m_console->open(), qPrintable(m_console->error()));
        QVERIFY(!m_console->run(QStringLiteral("ls /sys/block")).contains(QLatin1String("vdb")));

        auto empty = VolumeStorage::createEmpty(m_conn, m_type, QStringLiteral("volume-attach"), kGiB);
        QVERIFY2(empty.ok(), qPrintable(empty.error().message));
        const QString name = QString::fromUtf8(virDomainGetName(m_domain));
        const QString serial = QStringLiteral("vol-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString tag = QStringLiteral("<serial>%1</serial>").arg(serial.left(20));
        auto device = VolumeStorage::attach(m_conn, name, *empty, QString(), serial, false);
        QVERIFY2(device.ok(), qPrintable(device.error().message));
        QCOMPARE(*device, QStringLiteral("vdb"));
        QVERIFY(domainXml(m_domain, 0).contains(tag));
        QVERIFY(domainXml(m_domain, VIR_DOMAIN_XML_INACTIVE).contains(tag));
        // The guest's kernel sees the new disk, 1 GiB (in 512-byte sectors).
        QString size;
        QTRY_VERIFY_WITH_TIMEOUT((size = m_console->run(QStringLiteral("cat /sys/block/vdb/size")))
                                     .contains(QLatin1String("2097152")),
                                 30000);
        QVERIFY2(m_console->run(QStringLiteral("cat /sys/block/vdb/serial")).contains(serial.left(20)),
                 qPrintable(size));

        QVERIFY2(VolumeStorage::blockResize(m_conn, name, *device, 2 * kGiB).ok(), virGetLastErrorMessage());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console->run(QStringLiteral("cat /sys/block/vdb/size")).contains(QLatin1String("4194304")),
            30000);
        QCOMPARE(*VolumeStorage::capacity(m_conn, *empty), 2 * kGiB);

        auto detached = VolumeStorage::detach(m_conn, name, serial, false);
        QVERIFY2(detached.ok(), qPrintable(detached.error().message));
        QVERIFY(!domainXml(m_domain, 0).contains(tag));
        QVERIFY(!domainXml(m_domain, VIR_DOMAIN_XML_INACTIVE).contains(tag));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_console->run(QStringLiteral("ls /sys/block")).contains(QLatin1String("vdb")), 30000);
        // Gone already: fine.
        QVERIFY(VolumeStorage::detach(m_conn, name, serial, false).ok());
        QVERIFY(VolumeStorage::remove(m_conn, *empty).ok());
    }

    void cleanupTestCase()
    {
        m_console.reset();
        if (m_domain) {
            virDomainDestroy(m_domain);
            virDomainUndefine(m_domain);
            virDomainFree(m_domain);
        }
        if (!m_conn)
            return;
        if (virStoragePoolPtr pool =
                virStoragePoolLookupByName(m_conn, m_type.poolName().toUtf8().constData())) {
            virStoragePoolRefresh(pool, 0);
            virStorageVolPtr *vols = nullptr;
            const int n = virStoragePoolListAllVolumes(pool, &vols, 0);
            for (int i = 0; i < n; ++i) {
                virStorageVolDelete(vols[i], 0);
                virStorageVolFree(vols[i]);
            }
            free(vols);
            virStoragePoolFree(pool);
        }
        QVERIFY(VolumeStorage::removePool(m_conn, m_type).ok());
        virConnectClose(m_conn);
    }
};

QTEST_GUILESS_MAIN(TestRealVolumeStorage)
#include "tst_realvolumestorage.moc"
