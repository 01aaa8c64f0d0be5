#pragma once

#include "core/result.h"
#include "domainxml.h"
#include "instance.h"

#include <QCoreApplication>

typedef struct _virConnect *virConnectPtr;

namespace sd {

class HostConnection;
class TaskControl;

// Moves an instance's disks (the volumes of its host's "stackdesk-instances" pool) to another host for
// unshelve, resize and migration: each volume is read with virStorageVolDownload on the source and
// written with virStorageVolUpload on the target, chunk by chunk through the engine, so it works between
// any two hosts the engine reaches (no SSH between the hosts, no shared storage). The root disk stays a
// qcow2 overlay on the target's own copy of the cached image.
class InstanceDiskCopy
{
    Q_DECLARE_TR_FUNCTIONS(sd::InstanceDiskCopy)

public:
    struct Request
    {
        QString instanceId;
        InstanceFlavor flavor; // the sizes the disks have on the target (a resize grows the root disk)
        QString basePath;      // the cached image on the target (ImageCache::ensureOnHost first)
        QString baseFormat;
        bool simulated = false; // libvirt's test driver keeps no data: volumes of the size only
        bool withData = true;   // false: empty volumes for a block live migration, which copies the data
    };

    // Copies every volume from one host to the other; on failure removes what it made on the target.
    // Runs in a task of the pool, never on a host's thread: each step runs on the thread of its host.
    static Result<QList<DomainDisk>> copy(HostConnection *from, const QString &fromName, HostConnection *to,
                                          const QString &toName, const Request &request,
                                          TaskControl &control);
    // The instance's disks on this host, as the domain XML lists them. Simulated hosts forget volumes
    // when the process ends: there the missing ones are made again (sizes only). Runs on the host's thread.
    static Result<QList<DomainDisk>> disksOn(virConnectPtr conn, const Request &request);
    // Grows the root disk to the flavor's size where the driver can (virStorageVolResize). libvirt's test
    // driver cannot resize volumes: on simulated hosts only the new size is recorded, in the flavor.
    static Result<void> growRoot(virConnectPtr conn, const Request &request);
};

} // namespace sd
