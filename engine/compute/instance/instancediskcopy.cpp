#include "instancediskcopy.h"

#include "hostcall.h"
#include "hosts/storagepool.h"
#include "instancedisks.h"
#include "tasks/taskrunner.h"

#include <QXmlStreamReader>

#include <libvirt/libvirt.h>

namespace sd {

namespace {

// The instance's volumes besides the ones InstanceDisks::create makes from the flavor: copied as they are.
const char *const kExtraVolumes[] = {"seed.iso", "console.log"};
// Each round trip moves this much: large enough that the hops between threads do not matter.
constexpr qint64 kChunkBytes = 8 << 20;

struct SourceVolume
{
    QString suffix;
    QString xml;
    QString backingPath;
    qint64 capacity = 0;
};

Error hostError(const QString &what)
{
    return makeError(ErrorCode::HostUnavailable,
                     InstanceDiskCopy::tr("%1: %2").arg(what, StoragePool::lastError()));
}

Result<StoragePoolHandle> instancesPool(virConnectPtr conn)
{
    return StoragePool::running(conn, QLatin1String(InstanceDisks::kPoolName),
                                QLatin1String(InstanceDisks::kDefaultPath));
}

StorageVolHandle volumeOf(virStoragePoolPtr pool, const QString &instanceId, const QString &suffix)
{
    const QByteArray name = InstanceDisks::volumeName(instanceId, suffix).toUtf8();
    return StorageVolHandle(virStorageVolLookupByName(pool, name.constData()));
}

QString backingPathOf(const QString &volumeXml)
{
    QXmlStreamReader r(volumeXml);
    bool inBacking = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("backingStore"))
            inBacking = true;
        else if (inBacking && r.isStartElement() && r.name() == QLatin1String("path"))
            return r.readElementText();
    }
    return {};
}

InstanceDisks::Request disksRequest(const InstanceDiskCopy::Request &req)
{
    InstanceDisks::Request d;
    d.instanceId = req.instanceId;
    d.basePath = req.basePath;
    d.baseFormat = req.baseFormat;
    d.rootBytes = req.flavor.diskGb << 30;
    d.ephemeralGb = req.flavor.ephemeralGb;
    d.swapMb = req.flavor.swapMb;
    d.streamData = !req.simulated;
    return d;
}

QStringList volumeSuffixes(const InstanceFlavor &flavor)
{
    QStringList s{QStringLiteral("disk")};
    if (flavor.ephemeralGb > 0)
        s << QStringLiteral("disk.eph0");
    if (flavor.swapMb > 0)
        s << QStringLiteral("disk.swap");
    for (const char *extra : kExtraVolumes)
        s << QLatin1String(extra);
    return s;
}

// What the source has of the instance; runs on the source's thread.
Result<QList<SourceVolume>> sourceVolumes(virConnectPtr conn, const QString &instanceId,
                                          const InstanceFlavor &flavor)
{
    auto pool = instancesPool(conn);
    if (!pool)
        return pool.error();
    QList<SourceVolume> list;
    for (const QString &suffix : volumeSuffixes(flavor)) {
        StorageVolHandle vol = volumeOf(pool->get(), instanceId, suffix);
        if (!vol)
            continue;
        char *xml = virStorageVolGetXMLDesc(vol.get(), 0);
        virStorageVolInfo info;
        if (!xml || virStorageVolGetInfo(vol.get(), &info) < 0) {
            free(xml);
            return hostError(
                InstanceDiskCopy::tr("Disk %1").arg(InstanceDisks::volumeName(instanceId, suffix)));
        }
        SourceVolume v{suffix, QString::fromUtf8(xml), {}, qint64(info.capacity)};
        free(xml);
        v.backingPath = backingPathOf(v.xml);
        list.append(v);
    }
    if (list.isEmpty() || list.first().suffix != QLatin1String("disk"))
        return makeError(
            ErrorCode::Conflict,
            InstanceDiskCopy::tr("The root disk of instance %1 is not on its host").arg(instanceId));
    return list;
}

struct Streams
{
    virStreamPtr in = nullptr;  // the source's download, used on the source's thread only
    virStreamPtr out = nullptr; // the target's upload, used on the target's thread only
};

using Chunk = std::pair<QByteArray, bool>; // bytes, end of the volume

