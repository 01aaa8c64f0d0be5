// The host side of block storage on libvirt's test driver: each pool type's XML read back field by field,
// every pool option refusal naming its field, pools made once, volumes made, copied, grown and removed,
// device names picked, and disks added to and removed from a simulated domain's definition.

#include "volume/volumestorage.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>

using namespace sd;

namespace {

using Options = QMap<QString, QString>;

VolumeType makeType(const QString &name, PoolType poolType, const Options &options)
{
    VolumeType t;
    t.id = name + QStringLiteral("-id");
    t.name = name;
    t.poolType = poolType;
    t.poolOptions = options;
    return t;
}

// Element paths ("source/host@name") to their values, enough to check a pool XML without string compares.
QMultiMap<QString, QString> fieldsOf(const QString &xml)
{
    QMultiMap<QString, QString> fields;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path << r.name().toString();
            const QString here = path.mid(1).join(QLatin1Char('/'));
            for (const QXmlStreamAttribute &a : r.attributes())
                fields.insert(here + QLatin1Char('@') + a.name().toString(), a.value().toString());
        } else if (r.isCharacters() && !r.isWhitespace()) {
            fields.insert(path.mid(1).join(QLatin1Char('/')), r.text().toString());
        } else if (r.isEndElement()) {
            path.removeLast();
        }
    }
    return fields;
}

QString domainXml(virDomainPtr dom, unsigned int flags)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return text;
}

QString domainWithDisks(const QStringList &targets)
{
    QString disks;
    for (const QString &t : targets)
        disks += QStringLiteral("<disk type='file' device='disk'><source file='/x/%1'/><target dev='%1' "
                                "bus='virtio'/></disk>")
                     .arg(t);
    return QStringLiteral("<domain type='test'><name>d</name><devices>%1</devices></domain>").arg(disks);
}

} // namespace

class TestVolumeStorage : public QObject
{
    Q_OBJECT

    virConnectPtr m_conn = nullptr;

    StoragePoolHandle pool(const QString &name)
    {
        const QByteArray n = name.toUtf8();
        return StoragePoolHandle(virStoragePoolLookupByName(m_conn, n.constData()));
    }

    bool volumeExists(const StorageRef &ref)
    {
        StoragePoolHandle p = pool(ref.pool);
        const QByteArray n = ref.volume.toUtf8();
        return p && StorageVolHandle(virStorageVolLookupByName(p.get(), n.constData()));
    }

