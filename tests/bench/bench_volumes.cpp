// Volume figures (issue 8, Performance) on the real libvirtd: a volume made from a 1 GiB qcow2 full of
// random data by VolumeStorage::createFrom (virStorageVolCreateXMLFrom: libvirtd runs qemu-img convert)
// beside `qemu-img convert -O qcow2` of the same file run here; and a backup, VolumeStorage::download of
// that volume into a file (a sparse stream through libvirtd), beside `qemu-img convert -O qcow2` of the
// volume's file into a local file. Each is run twice and the second (warm page cache) run is reported:
// the page cache cannot be dropped here, so both sides read from memory and the figures compare the
// copying, not the disk.
//
// It needs the integration fixtures' libvirtd and the integration lock:
//   flock /tmp/sd-integration.lock sh -c '
//     ctest --test-dir _build -R "integration\.(build_guest|start_libvirtd)" &&
//     _build/tests/bench/bench_volumes [size-MiB];
//     ctest --test-dir _build -R integration.stop_libvirtd'

#include "volume/volumestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace sd;

namespace {

QTextStream out(stdout);

double seconds(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e9;
}

bool qemuImg(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        out << "qemu-img " << args.join(QLatin1Char(' ')) << " failed: " << p.readAllStandardError()
            << Qt::endl;
    return p.exitCode() == 0;
}

// Random (incompressible, no zero clusters) raw data, then qcow2.
bool makeSource(const QString &raw, const QString &qcow2, int mib)
{
    QByteArray block(64 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(8);
    gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    QFile f(raw);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (int written = 0; written < mib; written += 64)
        f.write(block.constData(), qMin<qint64>(block.size(), qint64(mib - written) * 1048576));
    f.close();
    const bool ok =
        qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), raw, qcow2});
    QFile::remove(raw);
    return ok;
}

// What the download was before sparse streams (RootDiskSnapshot's loop): a plain stream, 1 MiB reads.
qint64 plainDownload(virConnectPtr conn, const QString &pool, const QString &volume, const QString &file)
{
    virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool.toUtf8().constData());
    virStorageVolPtr v = p ? virStorageVolLookupByName(p, volume.toUtf8().constData()) : nullptr;
    virStreamPtr st = virStreamNew(conn, 0);
    QFile f(file);
    qint64 done = -1;
    if (v && st && f.open(QIODevice::WriteOnly) && virStorageVolDownload(v, st, 0, 0, 0) == 0) {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        done = 0;
        for (int n; (n = virStreamRecv(st, buffer.data(), int(buffer.size()))) > 0; done += n)
            f.write(buffer.constData(), n);
        virStreamFinish(st);
    }
    if (st)
        virStreamFree(st);
    if (v)
        virStorageVolFree(v);
    if (p)
        virStoragePoolFree(p);
    return done;
}

