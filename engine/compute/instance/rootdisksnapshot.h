#pragma once

#include "core/result.h"
#include "image/imagestore.h"

#include <QCoreApplication>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// The host side of Create Snapshot on a real host: the instance's root disk (a qcow2 overlay on the
// cached image) flattened into a new volume of the instances pool with virStorageVolCreateXMLFrom
// (libvirt's dir backend runs qemu-img convert, which reads through the backing chain), then streamed
// out of the host with virStorageVolDownload. Runs on the host's worker; works over remote connections.
class RootDiskSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(sd::RootDiskSnapshot)

public:
    // Flattens the root disk into the volume volumeName(instanceId, "snapshot.tmp") and returns its
    // name. A domain that runs (or is paused) is saved to disk first (Nova's cold snapshot: QEMU keeps
    // its disks locked while its process lives, pausing does not release them) and restored after, in
    // the state it had.
    static Result<QString> flatten(virConnectPtr conn, const QString &instanceId, const QString &domainName);
    // Streams the volume into a local file; returns the bytes written.
    static Result<qint64> download(virConnectPtr conn, const QString &volumeName, const QString &file,
                                   const ByteProgress &progress);
    // Removes the flattened volume; a missing one is fine.
    static void discard(virConnectPtr conn, const QString &volumeName);
};

} // namespace sd