    VolumeType dirType(const QString &name)
    {
        return makeType(name, PoolType::Dir,
                        {{QStringLiteral("path"), QStringLiteral("/var/lib/sd-") + name}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = virConnectOpen("test:///default");
        QVERIFY(m_conn);
    }

    void cleanupTestCase()
    {
        if (m_conn)
            virConnectClose(m_conn);
    }

    void enumsReadBackTheirNames()
    {
        for (VolumeStatus s : allVolumeStatuses())
            QCOMPARE(volumeStatusFromName(volumeStatusName(s)), std::optional<VolumeStatus>(s));
        QCOMPARE(volumeStatusName(VolumeStatus::InUse), QStringLiteral("in-use"));
        QCOMPARE(volumeStatusName(VolumeStatus::ErrorDeleting), QStringLiteral("error_deleting"));
        QVERIFY(!volumeStatusFromName(QStringLiteral("in_use")));
        QVERIFY(isTransitional(VolumeStatus::Attaching));
        QVERIFY(!isTransitional(VolumeStatus::Available));
        QCOMPARE(copyStatusFromName(QStringLiteral("error_deleting")),
                 std::optional<CopyStatus>(CopyStatus::ErrorDeleting));
        QCOMPARE(poolTypeNames(), (QStringList{"dir", "logical", "netfs", "iscsi", "rbd"}));
        for (const QString &n : poolTypeNames())
            QCOMPARE(poolTypeName(*poolTypeFromName(n)), n);
        QVERIFY(isSharedPoolType(PoolType::Rbd) && isSharedPoolType(PoolType::Netfs) &&
                isSharedPoolType(PoolType::Iscsi));
        QVERIFY(!isSharedPoolType(PoolType::Dir) && !isSharedPoolType(PoolType::Logical));
        QCOMPARE(volumeFormatFor(PoolType::Netfs), QStringLiteral("qcow2"));
        QCOMPARE(volumeFormatFor(PoolType::Logical), QStringLiteral("raw"));
    }

    void dirPoolXml()
    {
        const auto f = fieldsOf(VolumeStorage::poolXml(dirType(QStringLiteral("fast"))));
        QCOMPARE(f.value(QStringLiteral("@type")), QStringLiteral("dir"));
        QCOMPARE(f.value(QStringLiteral("name")), QStringLiteral("stackdesk-vt-fast"));
        QCOMPARE(f.value(QStringLiteral("target/path")), QStringLiteral("/var/lib/sd-fast"));
        QVERIFY(!f.contains(QStringLiteral("source/host@name")));
    }

    void netfsPoolXml()
    {
        const auto t = makeType(
            QStringLiteral("nfs"), PoolType::Netfs,
            {{"source_host", "nas.example.org"}, {"source_path", "/export/vols"}, {"path", "/mnt/vols"}});
        const auto f = fieldsOf(VolumeStorage::poolXml(t));
        QCOMPARE(f.value(QStringLiteral("@type")), QStringLiteral("netfs"));
        QCOMPARE(f.value(QStringLiteral("source/host@name")), QStringLiteral("nas.example.org"));
        QCOMPARE(f.value(QStringLiteral("source/dir@path")), QStringLiteral("/export/vols"));
        QCOMPARE(f.value(QStringLiteral("source/format@type")), QStringLiteral("nfs"));
        QCOMPARE(f.value(QStringLiteral("target/path")), QStringLiteral("/mnt/vols"));
    }

    void logicalPoolXml()
    {
        auto t = makeType(QStringLiteral("lvm"), PoolType::Logical, {{"source_name", "vg0"}});
        auto f = fieldsOf(VolumeStorage::poolXml(t));
        QCOMPARE(f.value(QStringLiteral("@type")), QStringLiteral("logical"));
        QCOMPARE(f.value(QStringLiteral("source/name")), QStringLiteral("vg0"));
        QCOMPARE(f.value(QStringLiteral("target/path")), QStringLiteral("/dev/vg0"));
        QVERIFY(!f.contains(QStringLiteral("source/device@path")));
        t.poolOptions[QStringLiteral("source_device")] = QStringLiteral("/dev/sdb");
        t.poolOptions[QStringLiteral("path")] = QStringLiteral("/dev/mapper");
        f = fieldsOf(VolumeStorage::poolXml(t));
        QCOMPARE(f.value(QStringLiteral("source/device@path")), QStringLiteral("/dev/sdb"));
        QCOMPARE(f.value(QStringLiteral("target/path")), QStringLiteral("/dev/mapper"));
    }

    void iscsiPoolXml()
    {
        auto t = makeType(
            QStringLiteral("san"), PoolType::Iscsi,
            {{"source_host", "10.0.0.5"}, {"iqn", "iqn.2004-01.org.example:disk1"}, {"port", "3261"}});
        const auto f = fieldsOf(VolumeStorage::poolXml(t));
        QCOMPARE(f.value(QStringLiteral("@type")), QStringLiteral("iscsi"));
        QCOMPARE(f.value(QStringLiteral("source/host@name")), QStringLiteral("10.0.0.5"));
        QCOMPARE(f.value(QStringLiteral("source/host@port")), QStringLiteral("3261"));
        QCOMPARE(f.value(QStringLiteral("source/device@path")),
                 QStringLiteral("iqn.2004-01.org.example:disk1"));
        QCOMPARE(f.value(QStringLiteral("target/path")), QStringLiteral("/dev/disk/by-path"));
    }

    void rbdPoolXml()
    {
        const QString uuid = QStringLiteral("2a5b08e2-3f4c-4a0e-9d0c-8c7d2f1a6b11");
        auto t = makeType(QStringLiteral("ceph"), PoolType::Rbd,
                          {{"source_host", "mon1, mon2:6790"},
                           {"source_name", "volumes"},
                           {"auth_username", "cinder"},
                           {"secret_uuid", uuid}});
        const auto f = fieldsOf(VolumeStorage::poolXml(t));
        QCOMPARE(f.value(QStringLiteral("@type")), QStringLiteral("rbd"));
        QCOMPARE(f.value(QStringLiteral("source/name")), QStringLiteral("volumes"));
        QCOMPARE(f.values(QStringLiteral("source/host@name")).size(), 2);
        QVERIFY(f.values(QStringLiteral("source/host@name")).contains(QStringLiteral("mon1")));
        QVERIFY(f.values(QStringLiteral("source/host@name")).contains(QStringLiteral("mon2")));
        QCOMPARE(f.value(QStringLiteral("source/host@port")), QStringLiteral("6790"));
        QCOMPARE(f.value(QStringLiteral("source/auth@username")), QStringLiteral("cinder"));
        QCOMPARE(f.value(QStringLiteral("source/auth@type")), QStringLiteral("ceph"));
        QCOMPARE(f.value(QStringLiteral("source/auth/secret@uuid")), uuid);
        QVERIFY(!f.contains(QStringLiteral("target/path")));
    }

    void poolXmlEscapesWhatWasTyped()
    {
        const auto t = makeType(QStringLiteral("odd"), PoolType::Dir, {{"path", "/srv/a<b>&'c"}});
        QCOMPARE(fieldsOf(VolumeStorage::poolXml(t)).value(QStringLiteral("target/path")),
                 QStringLiteral("/srv/a<b>&'c"));
    }

    void validOptionsPass_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<Options>("options");
        QTest::newRow("dir") << int(PoolType::Dir) << Options{{"path", "/srv/volumes"}};
        QTest::newRow("netfs") << int(PoolType::Netfs)
                               << Options{{"source_host", "nas"},
                                          {"source_path", "/e"},
                                          {"path", "/m"},
                                          {"format", "cifs"}};
        QTest::newRow("logical") << int(PoolType::Logical) << Options{{"source_name", "vg_data"}};
        QTest::newRow("iscsi ipv6") << int(PoolType::Iscsi)
                                    << Options{{"source_host", "fd00::5"},
                                               {"iqn", "iqn.2010-10.org.openstack:vol"}};
        QTest::newRow("rbd no auth") << int(PoolType::Rbd)
                                     << Options{{"source_host", "10.1.1.1:6789,mon-b"},
                                                {"source_name", "rbd"}};
    }

    void validOptionsPass()
    {
        QFETCH(int, type);
        QFETCH(Options, options);
        const auto r = VolumeStorage::validatePoolOptions(PoolType(type), options);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }

    void badOptionsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<Options>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative path")
            << int(PoolType::Dir) << Options{{"path", "relative/dir"}}
            << QStringLiteral("Pool option path: relative/dir is not an absolute path");
        QTest::newRow("dir path missing") << int(PoolType::Dir) << Options{}
                                          << QStringLiteral("Pool option path is required for pool type dir");
        QTest::newRow("unknown key") << int(PoolType::Dir) << Options{{"path", "/a"}, {"pth", "/b"}}
                                     << QStringLiteral(
                                            "Pool option pth is unknown for pool type dir; it takes: path");
        QTest::newRow("netfs unknown")
            << int(PoolType::Netfs) << Options{{"iqn", "x"}}
            << QStringLiteral("Pool option iqn is unknown for pool type netfs; it takes: "
                              "source_host, source_path, path, format");
        QTest::newRow("netfs host")
            << int(PoolType::Netfs)
            << Options{{"source_host", "nas_1!"}, {"source_path", "/e"}, {"path", "/m"}}
            << QStringLiteral("Pool option source_host: nas_1! is not a host name or address");
        QTest::newRow("netfs source path")
            << int(PoolType::Netfs) << Options{{"source_host", "nas"}, {"source_path", "e"}, {"path", "/m"}}
            << QStringLiteral("Pool option source_path: e is not an absolute path");
        QTest::newRow("netfs mount missing")
            << int(PoolType::Netfs) << Options{{"source_host", "nas"}, {"source_path", "/e"}}
            << QStringLiteral("Pool option path is required for pool type netfs");
        QTest::newRow("netfs format")
            << int(PoolType::Netfs)
            << Options{{"source_host", "nas"}, {"source_path", "/e"}, {"path", "/m"}, {"format", "ext4"}}
            << QStringLiteral("Pool option format: ext4 is not nfs, cifs or glusterfs");
        QTest::newRow("vg name") << int(PoolType::Logical) << Options{{"source_name", "../vg"}}
                                 << QStringLiteral("Pool option source_name: ../vg is not a valid name");
        QTest::newRow("vg device") << int(PoolType::Logical)
                                   << Options{{"source_name", "vg"}, {"source_device", "sdb"}}
                                   << QStringLiteral(
                                          "Pool option source_device: sdb is not an absolute path");
        QTest::newRow("iqn") << int(PoolType::Iscsi) << Options{{"source_host", "san"}, {"iqn", "disk1"}}
                             << QStringLiteral("Pool option iqn: disk1 is not an iSCSI qualified name");
        QTest::newRow("iqn missing") << int(PoolType::Iscsi) << Options{{"source_host", "san"}}
                                     << QStringLiteral("Pool option iqn is required for pool type iscsi");
        QTest::newRow("port") << int(PoolType::Iscsi)
                              << Options{{"source_host", "san"},
                                         {"iqn", "iqn.2004-01.org.x:a"},
                                         {"port", "70000"}}
                              << QStringLiteral("Pool option port: 70000 is not a port from 1 to 65535");
        QTest::newRow("empty optional")
            << int(PoolType::Iscsi)
            << Options{{"source_host", "san"}, {"iqn", "iqn.2004-01.org.x:a"}, {"port", ""}}
            << QStringLiteral("Pool option port is empty");
        QTest::newRow("rbd hosts") << int(PoolType::Rbd)
                                   << Options{{"source_host", "mon1,mon 2"}, {"source_name", "p"}}
                                   << QStringLiteral(
                                          "Pool option source_host: mon 2 is not a host name or address");
        QTest::newRow("rbd host port")
            << int(PoolType::Rbd) << Options{{"source_host", "mon1:0"}, {"source_name", "p"}}
            << QStringLiteral("Pool option source_host: mon1:0 is not a host name or address");
        QTest::newRow("secret uuid") << int(PoolType::Rbd)
                                     << Options{{"source_host", "mon1"},
                                                {"source_name", "p"},
                                                {"auth_username", "u"},
                                                {"secret_uuid", "not-a-uuid"}}
                                     << QStringLiteral("Pool option secret_uuid: not-a-uuid is not a UUID");
        QTest::newRow("user without secret")
            << int(PoolType::Rbd)
            << Options{{"source_host", "mon1"}, {"source_name", "p"}, {"auth_username", "u"}}
            << QStringLiteral("Pool options auth_username and secret_uuid go together: "
                              "secret_uuid is missing");
    }