void row(const QString &what, qint64 bytes, double secs)
{
    out << QStringLiteral("  %1 %2 s  %3 MB/s")
               .arg(what, -52)
               .arg(secs, 6, 'f', 2)
               .arg(bytes / 1048576.0 / secs, 6, 'f', 0)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int mib = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1024;
    const qint64 bytes = qint64(mib) << 20;
    QTemporaryDir dir(QStringLiteral("/tmp/sd-bench-volumes-XXXXXX"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther);
    const QString srcPool = dir.filePath(QStringLiteral("source-pool"));
    const QString dstPool = dir.filePath(QStringLiteral("volume-pool"));
    QDir().mkdir(srcPool);
    QDir().mkdir(dstPool);

    // Lookups of what a first run has not made yet fail on purpose: keep libvirt's own printing quiet.
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    virConnectPtr conn = virConnectOpen("qemu:///system");
    if (!conn) {
        out << "qemu:///system: " << virGetLastErrorMessage() << " (start the integration libvirtd first)"
            << Qt::endl;
        return 1;
    }
    const auto typeFor = [](const QString &name, const QString &path) {
        VolumeType t;
        t.id = name;
        t.name = name;
        t.poolType = PoolType::Dir;
        t.poolOptions = {{QStringLiteral("path"), path}};
        return t;
    };
    const VolumeType source = typeFor(QStringLiteral("bench-source"), srcPool);
    const VolumeType target = typeFor(QStringLiteral("bench-volumes"), dstPool);

    out << "Volumes: " << mib
        << " MiB of random data in a qcow2 on the real libvirtd; each figure the second of two runs"
        << Qt::endl;
    const QString sourceFile = srcPool + QStringLiteral("/source.qcow2");
    if (!makeSource(dir.filePath(QStringLiteral("source.raw")), sourceFile, mib))
        return 1;
    for (const VolumeType &t : {source, target})
        if (auto p = VolumeStorage::ensurePool(conn, t, QStringLiteral("local"), false); !p) {
            out << p.error().message << Qt::endl;
            return 1;
        }
    const StorageRef src{source.poolName(), QStringLiteral("source.qcow2"), QStringLiteral("qcow2")};

    // createFrom vs qemu-img convert.
    double createSecs = 0, convertSecs = 0;
    for (int run = 0; run < 2; ++run) {
        static_cast<void>(VolumeStorage::remove(conn, {target.poolName(), QStringLiteral("copy"), {}}));
        QElapsedTimer t;
        t.start();
        auto made = VolumeStorage::createFrom(conn, target, QStringLiteral("copy"), bytes, src, false);
        createSecs = seconds(t);
        if (!made) {
            out << made.error().message << Qt::endl;
            return 1;
        }
        const QString plain = dir.filePath(QStringLiteral("plain-copy.qcow2"));
        QFile::remove(plain);
        t.start();
        if (!qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), sourceFile,
                      plain}))
            return 1;
        convertSecs = seconds(t);
    }
    out << "Copy into a volume (image or snapshot to volume):" << Qt::endl;
    row(QStringLiteral("VolumeStorage::createFrom (libvirtd's qemu-img convert)"), bytes, createSecs);
    row(QStringLiteral("qemu-img convert -O qcow2 SRC DST"), bytes, convertSecs);
    out << QStringLiteral("  createFrom takes %1 x the time of qemu-img convert")
               .arg(createSecs / convertSecs, 0, 'f', 2)
        << Qt::endl;

    // download (backup) vs qemu-img convert of the volume's file.
    const StorageRef copy{target.poolName(), QStringLiteral("copy"), QStringLiteral("qcow2")};
    double downloadSecs = 0, backupConvertSecs = 0, plainSecs = 0;
    qint64 downloaded = 0;
    for (int run = 0; run < 2; ++run) {
        const QString backup = dir.filePath(QStringLiteral("backup.qcow2"));
        QFile::remove(backup);
        QElapsedTimer t;
        t.start();
        auto got = VolumeStorage::download(conn, copy, backup, false);
        downloadSecs = seconds(t);
        if (!got) {
            out << got.error().message << Qt::endl;
            return 1;
        }
        downloaded = *got;
        const QString plain = dir.filePath(QStringLiteral("plain-backup.qcow2"));
        QFile::remove(plain);
        t.start();
        if (!qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"),
                      dstPool + QStringLiteral("/copy"), plain}))
            return 1;
        backupConvertSecs = seconds(t);
        QFile::remove(plain);
        t.start();
        if (plainDownload(conn, target.poolName(), QStringLiteral("copy"), plain) < 0)
            return 1;
        plainSecs = seconds(t);
    }
    out << "Backup of the volume into a local file (" << (downloaded >> 20) << " MiB file):" << Qt::endl;
    row(QStringLiteral("VolumeStorage::download (sparse stream via libvirtd)"), bytes, downloadSecs);
    row(QStringLiteral("plain stream, virStreamRecv 1 MiB reads"), bytes, plainSecs);
    row(QStringLiteral("qemu-img convert -O qcow2 VOLUME FILE"), bytes, backupConvertSecs);
    out << QStringLiteral("  download takes %1 x the time of qemu-img convert")
               .arg(downloadSecs / backupConvertSecs, 0, 'f', 2)
        << Qt::endl;

    for (const StorageRef &r : {copy, src})
        static_cast<void>(VolumeStorage::remove(conn, r));
    static_cast<void>(VolumeStorage::removePool(conn, target));
    static_cast<void>(VolumeStorage::removePool(conn, source));
    virConnectClose(conn);
    return 0;
}
