// VolumeStorage on a host: pools defined and started (with the probe that a dir pool is writable), volumes made
// empty or as copies, resized, removed, downloaded and uploaded. Pool options and XML are in
// volumepooldefinition.cpp, attachments in volumedomaindisks.cpp.

#include "volumestorage.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cerrno>

namespace sd {

namespace {

// ---- pools and volumes ---------------------------------------------------------------------------------

QString volumeXml(PoolType poolType, const QString &name, qint64 bytes)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("volume"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("capacity"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(bytes));
    w.writeEndElement();
    // Sparse everywhere but LVM, where an allocation below the capacity makes libvirt create a
    // snapshot LV (lvcreate --virtualsize) instead of a plain one.
    w.writeStartElement(QStringLiteral("allocation"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(poolType == PoolType::Logical ? bytes : 0));
    w.writeEndElement();
    // Only file pools know volume formats; block devices and RBD images are raw by nature.
    if (poolType == PoolType::Dir || poolType == PoolType::Netfs) {
        w.writeStartElement(QStringLiteral("target"));
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), volumeFormatFor(poolType));
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

StoragePoolHandle lookupPool(virConnectPtr conn, const QString &name)
{
    const QByteArray n = name.toUtf8();
    return StoragePoolHandle(virStoragePoolLookupByName(conn, n.constData()));
}

// The pool, started when it is defined but stopped.
Result<StoragePoolHandle> activePool(virConnectPtr conn, const QString &name)
{
    StoragePoolHandle pool = lookupPool(conn, name);
    if (!pool)
        return makeError(ErrorCode::NotFound,
                         VolumeStorage::tr("Storage pool %1 is not on this host").arg(name));
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
        return VolumeStorage::hostError(VolumeStorage::tr("Storage pool %1 cannot be started").arg(name));
    return pool;
}

Result<StorageVolHandle> lookupVolume(virConnectPtr conn, const StorageRef &ref)
{
    auto pool = activePool(conn, ref.pool);
    if (!pool)
        return pool.error();
    const QByteArray n = ref.volume.toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(pool->get(), n.constData()));
    if (!vol) {
        // Made by another client since libvirt last looked.
        virStoragePoolRefresh(pool->get(), 0);
        vol.reset(virStorageVolLookupByName(pool->get(), n.constData()));
    }
    if (!vol)
        return makeError(ErrorCode::NotFound,
                         VolumeStorage::tr("Volume %1 is not in storage pool %2").arg(ref.volume, ref.pool));
    return vol;
}

Result<StorageVolHandle> createVolume(virStoragePoolPtr pool, PoolType type, const QString &name,
                                      qint64 bytes)
{
    const QByteArray xml = volumeXml(type, name, bytes).toUtf8();
    StorageVolHandle vol(virStorageVolCreateXML(pool, xml.constData(), 0));
    if (!vol)
        return VolumeStorage::hostError(VolumeStorage::tr("Volume %1 cannot be created").arg(name));
    return vol;
}

// Whether the last libvirt error says a file or folder is missing (errno travels over remote connections).
bool lastErrorIsMissingPath()
{
    const virError *e = virGetLastError();
    if (!e)
        return false;
    if (e->code == VIR_ERR_SYSTEM_ERROR && e->int1 == ENOENT)
        return true;
    return e->message && QString::fromUtf8(e->message).contains(QLatin1String("No such file or directory"));
}

// ---- domain disks --------------------------------------------------------------------------------------

} // namespace

Error VolumeStorage::hostError(const QString &what)
{
    return makeError(ErrorCode::HostUnavailable,
                     VolumeStorage::tr("%1: %2").arg(what, StoragePool::lastError()));
}

// ---- pools on a host -----------------------------------------------------------------------------------

Result<StoragePoolHandle> VolumeStorage::ensurePool(virConnectPtr conn, const VolumeType &type,
                                                    const QString &hostName, bool simulated)
{
    if (auto valid = validatePoolOptions(type.poolType, type.poolOptions); !valid)
        return makeError(valid.error().code, tr("Volume type %1: %2").arg(type.name, valid.error().message));
    const QString name = type.poolName();
    if (StoragePoolHandle existing = lookupPool(conn, name)) {
        if (virStoragePoolIsActive(existing.get()) == 1) {
            // Volumes made by others (another StackDesk, virsh) since libvirt last looked.
            if (virStoragePoolRefresh(existing.get(), 0) < 0)
                return VolumeStorage::hostError(tr("Volume type %1: pool %2 cannot be refreshed on host %3")
                                     .arg(type.name, name, hostName));
        } else if (virStoragePoolCreate(existing.get(), 0) < 0) {
            return VolumeStorage::hostError(
                tr("Volume type %1: pool %2 cannot be started on host %3").arg(type.name, name, hostName));
        }
        return existing;
    }

    const QByteArray xml = poolXml(type).toUtf8();
    // Not built: a dir pool's folder must be there already (a typo would otherwise make a new one).
    StoragePoolHandle pool(virStoragePoolDefineXML(conn, xml.constData(), 0));
    if (!pool)
        return VolumeStorage::hostError(
            tr("Volume type %1: pool %2 cannot be defined on host %3").arg(type.name, name, hostName));
    const QString path = VolumeStorage::poolOption(type, "path");
    const auto undefine = [&] {
        // Best effort: the first failure (read before this) is the one to report.
        if (virStoragePoolIsActive(pool.get()) == 1)
            virStoragePoolDestroy(pool.get());
        virStoragePoolUndefine(pool.get());
    };
    if (virStoragePoolCreate(pool.get(), 0) < 0) {
        const bool missing = lastErrorIsMissingPath();
        const QString reason = StoragePool::lastError();
        undefine();
        if (type.poolType == PoolType::Dir && !simulated && missing)
            return makeError(
                ErrorCode::BadRequest,
                tr("Volume type %1: pool path %2 does not exist on host %3").arg(type.name, path, hostName));
        return makeError(ErrorCode::HostUnavailable,
                         tr("Volume type %1: pool %2 cannot be started on host %3: %4")
                             .arg(type.name, name, hostName, reason));
    }
    // iSCSI LUNs are made by the target's admin: libvirt cannot create volumes there, so nothing to probe.
    if (type.poolType != PoolType::Iscsi) {
        const QString probeName =
            QStringLiteral("stackdesk-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto probe = createVolume(pool.get(), type.poolType, probeName, 1 << 20);
        if (!probe) {
            const QString reason = StoragePool::lastError();
            undefine();
            const QString where = type.poolType == PoolType::Dir || type.poolType == PoolType::Netfs
                                      ? tr("pool path %1").arg(path)
                                      : tr("pool %1").arg(name);
            return makeError(ErrorCode::BadRequest, tr("Volume type %1: %2 is not writable on host %3: %4")
                                                        .arg(type.name, where, hostName, reason));
        }
        virStorageVolDelete(probe->get(), 0);
    }
    virStoragePoolSetAutostart(pool.get(), 1);
    return pool;
}

Result<void> VolumeStorage::removePool(virConnectPtr conn, const VolumeType &type)
{
    const QString name = type.poolName();
    StoragePoolHandle pool = lookupPool(conn, name);
    if (!pool)
        return {};
    if (virStoragePoolIsActive(pool.get()) == 1) {
        virStoragePoolRefresh(pool.get(), 0);
        const int volumes = virStoragePoolNumOfVolumes(pool.get());
        if (volumes > 0)
            return makeError(
                ErrorCode::Conflict,
                tr("Volume type %1: pool %2 still holds %n volume(s) on this host", nullptr, volumes)
                    .arg(type.name, name));
        if (virStoragePoolDestroy(pool.get()) < 0)
            return VolumeStorage::hostError(tr("Volume type %1: pool %2 cannot be stopped").arg(type.name, name));
    }
    if (virStoragePoolUndefine(pool.get()) < 0)
        return VolumeStorage::hostError(tr("Volume type %1: pool %2 cannot be undefined").arg(type.name, name));
    return {};
}

// ---- volumes -------------------------------------------------------------------------------------------

Result<StorageRef> VolumeStorage::createEmpty(virConnectPtr conn, const VolumeType &type,
                                              const QString &volumeName, qint64 bytes)
{
    auto pool = activePool(conn, type.poolName());
    if (!pool)
        return pool.error();
    auto vol = createVolume(pool->get(), type.poolType, volumeName, bytes);
    if (!vol)
        return vol.error();
    return StorageRef{type.poolName(), volumeName, volumeFormatFor(type.poolType)};
}

Result<StorageRef> VolumeStorage::createFrom(virConnectPtr conn, const VolumeType &type,
                                             const QString &volumeName, qint64 bytes,
                                             const StorageRef &source, bool simulated,
                                             const ByteProgress &progress)
{
    auto pool = activePool(conn, type.poolName());
    if (!pool)
        return pool.error();
    auto from = lookupVolume(conn, source);
    if (!from)
        return from.error();
    virStorageVolInfo info;
    if (virStorageVolGetInfo(from->get(), &info) < 0)
        return VolumeStorage::hostError(tr("Volume %1 cannot be read").arg(source.volume));
    // libvirt refuses a copy smaller than its source.
    const qint64 target = qMax(bytes, qint64(info.capacity));
    // libvirt reports no progress of the copy it runs: the start and the end are what there is.
    if (progress && !progress(0, target))
        return makeError(ErrorCode::Conflict, tr("The copy into volume %1 was cancelled").arg(volumeName));
    const QByteArray xml = volumeXml(type.poolType, volumeName, target).toUtf8();
    // libvirt 9.0's test driver clones only within one pool; its volumes hold no data, so a copy from
    // another pool (the image cache, a retype) is a new volume of the same size there.
    StorageVolHandle vol(simulated && source.pool != type.poolName()
                             ? virStorageVolCreateXML(pool->get(), xml.constData(), 0)
                             : virStorageVolCreateXMLFrom(pool->get(), xml.constData(), from->get(), 0));
    if (!vol)
        return VolumeStorage::hostError(tr("Volume %1 cannot be copied from %2").arg(volumeName, source.volume));
    // qemu-img convert keeps the source's virtual size whatever the new volume's XML asked for.
    virStorageVolInfo made;
    if (virStorageVolGetInfo(vol.get(), &made) < 0 ||
        (!simulated && qint64(made.capacity) < target &&
         virStorageVolResize(vol.get(), quint64(target), 0) < 0)) {
        const Error e = VolumeStorage::hostError(tr("Volume %1 cannot be grown to %2 bytes").arg(volumeName).arg(target));
        virStorageVolDelete(vol.get(), 0);
        return e;
    }
    if (progress)
        progress(target, target);
    return StorageRef{type.poolName(), volumeName, volumeFormatFor(type.poolType)};
}

Result<void> VolumeStorage::resize(virConnectPtr conn, const StorageRef &ref, qint64 bytes, bool simulated)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    if (!simulated) {
        if (virStorageVolResize(vol->get(), quint64(bytes), 0) < 0)
            return VolumeStorage::hostError(tr("Volume %1 cannot be grown to %2 bytes").arg(ref.volume).arg(bytes));
        return {};
    }
    // The test driver cannot resize, and its volumes hold no data: the same volume again, larger.
    auto pool = activePool(conn, ref.pool);
    if (!pool)
        return pool.error();
    const QByteArray name = ref.volume.toUtf8();
    char *oldXml = virStorageVolGetXMLDesc(vol->get(), 0);
    const bool qcow2 = oldXml && QString::fromUtf8(oldXml).contains(QLatin1String("qcow2"));
    free(oldXml);
    if (virStorageVolDelete(vol->get(), 0) < 0)
        return VolumeStorage::hostError(tr("Volume %1 cannot be grown to %2 bytes").arg(ref.volume).arg(bytes));
    const PoolType like = qcow2 || ref.format == QLatin1String("qcow2") ? PoolType::Dir : PoolType::Rbd;
    auto again = createVolume(pool->get(), like, ref.volume, bytes);
    if (!again)
        return again.error();
    return {};
}

Result<void> VolumeStorage::remove(virConnectPtr conn, const StorageRef &ref)
{
    StoragePoolHandle pool = lookupPool(conn, ref.pool);
    if (!pool)
        return {};
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
        return VolumeStorage::hostError(tr("Storage pool %1 cannot be started").arg(ref.pool));
    const QByteArray n = ref.volume.toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(pool.get(), n.constData()));
    if (!vol)
        return {};
    if (virStorageVolDelete(vol.get(), 0) < 0)
        return VolumeStorage::hostError(tr("Volume %1 cannot be removed").arg(ref.volume));
    return {};
}

