#include "imagecache.h"

#include "cachepool.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "hosts/simulatedstate.h"
#include "hosts/storagepool.h"
#include "identity/policy.h"
#include "imageservice.h"
#include "store/database.h"
#include "tasks/taskrunner.h"

#include <QPointer>
#include <QSqlQuery>

namespace sd {

ImageCache::ImageCache(std::shared_ptr<Database> db, const Policy *policy, TaskRunner *tasks, HostManager *hosts,
                       ImageService *images, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy), m_tasks(tasks), m_hosts(hosts), m_images(images)
{
    // libvirt's test driver forgets the cache pool with the process: a simulated host gets back the pool
    // and a volume per image its cache holds, so a volume made from an image finds its source there.
    m_hosts->addSimulatedStateProvider([this](const HostRecord &host) {
        SimulatedState state;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT c.image_id, i.size FROM host_image_cache c JOIN images i ON i.id = c.image_id "
                                 "WHERE c.host_id = ?"));
        q.addBindValue(host.id);
        q.exec();
        while (q.next()) {
            if (state.storagePoolXml.isEmpty())
                state.storagePoolXml.append(
                    StoragePool::dirPoolXml(QLatin1String(kPoolName), QLatin1String(CachePool::kDefaultPath)));
            state.volumes.append({QLatin1String(kPoolName), CachePool::volumeXml(q.value(0).toString(), q.value(1).toLongLong())});
        }
        return state;
    });
}

QString ImageCache::cachedPath(const QString &hostId, const QString &imageId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT volume_path FROM host_image_cache WHERE host_id = ? AND image_id = ?"));
    q.addBindValue(hostId);
    q.addBindValue(imageId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<QList<CachedImage>> ImageCache::list(const RequestContext &ctx, const QString &host) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("image:cache")); !p)
        return p.error();
    QString hostId;
    if (!host.isEmpty()) {
        auto h = m_hosts->show(ctx, host);
        if (!h)
            return h.error();
        hostId = h->record.id;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT c.host_id, h.name, c.image_id, i.name, c.volume_path, c.cached_at "
                             "FROM host_image_cache c JOIN hosts h ON h.id = c.host_id "
                             "JOIN images i ON i.id = c.image_id WHERE ? = '' OR c.host_id = ? "
                             "ORDER BY h.name, i.name"));
    bindValues(q, {hostId, hostId});
    q.exec();
    QList<CachedImage> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    return list;
}

Result<QString> ImageCache::ensureOnHost(const RequestContext &ctx, const QString &image, const QString &host)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("image:cache")); !p)
        return p.error();
    auto img = m_images->show(ctx, image);
    if (!img)
        return img.error();
    auto data = m_images->dataPath(ctx, img->id);
    if (!data)
        return data.error();
    auto info = m_hosts->show(ctx, host);
    if (!info)
        return info.error();
    const HostRecord hostRecord = info->record;
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Host %1 is %2; the image cannot be copied there now")
                             .arg(hostRecord.name, hostStateName(info->state)));

    TaskSpec task;
    task.title = tr("Cache image %1 on %2").arg(img->name, hostRecord.name);
    task.action = QStringLiteral("image.cache");
    task.targetKind = QStringLiteral("image");
    task.targetId = img->id;
    task.targetName = img->name;
    task.cancellable = true;
    HostConnection *connection = m_hosts->connectionOf(hostRecord.id);
    task.runIn = connection;
    const QString known = cachedPath(hostRecord.id, img->id);
    // libvirt's test driver keeps no volume data; only real hosts get the bytes.
    const bool stream = info->kind != HostKind::Simulated;
    task.work = [connection, known, stream, hostName = hostRecord.name, imageId = img->id,
                 dataFile = *data](TaskControl &control) -> Result<QVariant> {
        if (!known.isEmpty())
            return QVariant(known);
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn)
            return makeError(ErrorCode::HostUnavailable, tr("Host %1 went down").arg(hostName));
        control.setProgress(1, tr("Copying to %1").arg(hostName));
        auto path = CachePool::ensureVolume(conn, QLatin1String(kPoolName), imageId, dataFile, stream,
                                            [&control, hostName](qint64 done, qint64 total) {
                                                control.setProgress(int(done * 99 / qMax<qint64>(total, 1)),
                                                                    tr("Copying to %1: %2 of %3 MiB")
                                                                        .arg(hostName)
                                                                        .arg(done >> 20)
                                                                        .arg(total >> 20));
                                                return !control.isCancelled();
                                            });
        if (!path)
            return path.error();
        return QVariant(*path);
    };
    task.finish = [this, hostId = hostRecord.id, imageId = img->id](const Result<QVariant> &result) -> Result<QVariant> {
        if (!result)
            return result;
        QSqlDatabase db = m_db->connection();
        if (auto e = execSql(db,
                             QStringLiteral("INSERT OR REPLACE INTO host_image_cache (host_id, image_id, volume_path, "
                                            "cached_at) VALUES (?,?,?,?)"),
                             {hostId, imageId, result->toString(),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
            !e)
            return e.error();
        emit cacheChanged(hostId, imageId);
        return result;
    };
    return m_tasks->start(ctx, std::move(task));
}

} // namespace sd
