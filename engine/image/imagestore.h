#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

#include <memory>

class QIODevice;
struct evp_md_ctx_st;

namespace sd {

// Called as bytes move; total is -1 when unknown. Returning false cancels.
using ByteProgress = std::function<bool(qint64 done, qint64 total)>;

struct StoredData
{
    qint64 size = 0;
    QString sha256; // hex
};

// The image store: one file per image in the data dir's images/ folder, named by the image's id. Data
// arrives in "<id>.part" and is renamed into place only when it is complete and checked, so a crash or a
// failed upload never leaves a file that looks whole.
class ImageStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImageStore)

public:
    explicit ImageStore(QString directory);

    QString directory() const { return m_dir; }
    QString pathOf(const QString &imageId) const;
    QString partPathOf(const QString &imageId) const;

    // Copies a local file into <id>.part, hashing as it goes.
    Result<StoredData> receiveFile(const QString &imageId, const QString &sourcePath, const ByteProgress &progress);
    // The .part file is whole: move it into place.
    Result<void> commit(const QString &imageId);
    // Forgets an image's data, whole or partial.
    void discard(const QString &imageId);
    // Copies a stored image out to a file the user chose (written beside it first, then renamed).
    Result<qint64> exportTo(const QString &imageId, const QString &targetPath, const ByteProgress &progress);

    // Copies from → to in large blocks with progress; the sha256 of what was copied when hash is set.
    static Result<StoredData> copyStream(QIODevice &from, QIODevice &to, qint64 total, bool hash,
                                         const ByteProgress &progress, const QString &label);

private:
    QString m_dir;
};

// Incremental sha256 on OpenSSL, which uses the CPU's SHA extensions (several times faster than Qt 6.4's
// or libsodium's portable code, which would halve the upload speed).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const char *data, qint64 length);
    QString hex();

private:
    evp_md_ctx_st *m_ctx;
};

} // namespace sd
