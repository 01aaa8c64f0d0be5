#include "storagepool.h"

#include <QFile>
#include <QScopeGuard>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
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
// Where virStreamRecvAll / virStreamSparseRecvAll put what arrives.
struct Sink
{
    int fd = -1;
    qint64 done = 0;  // bytes of the file so far, holes included
    qint64 total = 0; // what the volume's file holds on the host
    bool cancelled = false;
    const StreamProgress *progress = nullptr;

    int advanced(qint64 n)
    {
        done += n;
        if (*progress && !(*progress)(done, qMax(total, done))) {
            cancelled = true;
            return -1;
        }
        return 0;
    }

    static int data(virStreamPtr, const char *bytes, size_t n, void *opaque)
    {
        auto *sink = static_cast<Sink *>(opaque);
        for (size_t off = 0; off < n;) {
            const ssize_t w = ::write(sink->fd, bytes + off, n - off);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                return -1;
            }
            off += size_t(w);
        }
        return sink->advanced(qint64(n)) < 0 ? -1 : int(n);
    }

    static int hole(virStreamPtr, long long length, void *opaque)
    {
        auto *sink = static_cast<Sink *>(opaque);
        if (::lseek(sink->fd, off_t(length), SEEK_CUR) < 0)
            return -1;
        return sink->advanced(length);
    }
};

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

QString StoragePool::dirPoolXml(const QString &name, const QString &path)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("pool"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("dir"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("target"));
    w.writeTextElement(QStringLiteral("path"), path);
    w.writeEndElement();
    w.writeEndElement();
    return xml;
}

Result<StoragePoolHandle> StoragePool::running(virConnectPtr conn, const QString &name, const QString &defaultPath)
{
    const QByteArray poolName = name.toUtf8();
    StoragePoolHandle pool(virStoragePoolLookupByName(conn, poolName.constData()));
    if (!pool) {
        const QByteArray bytes = dirPoolXml(name, defaultPath).toUtf8();
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

Result<qint64> StoragePool::download(virConnectPtr conn, virStorageVolPtr vol, const QString &dataFile,
                                     const StreamProgress &progress)
{
    // The file's bytes, not the guest's: a qcow2 volume's physical size is what the stream carries.
    virStorageVolInfo info;
    if (virStorageVolGetInfoFlags(vol, &info, VIR_STORAGE_VOL_GET_PHYSICAL) < 0 &&
        virStorageVolGetInfo(vol, &info) < 0)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Download from the host failed: %1").arg(lastError()));
    const QByteArray path = QFile::encodeName(dataFile);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return makeError(ErrorCode::Internal,
                         tr("%1 cannot be written: %2").arg(dataFile, qt_error_string(errno)));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    Sink sink{fd, 0, qint64(info.allocation), false, &progress};

    Stream stream(virStreamNew(conn, 0));
    bool sparse =
        stream && virStorageVolDownload(vol, stream.get(), 0, 0, VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) == 0;
    if (!sparse) {
        // A host or pool without sparse streams: the plain one, every byte sent.
        stream.reset(virStreamNew(conn, 0));
        if (!stream || virStorageVolDownload(vol, stream.get(), 0, 0, 0) < 0)
            return makeError(ErrorCode::HostUnavailable,
                             tr("Download from the host failed: %1").arg(lastError()));
    }
    // On failure both have aborted the stream already.
    const int received = sparse ? virStreamSparseRecvAll(stream.get(), &Sink::data, &Sink::hole, &sink)
                                : virStreamRecvAll(stream.get(), &Sink::data, &sink);
    if (received < 0) {
        if (sink.cancelled)
            return makeError(ErrorCode::Conflict, tr("Download from the host: cancelled"));
        const QString reason = lastError();
        return makeError(
            ErrorCode::HostUnavailable,
            tr("Download from the host failed: %1").arg(reason.isEmpty() ? qt_error_string(errno) : reason));
    }
    if (virStreamFinish(stream.get()) < 0)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Download from the host failed: %1").arg(lastError()));
    // A hole at the end is a seek past the last byte written: the file's length must still reach there.
    if (::ftruncate(fd, off_t(sink.done)) < 0)
        return makeError(ErrorCode::Internal,
                         tr("%1 cannot be written: %2").arg(dataFile, qt_error_string(errno)));
    return sink.done;
}

} // namespace sd
