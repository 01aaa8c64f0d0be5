#pragma once

#include "core/result.h"
#include "domainxml.h"
#include "hosts/storagepool.h"

#include <QCoreApplication>

#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// The disks of one instance on its host, as volumes of the host's "stackdesk-instances" pool: the root
// disk is a qcow2 overlay on the cached image (Nova's image cache), plus the flavor's ephemeral and swap
// disks and the NoCloud seed. Runs on the host's worker thread; works over remote connections.
class InstanceDisks
{
    Q_DECLARE_TR_FUNCTIONS(sd::InstanceDisks)

public:
    static constexpr const char *kPoolName = StoragePool::kInstancesPool;
    static constexpr const char *kDefaultPath = StoragePool::kInstancesPath;

    struct Request
    {
        QString instanceId;
        QString basePath;   // the cached image on this host
        QString baseFormat; // qcow2 | raw
        qint64 rootBytes = 0;
        qint64 ephemeralGb = 0;
        qint64 swapMb = 0;
        QString seedFile;   // a local ISO to upload as the seed CD-ROM; empty: none
        bool streamData = true; // libvirt's test driver keeps no data
        // A boot volume's disk (vda): then no overlay is made, and basePath is not used.
        std::optional<DomainDisk> rootDisk;
    };

    // Creates every volume; on failure removes what it created, so nothing is left half-made.
    static Result<QList<DomainDisk>> create(virConnectPtr conn, const Request &request);
    // One more volume of the instance, named volumeName(instanceId, suffix): a qcow2 overlay of `bytes`
    // on basePath (a rescue disk), or a raw copy of a local ISO (a seed; its bytes only when streamData).
    // Returns the volume's path.
    static Result<QString> createOverlay(virConnectPtr conn, const QString &instanceId, const QString &suffix,
                                         const QString &basePath, const QString &baseFormat, qint64 bytes);
    static Result<QString> createSeed(virConnectPtr conn, const QString &instanceId, const QString &suffix,
                                      const QString &seedFile, bool streamData);
    // Removes one volume of the instance; a missing one is fine.
    static Result<void> removeVolume(virConnectPtr conn, const QString &instanceId, const QString &suffix);
    // Removes every volume of the instance (also the console log). Missing ones are fine.
    static Result<void> remove(virConnectPtr conn, const QString &instanceId);
    // Where the serial console's log goes: a file in the pool's folder, so it can be read back through
    // libvirt (virStorageVolDownload) from a remote host too.
    static Result<QString> consoleLogPath(virConnectPtr conn, const QString &instanceId);
    // The last bytes of the console log (at most maxBytes), read through the pool.
    static Result<QByteArray> readConsoleLog(virConnectPtr conn, const QString &instanceId, qint64 maxBytes);
    // The XML of a volume: qcow2 or raw, an overlay when backingPath is set.
    static QString volumeXml(const QString &name, qint64 capacityBytes, const QString &format,
                             const QString &backingPath = {}, const QString &backingFormat = {});
    static QString volumeName(const QString &instanceId, const QString &suffix)
    {
        return instanceId + QLatin1Char('-') + suffix;
    }
};

} // namespace sd
