#include "instancedisks.h"

#include "hosts/storagepool.h"

#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>

namespace sd {

namespace {

struct StreamFree
{
    void operator()(virStreamPtr s) const { virStreamFree(s); }
};

Result<QString> createVolume(virStoragePoolPtr pool, const QString &xml, const QString &name)
{
    const QByteArray bytes = xml.toUtf8();
    const QByteArray volName = name.toUtf8();
    // A volume of that name can only be left from an earlier, failed attempt at this instance.
    if (StorageVolHandle old{virStorageVolLookupByName(pool, volName.constData())})
        virStorageVolDelete(old.get(), 0);
    StorageVolHandle vol(virStorageVolCreateXML(pool, bytes.constData(), 0));
    if (!vol)
        return makeError(ErrorCode::HostUnavailable, InstanceDisks::tr("Disk %1 cannot be created: %2")
                                                         .arg(name, StoragePool::lastError()));
    char *path = virStorageVolGetPath(vol.get());
    const QString result = QString::fromUtf8(path);
    free(path);
    return result;
}

Result<StoragePoolHandle> pool(virConnectPtr conn)
{
    return StoragePool::running(conn, QLatin1String(InstanceDisks::kPoolName),
                                QLatin1String(InstanceDisks::kDefaultPath));
}

QString poolPath(virStoragePoolPtr pool)
{
    char *xml = virStoragePoolGetXMLDesc(pool, 0);
    if (!xml)
        return {};
    QXmlStreamReader r(QString::fromUtf8(xml));
    free(xml);
    bool inTarget = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("target"))
            inTarget = true;
        else if (inTarget && r.isStartElement() && r.name() == QLatin1String("path"))
            return r.readElementText();
    }
    return {};
}

} // namespace

QString InstanceDisks::volumeXml(const QString &name, qint64 capacityBytes, const QString &format,
                                 const QString &backingPath, const QString &backingFormat)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("volume"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("capacity"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(capacityBytes));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("target"));
    w.writeEmptyElement(QStringLiteral("format"));
    w.writeAttribute(QStringLiteral("type"), format);
    w.writeEndElement();
    if (!backingPath.isEmpty()) {
        w.writeStartElement(QStringLiteral("backingStore"));
        w.writeTextElement(QStringLiteral("path"), backingPath);
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), backingFormat);
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

Result<QList<DomainDisk>> InstanceDisks::create(virConnectPtr conn, const Request &req)
{
    auto p = pool(conn);
    if (!p)
        return p.error();
    QList<DomainDisk> disks;
    auto fail = [&](const Error &e) -> Result<QList<DomainDisk>> {
        // Best effort: the creation's error is the one to report.
        static_cast<void>(remove(conn, req.instanceId));
        return e;
    };
    if (req.rootDisk) {
        disks.append(*req.rootDisk);
    } else {
        auto root = createVolume(p->get(),
                                 volumeXml(volumeName(req.instanceId, QStringLiteral("disk")), req.rootBytes,
                                           QStringLiteral("qcow2"), req.basePath, req.baseFormat),
                                 volumeName(req.instanceId, QStringLiteral("disk")));
        if (!root)
            return fail(root.error());
        disks.append({*root, QStringLiteral("qcow2"), QStringLiteral("vda"), false});
    }
    char next = 'b';
    if (req.ephemeralGb > 0) {
        const QString name = volumeName(req.instanceId, QStringLiteral("disk.eph0"));
        auto eph = createVolume(p->get(), volumeXml(name, req.ephemeralGb << 30, QStringLiteral("qcow2")), name);
        if (!eph)
            return fail(eph.error());
        disks.append({*eph, QStringLiteral("qcow2"), QStringLiteral("vd") + QLatin1Char(next++), false});
    }
    if (req.swapMb > 0) {
        const QString name = volumeName(req.instanceId, QStringLiteral("disk.swap"));
        auto swap = createVolume(p->get(), volumeXml(name, req.swapMb << 20, QStringLiteral("qcow2")), name);
        if (!swap)
            return fail(swap.error());
        disks.append({*swap, QStringLiteral("qcow2"), QStringLiteral("vd") + QLatin1Char(next++), false});
    }
    if (!req.seedFile.isEmpty()) {
        auto seed = createSeed(conn, req.instanceId, QStringLiteral("seed.iso"), req.seedFile, req.streamData);
        if (!seed)
            return fail(seed.error());
        disks.append({*seed, QStringLiteral("raw"), QStringLiteral("hdc"), true});
    }
    return disks;
}

Result<QString> InstanceDisks::createOverlay(virConnectPtr conn, const QString &instanceId, const QString &suffix,
                                             const QString &basePath, const QString &baseFormat, qint64 bytes)
{
    auto p = pool(conn);
    if (!p)
        return p.error();
    const QString name = volumeName(instanceId, suffix);
    return createVolume(p->get(), volumeXml(name, bytes, QStringLiteral("qcow2"), basePath, baseFormat), name);
}

