#pragma once

#include "core/requestcontext.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace sd {

class Database;
class HostManager;
class ImageService;
class Policy;
class TaskRunner;

struct CachedImage
{
    QString hostId;
    QString hostName;
    QString imageId;
    QString imageName;
    QString volumePath; // the volume's path in the host's cache pool
    QDateTime cachedAt;
};

// Nova's image cache on libvirt storage: the first time a host needs an image, its data is copied into
// the host's "stackdesk-images" storage pool (created on demand, a dir pool) with virStorageVolCreateXML
// and a virStorageVolUpload stream; later launches there use that copy. Simulated hosts get the volume
// (libvirt's test driver stores no data, so there is nothing to stream) and the same bookkeeping.
class ImageCache : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kPoolName = "stackdesk-images";

    ImageCache(std::shared_ptr<Database> db, const Policy *policy, TaskRunner *tasks, HostManager *hosts,
               ImageService *images, QObject *parent = nullptr);

    // Makes sure the host's cache holds the image, as a task; the task's result is the volume path.
    Result<QString> ensureOnHost(const RequestContext &ctx, const QString &image, const QString &host);
    // What the hosts' caches hold; host empty: every host.
    Result<QList<CachedImage>> list(const RequestContext &ctx, const QString &host = {}) const;
    // Where the image is on that host, or an empty string when it is not cached there yet.
    QString cachedPath(const QString &hostId, const QString &imageId) const;

Q_SIGNALS:
    void cacheChanged(const QString &hostId, const QString &imageId);

private:
    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    TaskRunner *m_tasks;
    HostManager *m_hosts;
    ImageService *m_images;
};

} // namespace sd
