#pragma once

#include "core/result.h"
#include "imagestore.h"

#include <QCoreApplication>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// The libvirt side of the image cache: the "stackdesk-images" storage pool on one host and one volume
// per image in it. Runs on the host's worker thread with its connection.
class CachePool
{
    Q_DECLARE_TR_FUNCTIONS(sd::CachePool)

public:
    // Where StackDesk puts the pool on a real host when the host has none yet. An admin who wants it
    // elsewhere defines a dir pool of that name first; StackDesk then uses it as it is.
    static constexpr const char *kDefaultPath = "/var/lib/libvirt/images/stackdesk-images";

    // Makes sure the pool exists and runs, then the image's volume; streams the file into it when
    // streamData is set (libvirt's test driver keeps no data, so simulated hosts skip it). Returns the
    // volume's path on the host.
    // The XML of an image's volume in the pool: raw, the stored file's bytes exactly.
    static QString volumeXml(const QString &imageId, qint64 fileBytes);
    static Result<QString> ensureVolume(virConnectPtr conn, const QString &poolName, const QString &imageId,
                                        const QString &dataFile, bool streamData, const ByteProgress &progress);
};

} // namespace sd