Result<QString> InstanceDisks::createSeed(virConnectPtr conn, const QString &instanceId, const QString &suffix,
                                          const QString &seedFile, bool streamData)
{
    auto p = pool(conn);
    if (!p)
        return p.error();
    const QString name = volumeName(instanceId, suffix);
    const qint64 size = QFileInfo(seedFile).size();
    auto seed = createVolume(p->get(), volumeXml(name, size, QStringLiteral("raw")), name);
    if (!seed || !streamData)
        return seed;
    const QByteArray volName = name.toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(p->get(), volName.constData()));
    if (auto sent = StoragePool::upload(conn, vol.get(), seedFile, size); !sent) {
        virStorageVolDelete(vol.get(), 0);
        return sent.error();
    }
    return seed;
}

Result<void> InstanceDisks::removeVolume(virConnectPtr conn, const QString &instanceId, const QString &suffix)
{
    auto p = pool(conn);
    if (!p)
        return p.error();
    const QByteArray name = volumeName(instanceId, suffix).toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(p->get(), name.constData()));
    if (vol && virStorageVolDelete(vol.get(), 0) < 0)
        return makeError(ErrorCode::HostUnavailable, tr("Disk %1 cannot be removed: %2")
                                                         .arg(QString::fromUtf8(name), StoragePool::lastError()));
    return {};
}

Result<void> InstanceDisks::remove(virConnectPtr conn, const QString &instanceId)
{
    auto p = pool(conn);
    if (!p)
        return p.error();
    // The console log is written by virtlogd behind libvirt's back: refresh so the pool sees it.
    virStoragePoolRefresh(p->get(), 0);
    virStorageVolPtr *vols = nullptr;
    const int n = virStoragePoolListAllVolumes(p->get(), &vols, 0);
    QStringList failed;
    const QString prefix = instanceId + QLatin1Char('-');
    for (int i = 0; i < n; ++i) {
        StorageVolHandle vol(vols[i]);
        const QString name = QString::fromUtf8(virStorageVolGetName(vol.get()));
        if (name.startsWith(prefix) && virStorageVolDelete(vol.get(), 0) < 0)
            failed << QStringLiteral("%1 (%2)").arg(name, StoragePool::lastError());
    }
    free(vols);
    if (!failed.isEmpty())
        return makeError(ErrorCode::HostUnavailable,
                         tr("Disks of instance %1 could not be removed: %2").arg(instanceId, failed.join(QStringLiteral(", "))));
    return {};
}

Result<QString> InstanceDisks::consoleLogPath(virConnectPtr conn, const QString &instanceId)
{
    auto p = pool(conn);
    if (!p)
        return p.error();
    const QString dir = poolPath(p->get());
    if (dir.isEmpty())
        return makeError(ErrorCode::HostUnavailable, tr("Storage pool %1 has no folder").arg(QLatin1String(kPoolName)));
    return dir + QLatin1Char('/') + volumeName(instanceId, QStringLiteral("console.log"));
}

Result<QByteArray> InstanceDisks::readConsoleLog(virConnectPtr conn, const QString &instanceId, qint64 maxBytes)
{
    auto p = pool(conn);
    if (!p)
        return p.error();
    virStoragePoolRefresh(p->get(), 0);
    const QByteArray name = volumeName(instanceId, QStringLiteral("console.log")).toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(p->get(), name.constData()));
    if (!vol)
        return QByteArray(); // nothing written yet
    virStorageVolInfo info;
    if (virStorageVolGetInfo(vol.get(), &info) < 0)
        return makeError(ErrorCode::HostUnavailable, tr("Console log: %1").arg(StoragePool::lastError()));
    const qint64 size = qint64(info.capacity);
    const qint64 offset = qMax<qint64>(0, size - maxBytes);
    std::unique_ptr<virStream, StreamFree> stream(virStreamNew(conn, 0));
    if (!stream || virStorageVolDownload(vol.get(), stream.get(), offset, size - offset, 0) < 0)
        return makeError(ErrorCode::HostUnavailable, tr("Console log: %1").arg(StoragePool::lastError()));
    QByteArray out;
    char buf[65536];
    for (;;) {
        const int n = virStreamRecv(stream.get(), buf, sizeof buf);
        if (n < 0) {
            virStreamAbort(stream.get());
            return makeError(ErrorCode::HostUnavailable, tr("Console log: %1").arg(StoragePool::lastError()));
        }
        if (n == 0)
            break;
        out.append(buf, n);
    }
    virStreamFinish(stream.get());
    return out;
}

} // namespace sd