    void badOptionsAreRefusedNamingTheField()
    {
        QFETCH(int, type);
        QFETCH(Options, options);
        QFETCH(QString, message);
        const auto r = VolumeStorage::validatePoolOptions(PoolType(type), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
    }

    void everyRequiredOptionIsListed()
    {
        for (const QString &n : poolTypeNames()) {
            const PoolType t = *poolTypeFromName(n);
            const auto options = VolumeStorage::poolOptions(t);
            QVERIFY(!options.isEmpty());
            for (const auto &o : options) {
                QVERIFY(o.description && *o.description);
                if (!o.required)
                    continue;
                Options without;
                // Only this one required option missing: its refusal must name it.
                for (const auto &other : options)
                    if (other.required && QLatin1String(other.key) != QLatin1String(o.key))
                        without.insert(QLatin1String(other.key), QStringLiteral("x"));
                const auto r = VolumeStorage::validatePoolOptions(t, without);
                QVERIFY(!r.ok());
                QVERIFY2(r.error().message.contains(QLatin1String(o.key)), qPrintable(r.error().message));
            }
        }
    }

    void ensurePoolIsIdempotent()
    {
        const VolumeType t = dirType(QStringLiteral("idem"));
        auto first = VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(virStoragePoolIsActive(first->get()), 1);
        // The probe volume is gone again.
        QCOMPARE(virStoragePoolNumOfVolumes(first->get()), 0);
        int autostart = 0;
        QCOMPARE(virStoragePoolGetAutostart(first->get(), &autostart), 0);
        QCOMPARE(autostart, 1);
        auto second = VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(QString::fromUtf8(virStoragePoolGetName(second->get())), t.poolName());
        // Stopped behind StackDesk's back: started again.
        QCOMPARE(virStoragePoolDestroy(second->get()), 0);
        auto third = VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true);
        QVERIFY(third.ok());
        QCOMPARE(virStoragePoolIsActive(third->get()), 1);
        QVERIFY(VolumeStorage::removePool(m_conn, t).ok());
        QVERIFY(!pool(t.poolName()));
        // Gone already: fine.
        QVERIFY(VolumeStorage::removePool(m_conn, t).ok());
    }

