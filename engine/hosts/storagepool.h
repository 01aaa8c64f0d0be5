#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

typedef struct _virConnect *virConnectPtr;
typedef struct _virStoragePool *virStoragePoolPtr;
typedef struct _virStorageVol *virStorageVolPtr;

namespace sd {

// Owning handles for libvirt's storage objects.
struct StoragePoolFree
{
    void operator()(virStoragePoolPtr p) const;
};
struct StorageVolFree
{
    void operator()(virStorageVolPtr v) const;
};
using StoragePoolHandle = std::unique_ptr<std::remove_pointer_t<virStoragePoolPtr>, StoragePoolFree>;
using StorageVolHandle = std::unique_ptr<std::remove_pointer_t<virStorageVolPtr>, StorageVolFree>;

// done, total bytes; returns false to cancel.
using StreamProgress = std::function<bool(qint64, qint64)>;

// The storage pools StackDesk keeps on a host (its image cache, its instances' disks) and the streams
// into their volumes. Runs on the host's worker thread with its connection; works over remote
// connections, since everything goes through libvirt.
class StoragePool
{
    Q_DECLARE_TR_FUNCTIONS(sd::StoragePool)

public:
    // Where instances' disks live on a host (Nova's instances_path); its capacity is the host's disk.
    static constexpr const char *kInstancesPool = "stackdesk-instances";
    static constexpr const char *kInstancesPath = "/var/lib/libvirt/images/stackdesk-instances";

    // The pool named `name`, defined as a dir pool at defaultPath when the host has none of that name,
    // and started when it is not running. An admin who wants it elsewhere defines it first.
    static Result<StoragePoolHandle> running(virConnectPtr conn, const QString &name, const QString &defaultPath);
    // The XML of a dir pool `name` at `path`.
    static QString dirPoolXml(const QString &name, const QString &path);
    // Sends the local file's bytes into the volume (virStorageVolUpload).
    static Result<void> upload(virConnectPtr conn, virStorageVolPtr vol, const QString &file, qint64 size,
                               const StreamProgress &progress = {});
    // The volume's bytes into the local file (virStorageVolDownload): a sparse stream where the host
    // offers one, so the file's holes stay holes (a backup of a mostly empty disk is small and fast),
    // the plain stream otherwise. Returns the file's size.
    static Result<qint64> download(virConnectPtr conn, virStorageVolPtr vol, const QString &file,
                                   const StreamProgress &progress = {});
    static QString lastError();
};

} // namespace sd