// Streams one volume from the source to the volume of the same name on the target.
Result<void> pump(HostConnection *from, const QString &fromName, HostConnection *to, const QString &toName,
                  const QString &volumeName, qint64 size, TaskControl &control, int fromPercent,
                  int toPercent)
{
    auto s = std::make_shared<Streams>();
    auto open = [volumeName](virStreamPtr *stream, bool download) {
        return [stream, volumeName, download](virConnectPtr conn) -> Result<void> {
            auto pool = instancesPool(conn);
            if (!pool)
                return pool.error();
            const QByteArray name = volumeName.toUtf8();
            StorageVolHandle vol(virStorageVolLookupByName(pool->get(), name.constData()));
            *stream = virStreamNew(conn, 0);
            if (!vol || !*stream)
                return hostError(InstanceDiskCopy::tr("Disk %1").arg(volumeName));
            const int rc = download ? virStorageVolDownload(vol.get(), *stream, 0, 0, 0)
                                    : virStorageVolUpload(vol.get(), *stream, 0, 0, 0);
            if (rc < 0)
                return hostError(InstanceDiskCopy::tr("Disk %1").arg(volumeName));
            return {};
        };
    };
    // Each stream is ended on its own host's thread: finished after success, aborted otherwise.
    auto close = [&](bool ok) {
        static_cast<void>(HostCall::run<void>(from, fromName, [s, ok](virConnectPtr) -> Result<void> {
            if (s->in) {
                if (ok)
                    virStreamFinish(s->in);
                else
                    virStreamAbort(s->in);
                virStreamFree(s->in);
            }
            return {};
        }));
        Result<void> finished;
        static_cast<void>(
            HostCall::run<void>(to, toName, [s, ok, &finished, volumeName](virConnectPtr) -> Result<void> {
                if (s->out) {
                    if (ok && virStreamFinish(s->out) < 0)
                        finished = hostError(InstanceDiskCopy::tr("Disk %1 on the target").arg(volumeName));
                    else if (!ok)
                        virStreamAbort(s->out);
                    virStreamFree(s->out);
                }
                return {};
            }));
        return finished;
    };
    auto fail = [&](const Error &e) -> Result<void> {
        static_cast<void>(close(false));
        return e;
    };
    if (auto r = HostCall::run<void>(from, fromName, open(&s->in, true)); !r)
        return fail(r.error());
    if (auto r = HostCall::run<void>(to, toName, open(&s->out, false)); !r)
        return fail(r.error());
    qint64 moved = 0;
    for (;;) {
        auto chunk = HostCall::run<Chunk>(from, fromName, [s, volumeName](virConnectPtr) -> Result<Chunk> {
            QByteArray bytes(kChunkBytes, Qt::Uninitialized);
            qint64 filled = 0;
            while (filled < kChunkBytes) {
                const int n = virStreamRecv(s->in, bytes.data() + filled,
                                            size_t(qMin<qint64>(1 << 20, kChunkBytes - filled)));
                if (n < 0)
                    return hostError(InstanceDiskCopy::tr("Reading disk %1").arg(volumeName));
                if (n == 0) {
                    bytes.truncate(filled);
                    return Chunk{bytes, true};
                }
                filled += n;
            }
            return Chunk{bytes, false};
        });
        if (!chunk)
            return fail(chunk.error());
        const QByteArray bytes = chunk->first;
        if (!bytes.isEmpty()) {
            auto sent =
                HostCall::run<void>(to, toName, [s, bytes, volumeName](virConnectPtr) -> Result<void> {
                    qint64 off = 0;
                    while (off < bytes.size()) {
                        const int n =
                            virStreamSend(s->out, bytes.constData() + off, size_t(bytes.size() - off));
                        if (n < 0)
                            return hostError(InstanceDiskCopy::tr("Writing disk %1").arg(volumeName));
                        off += n;
                    }
                    return {};
                });
            if (!sent)
                return fail(sent.error());
            moved += bytes.size();
            const int span = toPercent - fromPercent;
            control.setProgress(fromPercent + int(size > 0 ? span * qMin<qint64>(moved, size) / size : span),
                                InstanceDiskCopy::tr("Copying %1 (%2 of %3 MiB)")
                                    .arg(volumeName)
                                    .arg(moved >> 20)
                                    .arg(size >> 20));
        }
        if (chunk->second)
            return close(true);
    }
}

} // namespace

Result<QList<DomainDisk>> InstanceDiskCopy::disksOn(virConnectPtr conn, const Request &req)
{
    if (req.simulated)
        return InstanceDisks::create(conn, disksRequest(req));
    auto pool = instancesPool(conn);
    if (!pool)
        return pool.error();
    QList<DomainDisk> disks;
    char next = 'a';
    // The order and the targets InstanceDisks::create gives them: vda root, then ephemeral, swap; hdc seed.
    for (const QString &suffix : volumeSuffixes(req.flavor)) {
        if (suffix == QLatin1String("console.log"))
            continue;
        StorageVolHandle vol = volumeOf(pool->get(), req.instanceId, suffix);
        const bool seed = suffix == QLatin1String("seed.iso");
        if (!vol) {
            if (seed)
                continue;
            return makeError(ErrorCode::Conflict,
                             tr("Disk %1 of instance %2 is not on this host")
                                 .arg(InstanceDisks::volumeName(req.instanceId, suffix), req.instanceId));
        }
        char *path = virStorageVolGetPath(vol.get());
        const QString p = QString::fromUtf8(path);
        free(path);
        if (seed)
            disks.append({p, QStringLiteral("raw"), QStringLiteral("hdc"), true});
        else
            disks.append({p, QStringLiteral("qcow2"), QStringLiteral("vd") + QLatin1Char(next++), false});
    }
    return disks;
}