Result<qint64> VolumeStorage::download(virConnectPtr conn, const StorageRef &ref, const QString &file,
                                       bool simulated, const ByteProgress &progress)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    if (simulated) {
        QFile out(part);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Internal,
                             tr("%1 cannot be written: %2").arg(part, out.errorString()));
        out.close();
    } else {
        auto got = StoragePool::download(conn, vol->get(), part, progress);
        if (!got) {
            QFile::remove(part);
            return got.error();
        }
    }
    QFile::remove(file);
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return makeError(ErrorCode::Internal, tr("%1 cannot be renamed to %2").arg(part, file));
    }
    return QFileInfo(file).size();
}

Result<void> VolumeStorage::upload(virConnectPtr conn, const StorageRef &ref, const QString &file,
                                   bool simulated, const ByteProgress &progress)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    const QFileInfo info(file);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, tr("%1 is not a file").arg(file));
    if (simulated)
        return {};
    return StoragePool::upload(conn, vol->get(), file, info.size(), progress);
}

Result<qint64> VolumeStorage::capacity(virConnectPtr conn, const StorageRef &ref)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    virStorageVolInfo info;
    if (virStorageVolGetInfo(vol->get(), &info) < 0)
        return VolumeStorage::hostError(tr("Volume %1 cannot be read").arg(ref.volume));
    return qint64(info.capacity);
}


} // namespace sd