    void ensurePoolRefusesBadOptionsBeforeTouchingTheHost()
    {
        const VolumeType t = makeType(QStringLiteral("rel"), PoolType::Dir, {{"path", "relative/dir"}});
        auto r = VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("Volume type rel: Pool option path: relative/dir is not an absolute path"));
        QVERIFY(!pool(t.poolName()));
    }

    void removePoolRefusesWhileItHoldsVolumes()
    {
        const VolumeType t = dirType(QStringLiteral("busy"));
        QVERIFY(VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true).ok());
        auto v = VolumeStorage::createEmpty(m_conn, t, QStringLiteral("v1"), 1 << 30);
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        auto r = VolumeStorage::removePool(m_conn, t);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("still holds 1 volume")),
                 qPrintable(r.error().message));
        QVERIFY(VolumeStorage::remove(m_conn, *v).ok());
        QVERIFY(VolumeStorage::removePool(m_conn, t).ok());
    }

    void createEmptyCopyResizeRemove()
    {
        const VolumeType t = dirType(QStringLiteral("life"));
        QVERIFY(VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true).ok());
        auto empty = VolumeStorage::createEmpty(m_conn, t, QStringLiteral("vol-a"), qint64(1) << 30);
        QVERIFY2(empty.ok(), qPrintable(empty.error().message));
        QCOMPARE(empty->pool, t.poolName());
        QCOMPARE(empty->volume, QStringLiteral("vol-a"));
        QCOMPARE(empty->format, QStringLiteral("qcow2"));
        QCOMPARE(*VolumeStorage::capacity(m_conn, *empty), qint64(1) << 30);

        QList<qint64> seen;
        auto copy = VolumeStorage::createFrom(m_conn, t, QStringLiteral("vol-b"), qint64(2) << 30, *empty,
                                              true, [&](qint64 done, qint64 total) {
                                                  seen << done << total;
                                                  return true;
                                              });
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QCOMPARE(*VolumeStorage::capacity(m_conn, *copy), qint64(2) << 30);
        QCOMPARE(seen, (QList<qint64>{0, qint64(2) << 30, qint64(2) << 30, qint64(2) << 30}));

        // Asked for less than the source holds: the source's size, as libvirt cannot shrink a copy.
        auto small = VolumeStorage::createFrom(m_conn, t, QStringLiteral("vol-c"), 1 << 20, *copy, true);
        QVERIFY2(small.ok(), qPrintable(small.error().message));
        QCOMPARE(*VolumeStorage::capacity(m_conn, *small), qint64(2) << 30);

        auto missing = VolumeStorage::createFrom(
            m_conn, t, QStringLiteral("vol-d"), 1 << 30,
            StorageRef{t.poolName(), QStringLiteral("nope"), QStringLiteral("qcow2")}, true);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QLatin1String("nope")),
                 qPrintable(missing.error().message));

        QVERIFY(VolumeStorage::resize(m_conn, *empty, qint64(3) << 30, true).ok());
        QCOMPARE(*VolumeStorage::capacity(m_conn, *empty), qint64(3) << 30);

        for (const StorageRef &r : {*empty, *copy, *small}) {
            QVERIFY(VolumeStorage::remove(m_conn, r).ok());
            QVERIFY(!volumeExists(r));
        }
        // Missing volume, missing pool: fine.
        QVERIFY(VolumeStorage::remove(m_conn, *empty).ok());
        QVERIFY(VolumeStorage::remove(m_conn, StorageRef{QStringLiteral("no-pool"), QStringLiteral("v"), {}})
                    .ok());
        QVERIFY(VolumeStorage::removePool(m_conn, t).ok());
    }

    void simulatedDownloadMakesAnEmptyFile()
    {
        const VolumeType t = dirType(QStringLiteral("dl"));
        QVERIFY(VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true).ok());
        auto v = VolumeStorage::createEmpty(m_conn, t, QStringLiteral("v"), 1 << 30);
        QVERIFY(v.ok());
        const QString file = QDir::temp().filePath(
            QStringLiteral("tst_volumestorage-%1.img").arg(QCoreApplication::applicationPid()));
        auto got = VolumeStorage::download(m_conn, *v, file, true);
        QVERIFY2(got.ok(), qPrintable(got.error().message));
        QCOMPARE(*got, qint64(0));
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QVERIFY(VolumeStorage::upload(m_conn, *v, file, true).ok());
        QVERIFY(!VolumeStorage::upload(m_conn, *v, file + QStringLiteral(".gone"), true).ok());
        QFile::remove(file);
        QVERIFY(VolumeStorage::remove(m_conn, *v).ok());
        QVERIFY(VolumeStorage::removePool(m_conn, t).ok());
    }

    void diskXmlNamesPoolVolumeAndSerial()
    {
        const QString xml = VolumeStorage::diskXml(
            {QStringLiteral("stackdesk-vt-a"), QStringLiteral("volume-1"), QStringLiteral("qcow2")},
            QStringLiteral("vdc"), QStringLiteral("0123456789abcdef0123456789"));
        const auto f = fieldsOf(xml);
        QCOMPARE(f.value(QStringLiteral("@type")), QStringLiteral("volume"));
        QCOMPARE(f.value(QStringLiteral("@device")), QStringLiteral("disk"));
        QCOMPARE(f.value(QStringLiteral("driver@type")), QStringLiteral("qcow2"));
        QCOMPARE(f.value(QStringLiteral("source@pool")), QStringLiteral("stackdesk-vt-a"));
        QCOMPARE(f.value(QStringLiteral("source@volume")), QStringLiteral("volume-1"));
        QCOMPARE(f.value(QStringLiteral("target@dev")), QStringLiteral("vdc"));
        QCOMPARE(f.value(QStringLiteral("target@bus")), QStringLiteral("virtio"));
        QCOMPARE(f.value(QStringLiteral("serial")), QStringLiteral("0123456789abcdef0123"));
    }

    void pickDevice_data()
    {
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("device");  // empty: refused
        QTest::addColumn<QString>("message"); // the refusal's start
        QTest::newRow("first free") << QStringList{"vda"} << QString() << QStringLiteral("vdb") << QString();
        QTest::newRow("gap") << QStringList{"vda", "vdb", "vdd"} << QString() << QStringLiteral("vdc")
                             << QString();
        QTest::newRow("requested free")
            << QStringList{"vda"} << QStringLiteral("/dev/vdf") << QStringLiteral("vdf") << QString();
        QTest::newRow("requested bare")
            << QStringList{"vda"} << QStringLiteral("vdg") << QStringLiteral("vdg") << QString();
        QTest::newRow("requested taken") << QStringList{"vda", "vdb"} << QStringLiteral("/dev/vdb")
                                         << QString() << QStringLiteral("Device /dev/vdb is in use");
        QTest::newRow("malformed") << QStringList{"vda"} << QStringLiteral("/dev/sdz9") << QString()
                                   << QStringLiteral("Device /dev/sdz9 is not a virtio disk name");
        QStringList all;
        for (char c = 'a'; c <= 'z'; ++c)
            all << QStringLiteral("vd") + QLatin1Char(c);
        QTest::newRow("26 full") << all << QString() << QString()
                                 << QStringLiteral("The instance has no free virtio disk name");
    }

    void pickDevice()
    {
        QFETCH(QStringList, taken);
        QFETCH(QString, requested);
        QFETCH(QString, device);
        QFETCH(QString, message);
        const auto r = VolumeStorage::pickDevice(domainWithDisks(taken), requested);
        if (device.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(*r, device);
        }
    }

    void attachAndDetachOnASimulatedDomain()
    {
        const VolumeType t = dirType(QStringLiteral("att"));
        QVERIFY(VolumeStorage::ensurePool(m_conn, t, QStringLiteral("sim-1"), true).ok());
        auto v = VolumeStorage::createEmpty(m_conn, t, QStringLiteral("volume-att"), 1 << 30);
        QVERIFY(v.ok());
        // test:///default's running domain "test".
        std::unique_ptr<virDomain, decltype(&virDomainFree)> dom(virDomainLookupByName(m_conn, "test"),
                                                                 virDomainFree);
        QVERIFY(dom);
        const QString serial = QStringLiteral("5d1e0b0c-8a77-4b7e-a1f2-0f1e2d3c4b5a");
        const QString shortSerial = serial.left(20);
        const auto withSerial = [&](unsigned int flags) {
            return domainXml(dom.get(), flags)
                .contains(QStringLiteral("<serial>%1</serial>").arg(shortSerial));
        };
        QVERIFY(!withSerial(VIR_DOMAIN_XML_INACTIVE));

        auto device = VolumeStorage::attach(m_conn, QStringLiteral("test"), *v, QString(), serial, true);
        QVERIFY2(device.ok(), qPrintable(device.error().message));
        QVERIFY(device->startsWith(QLatin1String("vd")));
        QVERIFY(withSerial(VIR_DOMAIN_XML_INACTIVE));
        const QString inactive = domainXml(dom.get(), VIR_DOMAIN_XML_INACTIVE);
        QVERIFY(inactive.contains(QStringLiteral("volume='volume-att'")));
        QVERIFY(inactive.contains(QStringLiteral("dev='%1'").arg(*device)));
        // Still running: the change is its persistent definition.
        QCOMPARE(virDomainIsActive(dom.get()), 1);

        // Again (a retry): the same device, no second disk.
        auto again = VolumeStorage::attach(m_conn, QStringLiteral("test"), *v, QString(), serial, true);
        QVERIFY(again.ok());
        QCOMPARE(*again, *device);
        QCOMPARE(domainXml(dom.get(), VIR_DOMAIN_XML_INACTIVE).count(shortSerial), 1);

        // A second volume at a device asked for; the first one's name is taken.
        auto v2 = VolumeStorage::createEmpty(m_conn, t, QStringLiteral("volume-att2"), 1 << 30);
        QVERIFY(v2.ok());
        auto taken = VolumeStorage::attach(m_conn, QStringLiteral("test"), *v2, *device,
                                           QStringLiteral("other-serial"), true);
        QVERIFY(!taken.ok());
        auto second = VolumeStorage::attach(m_conn, QStringLiteral("test"), *v2, QStringLiteral("/dev/vdq"),
                                            QStringLiteral("other-serial"), true);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(*second, QStringLiteral("vdq"));

        QVERIFY(VolumeStorage::detach(m_conn, QStringLiteral("test"), serial, true).ok());
        QVERIFY(!withSerial(VIR_DOMAIN_XML_INACTIVE));
        // The other disk stays.
        QVERIFY(domainXml(dom.get(), VIR_DOMAIN_XML_INACTIVE)
                    .contains(QStringLiteral("<serial>other-serial</serial>")));
        // Not there (any more): fine.
        QVERIFY(VolumeStorage::detach(m_conn, QStringLiteral("test"), serial, true).ok());
        QVERIFY(
            VolumeStorage::detach(m_conn, QStringLiteral("test"), QStringLiteral("other-serial"), true).ok());
        QVERIFY(!domainXml(dom.get(), VIR_DOMAIN_XML_INACTIVE).contains(QStringLiteral("other-serial")));

        auto noDomain =
            VolumeStorage::attach(m_conn, QStringLiteral("no-such-domain"), *v, QString(), serial, true);
        QVERIFY(!noDomain.ok());
        QVERIFY2(noDomain.error().message.contains(QLatin1String("no-such-domain")),
                 qPrintable(noDomain.error().message));

        QVERIFY(VolumeStorage::remove(m_conn, *v).ok());
        QVERIFY(VolumeStorage::remove(m_conn, *v2).ok());
        QVERIFY(VolumeStorage::removePool(m_conn, t).ok());
    }
};

QTEST_GUILESS_MAIN(TestVolumeStorage)
#include "tst_volumestorage.moc"
