#include "storagepool.h"

#include <QFile>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace sd {

namespace {
constexpr qint64 kChunk = 4 * 1024 * 1024;

struct StreamFree
{
    void operator()(virStreamPtr s) const { virStreamFree(s); }
};
using Stream = std::unique_ptr<virStream, StreamFree>;
} // namespace

void StoragePoolFree::operator()(virStoragePoolPtr p) const
{
    virStoragePoolFree(p);
}

void StorageVolFree::operator()(virStorageVolPtr v) const
{
    virStorageVolFree(v);
}

QString StoragePool::lastError()
{
    const char *m = virGetLastErrorMessage();
    return m ? QString::fromUtf8(m) : QString();
}

Result<StoragePoolHandle> StoragePool::running(virConnectPtr conn, const QString &name, const QString &defaultPath)
{
    const QByteArray poolName = name.toUtf8();
    StoragePoolHandle pool(virStoragePoolLookupByName(conn, poolName.constData()));
    if (!pool) {
        QString xml;
        QXmlStreamWriter w(&xml);
        w.writeStartElement(QStringLiteral("pool"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("dir"));
        w.writeTextElement(QStringLiteral("name"), name);
        w.writeStartElement(QStringLiteral("target"));
        w.writeTextElement(QStringLiteral("path"), defaultPath);
        w.writeEndElement();
        w.writeEndElement();
        const QByteArray bytes = xml.toUtf8();
        pool.reset(virStoragePoolDefineXML(conn, bytes.constData(), 0));
        if (!pool)
            return makeError(ErrorCode::HostUnavailable,
                             tr("Storage pool %1 cannot be defined: %2").arg(name, lastError()));
        // Creates the folder; the test driver has nothing to build, which is fine.
        virStoragePoolBuild(pool.get(), 0);
        virStoragePoolSetAutostart(pool.get(), 1);
    }
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Storage pool %1 cannot be started: %2").arg(name, lastError()));
    return pool;
}

Result<void> StoragePool::upload(virConnectPtr conn, virStorageVolPtr vol, const QString &dataFile, qint64 size,
                                 const StreamProgress &progress)
{
    QFile file(dataFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, tr("%1: cannot be read: %2").arg(dataFile, file.errorString()));
    Stream stream(virStreamNew(conn, 0));
    if (!stream || virStorageVolUpload(vol, stream.get(), 0, static_cast<unsigned long long>(size), 0) < 0)
        return makeError(ErrorCode::HostUnavailable, tr("Upload to the host failed: %1").arg(lastError()));
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
                return makeError(ErrorCode::HostUnavailable, tr("Upload to the host failed: %1").arg(lastError()));
            }
            off += w;
        }
        sent += n;
        if (progress && !progress(sent, size)) {
            virStreamAbort(stream.get());
            return makeError(ErrorCode::Conflict, tr("Upload to the host: cancelled"));
        }
    }
    if (sent != size) {
        virStreamAbort(stream.get());
        return makeError(ErrorCode::Internal, tr("%1: changed while it was sent to the host").arg(dataFile));
    }
    if (virStreamFinish(stream.get()) < 0)
        return makeError(ErrorCode::HostUnavailable, tr("Upload to the host failed: %1").arg(lastError()));
    return {};
}

} // namespace sd
