#pragma once

#include "core/result.h"
#include "hosts/storagepool.h"
#include "image/imagestore.h"
#include "volume.h"

#include <QCoreApplication>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// Which pool and which of its volumes: enough to find a volume on a host.
struct StorageRef
{
    QString pool;   // libvirt pool name
    QString volume; // libvirt volume name in it
    QString format; // qcow2 | raw
};

// The host side of block storage: a volume type's pool on a host and the volumes in it. Every function
// runs on the host's worker thread with its connection, and goes through libvirt only (so it works over
// qemu+ssh as well as locally). Failures leave nothing half-made: what a function created before it
// failed is removed again. `simulated` is set for libvirt's test driver, which keeps no volume data and
// cannot resize, download or hot-plug (DESIGN.md §3).
class VolumeStorage
{
    Q_DECLARE_TR_FUNCTIONS(sd::VolumeStorage)

public:
    // The pool options each pool type needs and allows, by the names the CLI and dialogs use.
    struct PoolOption
    {
        const char *key;
        bool required;
        const char *description; // for --help and the dialog's hints (translated with QT_TR_NOOP)
    };
    static QList<PoolOption> poolOptions(PoolType type);
    // Names the offending option and says what it needs ("Pool option path: relative/dir is not an
    // absolute path"), unknown keys included.
    static Result<void> validatePoolOptions(PoolType type, const QMap<QString, QString> &options);
    // The pool's XML (QXmlStreamWriter; nothing typed is spliced in as text).
    static QString poolXml(const VolumeType &type);
    // One of the type's pool options, trimmed; `fallback` when it is not set.
    static QString poolOption(const VolumeType &type, const char *key, const QString &fallback = {});
    // A libvirt failure while doing `what`, with libvirt's own message.
    static Error hostError(const QString &what);

    // The type's pool on this host, defined and started when missing. A dir pool's path must exist and be
    // writable by libvirt: it is not created (a typo would silently make a folder), and a probe volume is
    // created and removed once to find out. Messages name the type, the path and the host.
    static Result<StoragePoolHandle> ensurePool(virConnectPtr conn, const VolumeType &type, const QString &hostName,
                                                bool simulated);
    // Stops and undefines the type's pool on this host when it holds no volumes (delete type). A missing
    // pool is fine.
    static Result<void> removePool(virConnectPtr conn, const VolumeType &type);

    // An empty volume of `bytes` in the type's pool (qcow2 or raw per type).
    static Result<StorageRef> createEmpty(virConnectPtr conn, const VolumeType &type, const QString &volumeName,
                                          qint64 bytes);
    // A volume of `bytes` in the type's pool whose data is a copy of `source` (an image in the host's image
    // cache, a snapshot, another volume — any pool of this host), converted to the type's format and grown
    // to `bytes` when that is larger (virStorageVolCreateXMLFrom; libvirt runs qemu-img convert).
    static Result<StorageRef> createFrom(virConnectPtr conn, const VolumeType &type, const QString &volumeName,
                                         qint64 bytes, const StorageRef &source, bool simulated,
                                         const ByteProgress &progress = {});
    // Grows the volume (virStorageVolResize). On the test driver, which cannot resize, the volume is made
    // again at the new capacity (it has no data to keep).
    static Result<void> resize(virConnectPtr conn, const StorageRef &ref, qint64 bytes, bool simulated);
    // Removes the volume; a missing one is fine.
    static Result<void> remove(virConnectPtr conn, const StorageRef &ref);
    // The volume's bytes into a local file (virStorageVolDownload, sparse where the host can), written to
    // file + ".part" and renamed when complete. Returns the bytes written. Simulated: an empty file.
    static Result<qint64> download(virConnectPtr conn, const StorageRef &ref, const QString &file, bool simulated,
                                   const ByteProgress &progress = {});
    // A local file's bytes into the volume (virStorageVolUpload). Simulated: nothing to send.
    static Result<void> upload(virConnectPtr conn, const StorageRef &ref, const QString &file, bool simulated,
                               const ByteProgress &progress = {});
    // The volume's current capacity in bytes (virStorageVolGetInfo).
    static Result<qint64> capacity(virConnectPtr conn, const StorageRef &ref);

    // The <disk> element that attaches the volume: type='volume' with pool and volume, so libvirt finds it
    // for every pool type; <serial> carries the volume id's first 20 characters (as Nova does, so the guest
    // sees /dev/disk/by-id/virtio-<serial>).
    static QString diskXml(const StorageRef &ref, const QString &device, const QString &serial);
    // The first free virtio device name (vdb, vdc, ...) in a domain XML, or the refusal when all 26 are
    // taken. A device the user asked for ("/dev/vdc" or "vdc") is checked instead: well formed and free.
    static Result<QString> pickDevice(const QString &domainXml, const QString &requested);
    // Plugs the disk into the domain: live and into its persistent definition when it runs on a real host;
    // into the persistent definition only when it is off or simulated (test driver: no hot-plug). Returns
    // the device name used ("vdb"). The domain is found by name.
    static Result<QString> attach(virConnectPtr conn, const QString &domainName, const StorageRef &ref,
                                  const QString &requestedDevice, const QString &serial, bool simulated);
    // Unplugs the disk whose <serial> is `serial` the same way. A disk that is not there is fine.
    static Result<void> detach(virConnectPtr conn, const QString &domainName, const QString &serial, bool simulated);
    // Grows an attached volume under a running domain (virDomainBlockResize), so the guest sees the new
    // size at once.
    static Result<void> blockResize(virConnectPtr conn, const QString &domainName, const QString &device,
                                    qint64 bytes);
};

} // namespace sd
