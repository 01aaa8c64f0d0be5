#include "cachepool.h"

#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <memory>

namespace sd {

namespace {

constexpr qint64 kChunk = 4 * 1024 * 1024;

QString lastError()
{
    const char *m = virGetLastErrorMessage();
    return m ? QString::fromUtf8(m) : QString();
}

struct PoolFree
{
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
};
struct VolFree
{
    void operator()(virStorageVolPtr v) const { virStorageVolFree(v); }
};
struct StreamFree
{
    void operator()(virStreamPtr s) const { virStreamFree(s); }
};
using Pool = std::unique_ptr<virStoragePool, PoolFree>;
using Volume = std::unique_ptr<virStorageVol, VolFree>;
using Stream = std::unique_ptr<virStream, StreamFree>;

Result<Pool> runningPool(virConnectPtr conn, const QString &name)
{
    const QByteArray poolName = name.toUtf8();
    Pool pool(virStoragePoolLookupByName(conn, poolName.constData()));
    if (!pool) {
        const QByteArray xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>")
                                   .arg(name, QLatin1String(CachePool::kDefaultPath))
                                   .toUtf8();
        pool.reset(virStoragePoolDefineXML(conn, xml.constData(), 0));
        if (!pool)
            return makeError(ErrorCode::HostUnavailable,
                             CachePool::tr("Storage pool %1 cannot be defined: %2").arg(name, lastError()));
        // Creates the folder; the test driver has nothing to build, which is fine.
        virStoragePoolBuild(pool.get(), 0);
        virStoragePoolSetAutostart(pool.get(), 1);
    }
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
        return makeError(ErrorCode::HostUnavailable,
                         CachePool::tr("Storage pool %1 cannot be started: %2").arg(name, lastError()));
    return pool;
}

Result<void> streamFile(virConnectPtr conn, virStorageVolPtr vol, const QString &dataFile, qint64 size,
                        const ByteProgress &progress)
{
    QFile file(dataFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, CachePool::tr("%1: cannot be read: %2").arg(dataFile, file.errorString()));
    Stream stream(virStreamNew(conn, 0));
    if (!stream || virStorageVolUpload(vol, stream.get(), 0, static_cast<unsigned long long>(size), 0) < 0)
        return makeError(ErrorCode::HostUnavailable, CachePool::tr("Upload to the host failed: %1").arg(lastError()));
    QByteArray block(kChunk, Qt::Uninitialized);
    qint64 sent = 0;
    while (sent < size) {
        const qint64 n = file.read(block.data(), kChunk);
        if (n <= 0)
            break;
        for (qint64 off = 0; off < n;) {
            const int w = virStreamSend(stream.get(), block.constData() + off, size_t(n - off));
            if (w < 0) {
                virStreamAbort(stream.get());
                return makeError(ErrorCode::HostUnavailable,
                                 CachePool::tr("Upload to the host failed: %1").arg(lastError()));
            }
            off += w;
        }
        sent += n;
        if (progress && !progress(sent, size)) {
            virStreamAbort(stream.get());
            return makeError(ErrorCode::Conflict, CachePool::tr("Upload to the host: cancelled"));
        }
    }
    if (sent != size) {
        virStreamAbort(stream.get());
        return makeError(ErrorCode::Internal, CachePool::tr("%1: changed while it was sent to the host").arg(dataFile));
    }
    if (virStreamFinish(stream.get()) < 0)
        return makeError(ErrorCode::HostUnavailable, CachePool::tr("Upload to the host failed: %1").arg(lastError()));
    return {};
}

} // namespace

Result<QString> CachePool::ensureVolume(virConnectPtr conn, const QString &poolName, const QString &imageId,
                                        const QString &dataFile, bool streamData, const ByteProgress &progress)
{
    auto pool = runningPool(conn, poolName);
    if (!pool)
        return pool.error();
    const qint64 size = QFile(dataFile).size();
    const QByteArray volName = imageId.toUtf8();
    // A volume left by an earlier, interrupted copy cannot be trusted: start again.
    if (Volume old{virStorageVolLookupByName(pool->get(), volName.constData())})
        virStorageVolDelete(old.get(), 0);
    // Raw with the file's own size: the bytes are the image file exactly as stored, whatever its format.
    const QByteArray xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                                          "<allocation unit='bytes'>0</allocation>"
                                          "<target><format type='raw'/><permissions><mode>0644</mode></permissions>"
                                          "</target></volume>")
                               .arg(imageId)
                               .arg(size)
                               .toUtf8();
    Volume vol(virStorageVolCreateXML(pool->get(), xml.constData(), 0));
    if (!vol)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Volume %1 cannot be created in pool %2: %3").arg(imageId, poolName, lastError()));
    if (streamData)
        if (auto sent = streamFile(conn, vol.get(), dataFile, size, progress); !sent) {
            virStorageVolDelete(vol.get(), 0);
            return sent.error();
        }
    char *path = virStorageVolGetPath(vol.get());
    const QString result = QString::fromUtf8(path);
    free(path);
    return result;
}

} // namespace sd