Result<void> InstanceDiskCopy::growRoot(virConnectPtr conn, const Request &req)
{
    // libvirt's test driver has no virStorageVolResize (DESIGN.md §3): the flavor records the new size.
    if (req.simulated)
        return {};
    auto pool = instancesPool(conn);
    if (!pool)
        return pool.error();
    StorageVolHandle vol = volumeOf(pool->get(), req.instanceId, QStringLiteral("disk"));
    virStorageVolInfo info;
    if (!vol || virStorageVolGetInfo(vol.get(), &info) < 0)
        return hostError(tr("Root disk of instance %1").arg(req.instanceId));
    const qint64 want = req.flavor.diskGb << 30;
    if (qint64(info.capacity) >= want)
        return {};
    if (virStorageVolResize(vol.get(), quint64(want), 0) < 0)
        return hostError(
            tr("Root disk of instance %1 cannot grow to %2 GB").arg(req.instanceId).arg(req.flavor.diskGb));
    return {};
}

Result<QList<DomainDisk>> InstanceDiskCopy::copy(HostConnection *from, const QString &fromName,
                                                 HostConnection *to, const QString &toName,
                                                 const Request &req, TaskControl &control)
{
    if (req.simulated) {
        // Nothing to stream from libvirt's test driver: the target gets volumes of the flavor's size.
        control.setProgress(40, tr("Creating the disks on %1").arg(toName));
        return HostCall::run<QList<DomainDisk>>(to, toName,
                                                [req](virConnectPtr conn) { return disksOn(conn, req); });
    }
    auto source = HostCall::run<QList<SourceVolume>>(from, fromName, [req](virConnectPtr conn) {
        return sourceVolumes(conn, req.instanceId, req.flavor);
    });
    if (!source)
        return source.error();
    const SourceVolume &root = source->first();
    // The overlay's header names its backing file; the copy only works where the cached image has that path.
    if (!root.backingPath.isEmpty() && root.backingPath != req.basePath)
        return makeError(
            ErrorCode::Conflict,
            tr("Hosts %1 and %2 keep the cached image at different paths (%3, %4): the root disk's "
               "backing file would not be found; give both hosts the same \"stackdesk-images\" pool path")
                .arg(fromName, toName, root.backingPath, req.basePath));
    control.setProgress(10, tr("Creating the disks on %1").arg(toName));
    const QList<SourceVolume> volumes = *source;
    auto made = HostCall::run<
        QList<DomainDisk>>(to, toName, [req, volumes](virConnectPtr conn) -> Result<QList<DomainDisk>> {
        InstanceDisks::Request d = disksRequest(req);
        // The root volume must hold the source's data even where the flavor is smaller (never shrink).
        d.rootBytes = qMax(d.rootBytes, volumes.first().capacity);
        auto created = InstanceDisks::create(conn, d);
        if (!created)
            return created;
        QList<DomainDisk> disks = *created;
        auto pool = instancesPool(conn);
        if (!pool)
            return pool.error();
        for (const SourceVolume &v : volumes) {
            const bool extra =
                v.suffix == QLatin1String("seed.iso") || v.suffix == QLatin1String("console.log");
            if (!extra)
                continue;
            // The source's own volume XML: same name, capacity and format; the pool gives the path.
            const QByteArray xml = v.xml.toUtf8();
            StorageVolHandle vol(virStorageVolCreateXML(pool->get(), xml.constData(), 0));
            if (!vol) {
                const Error e =
                    hostError(tr("Disk %1").arg(InstanceDisks::volumeName(req.instanceId, v.suffix)));
                static_cast<void>(InstanceDisks::remove(conn, req.instanceId));
                return e;
            }
            if (v.suffix == QLatin1String("seed.iso")) {
                char *path = virStorageVolGetPath(vol.get());
                disks.append({QString::fromUtf8(path), QStringLiteral("raw"), QStringLiteral("hdc"), true});
                free(path);
            }
        }
        return disks;
    });
    if (!made)
        return made.error();
    auto cleanTarget = [&](const Error &e) -> Result<QList<DomainDisk>> {
        static_cast<void>(HostCall::run<void>(to, toName, [id = req.instanceId](virConnectPtr conn) {
            return InstanceDisks::remove(conn, id);
        }));
        return e;
    };
    const int share = 80 / int(volumes.size());
    int at = 15;
    for (const SourceVolume &v : volumes) {
        // A block live migration copies the guest's writable disks itself; the seed and the log it does not.
        const bool extra = v.suffix == QLatin1String("seed.iso") || v.suffix == QLatin1String("console.log");
        if (!req.withData && !extra)
            continue;
        if (auto r = pump(from, fromName, to, toName, InstanceDisks::volumeName(req.instanceId, v.suffix),
                          v.capacity, control, at, at + share);
            !r)
            return cleanTarget(r.error());
        at += share;
    }
    // The upload replaced the root disk with the source's, at the source's size: grow it now.
    if (req.withData)
        if (auto r =
                HostCall::run<void>(to, toName, [req](virConnectPtr conn) { return growRoot(conn, req); });
            !r)
            return cleanTarget(r.error());
    return made;
}

} // namespace sd
