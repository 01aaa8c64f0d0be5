#include "imagestore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>

#include <future>

namespace sd {

namespace {
// Large blocks keep the copy close to `cp` speed; the hash runs on the same block while it is hot.
constexpr qint64 kBlockSize = 4 * 1024 * 1024;
} // namespace

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(const char *data, qint64 length)
{
    EVP_DigestUpdate(m_ctx, data, size_t(length));
}

QString Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

ImageStore::ImageStore(QString directory) : m_dir(std::move(directory)) {}

QString ImageStore::pathOf(const QString &imageId) const
{
    return QDir(m_dir).filePath(imageId);
}

QString ImageStore::partPathOf(const QString &imageId) const
{
    return pathOf(imageId) + QStringLiteral(".part");
}

Result<StoredData> ImageStore::copyStream(QIODevice &from, QIODevice &to, qint64 total, bool hash,
                                          const ByteProgress &progress, const QString &label)
{
    Sha256 sha;
    QByteArray block(kBlockSize, Qt::Uninitialized);
    StoredData stored;
    for (;;) {
        const qint64 n = from.read(block.data(), kBlockSize);
        if (n < 0)
            return makeError(ErrorCode::BadRequest, tr("%1: read failed: %2").arg(label, from.errorString()));
        if (n == 0)
            break;
        // The block is hashed on another core while it is written.
        std::future<void> hashed;
        if (hash)
            hashed = std::async(std::launch::async, [&sha, &block, n] { sha.add(block.constData(), n); });
        const bool written = to.write(block.constData(), n) == n;
        if (hashed.valid())
            hashed.wait();
        if (!written)
            return makeError(ErrorCode::Internal, tr("%1: write failed: %2").arg(label, to.errorString()));
        stored.size += n;
        if (progress && !progress(stored.size, total))
            return makeError(ErrorCode::Conflict, tr("%1: cancelled").arg(label));
    }
    if (hash)
        stored.sha256 = sha.hex();
    return stored;
}

Result<StoredData> ImageStore::receiveFile(const QString &imageId, const QString &sourcePath,
                                           const ByteProgress &progress)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadRequest, tr("%1: cannot be read: %2").arg(sourcePath, source.errorString()));
    QDir().mkpath(m_dir);
    QFile part(partPathOf(imageId));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Internal,
                         tr("Image store %1: cannot write: %2").arg(m_dir, part.errorString()));
    auto copied = copyStream(source, part, source.size(), true, progress, sourcePath);
    part.close();
    if (!copied) {
        QFile::remove(part.fileName());
        return copied.error();
    }
    return copied;
}

Result<void> ImageStore::commit(const QString &imageId)
{
    const QString final = pathOf(imageId);
    QFile::remove(final);
    if (!QFile::rename(partPathOf(imageId), final))
        return makeError(ErrorCode::Internal, tr("Image store %1: cannot move %2 into place").arg(m_dir, imageId));
    QFile::setPermissions(final, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

void ImageStore::discard(const QString &imageId)
{
    QFile::remove(partPathOf(imageId));
    QFile::remove(pathOf(imageId));
}

Result<qint64> ImageStore::exportTo(const QString &imageId, const QString &targetPath, const ByteProgress &progress)
{
    QFile source(pathOf(imageId));
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Image %1: its data is missing from the image store").arg(imageId));
    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::BadRequest, tr("%1: cannot write: %2").arg(targetPath, target.errorString()));
    auto copied = copyStream(source, target, source.size(), false, progress, targetPath);
    if (!copied) {
        target.cancelWriting();
        return copied.error();
    }
    if (!target.commit())
        return makeError(ErrorCode::Internal, tr("%1: cannot write: %2").arg(targetPath, target.errorString()));
    return copied->size;
}

} // namespace sd
