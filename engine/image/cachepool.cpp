#include "cachepool.h"

#include "hosts/storagepool.h"

#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <memory>

namespace sd {

QString CachePool::volumeXml(const QString &imageId, qint64 fileBytes)
{
    // Raw with the file's own size: the bytes are the image file exactly as stored, whatever its format.
    return QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                          "<allocation unit='bytes'>0</allocation>"
                          "<target><format type='raw'/><permissions><mode>0644</mode></permissions>"
                          "</target></volume>")
        .arg(imageId)
        .arg(fileBytes);
}

Result<QString> CachePool::ensureVolume(virConnectPtr conn, const QString &poolName, const QString &imageId,
                                        const QString &dataFile, bool streamData, const ByteProgress &progress)
{
    auto pool = StoragePool::running(conn, poolName, QLatin1String(kDefaultPath));
    if (!pool)
        return pool.error();
    const qint64 size = QFile(dataFile).size();
    const QByteArray volName = imageId.toUtf8();
    // A volume left by an earlier, interrupted copy cannot be trusted: start again.
    if (StorageVolHandle old{virStorageVolLookupByName(pool->get(), volName.constData())})
        virStorageVolDelete(old.get(), 0);
    const QByteArray xml = volumeXml(imageId, size).toUtf8();
    StorageVolHandle vol(virStorageVolCreateXML(pool->get(), xml.constData(), 0));
    if (!vol)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Volume %1 cannot be created in pool %2: %3").arg(imageId, poolName, StoragePool::lastError()));
    if (streamData)
        if (auto sent = StoragePool::upload(conn, vol.get(), dataFile, size, progress); !sent) {
            virStorageVolDelete(vol.get(), 0);
            return sent.error();
        }
    char *path = virStorageVolGetPath(vol.get());
    const QString result = QString::fromUtf8(path);
    free(path);
    return result;
}

} // namespace sd
