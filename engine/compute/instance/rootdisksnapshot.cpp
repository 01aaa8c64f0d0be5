#include "rootdisksnapshot.h"

#include "hosts/storagepool.h"
#include "instancedisks.h"

#include <libvirt/libvirt.h>

#include <memory>

namespace sd {

namespace {

struct DomainFree
{
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};

Error hostError(const QString &what)
{
    return makeError(ErrorCode::HostUnavailable, RootDiskSnapshot::tr("%1: %2").arg(what, StoragePool::lastError()));
}

Result<StoragePoolHandle> instancesPool(virConnectPtr conn)
{
    return StoragePool::running(conn, QLatin1String(InstanceDisks::kPoolName), QLatin1String(InstanceDisks::kDefaultPath));
}

} // namespace

Result<QString> RootDiskSnapshot::flatten(virConnectPtr conn, const QString &instanceId, const QString &domainName)
{
    auto pool = instancesPool(conn);
    if (!pool)
        return pool.error();
    const QByteArray rootName = InstanceDisks::volumeName(instanceId, QStringLiteral("disk")).toUtf8();
    StorageVolHandle root(virStorageVolLookupByName(pool->get(), rootName.constData()));
    if (!root)
        return hostError(tr("The root disk %1 is not on the host").arg(QString::fromUtf8(rootName)));
    virStorageVolInfo info;
    if (virStorageVolGetInfo(root.get(), &info) < 0)
        return hostError(tr("The root disk %1 cannot be read").arg(QString::fromUtf8(rootName)));

    const QByteArray dom = domainName.toUtf8();
    std::unique_ptr<virDomain, DomainFree> domain(virDomainLookupByName(conn, dom.constData()));
    int state = VIR_DOMAIN_NOSTATE, reason = 0;
    if (domain)
        virDomainGetState(domain.get(), &state, &reason, 0);
    const bool live = state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_BLOCKED || state == VIR_DOMAIN_PAUSED;
    if (live && virDomainManagedSave(domain.get(), state == VIR_DOMAIN_PAUSED ? VIR_DOMAIN_SAVE_PAUSED : 0) < 0)
        return hostError(tr("Domain %1 cannot be saved for the snapshot").arg(domainName));

    const QString name = InstanceDisks::volumeName(instanceId, QStringLiteral("snapshot.tmp"));
    const QByteArray nameBytes = name.toUtf8();
    // Left from an earlier attempt that stopped half-way: never part of an image.
    if (StorageVolHandle old{virStorageVolLookupByName(pool->get(), nameBytes.constData())})
        virStorageVolDelete(old.get(), 0);
    // A flat qcow2 volume of the root disk's size: no backing store, so qemu-img convert copies every
    // block the guest sees, from the overlay and from the image under it.
    const QByteArray xml = InstanceDisks::volumeXml(name, qint64(info.capacity), QStringLiteral("qcow2")).toUtf8();
    StorageVolHandle flat(virStorageVolCreateXMLFrom(pool->get(), xml.constData(), root.get(), 0));
    const std::optional<Error> cloneError =
        flat ? std::nullopt : std::optional<Error>(hostError(tr("The root disk cannot be copied")));
    // Back as it was, whether the copy worked or not: the restore boots from the managed save.
    if (live && virDomainCreate(domain.get()) < 0) {
        const Error restore = hostError(tr("Domain %1 could not be started again after the snapshot").arg(domainName));
        if (flat)
            virStorageVolDelete(flat.get(), 0);
        return restore;
    }
    if (cloneError)
        return *cloneError;
    return name;
}

Result<qint64> RootDiskSnapshot::download(virConnectPtr conn, const QString &volumeName, const QString &file,
                                          const ByteProgress &progress)
{
    auto pool = instancesPool(conn);
    if (!pool)
        return pool.error();
    const QByteArray name = volumeName.toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(pool->get(), name.constData()));
    if (!vol)
        return hostError(tr("Volume %1 is not on the host").arg(volumeName));
    return StoragePool::download(conn, vol.get(), file, progress);
}

void RootDiskSnapshot::discard(virConnectPtr conn, const QString &volumeName)
{
    auto pool = instancesPool(conn);
    if (!pool)
        return;
    const QByteArray name = volumeName.toUtf8();
    if (StorageVolHandle vol{virStorageVolLookupByName(pool->get(), name.constData())})
        virStorageVolDelete(vol.get(), 0);
}

} // namespace sd
