#pragma once

#include "imagestore.h"

#include <QCoreApplication>
#include <QUrl>

namespace sd {

// Fetches an image over HTTP(S) with Qt Network into a file, hashing as it arrives. Blocks the calling
// thread (a task's worker) in a local event loop; progress returning false aborts the transfer.
class ImageDownloader
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImageDownloader)

public:
    // A transfer that moves no byte for this long is given up.
    static constexpr int kStallTimeoutMs = 60000;

    static Result<void> validateUrl(const QUrl &url);
    static Result<StoredData> download(const QUrl &url, const QString &targetPath, const ByteProgress &progress);
};

} // namespace sd
