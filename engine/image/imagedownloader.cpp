#include "imagedownloader.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sd {

Result<void> ImageDownloader::validateUrl(const QUrl &url)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Image URL '%1': not a valid URL").arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return makeError(ErrorCode::BadRequest,
                         tr("Image URL '%1': only http:// and https:// URLs can be downloaded").arg(shown));
    return {};
}

Result<StoredData> ImageDownloader::download(const QUrl &url, const QString &targetPath, const ByteProgress &progress)
{
    const QString shown = url.toDisplayString();
    QFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Internal, tr("%1: cannot write: %2").arg(targetPath, target.errorString()));

    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(kStallTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("StackDesk"));
    QNetworkReply *reply = manager.get(request);

    Sha256 sha;
    StoredData stored;
    QString writeError;
    bool cancelled = false;
    QEventLoop loop;
    const auto drain = [&] {
        if (!reply->isOpen()) // aborted: nothing more to read
            return;
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty() || !writeError.isEmpty())
            return;
        if (target.write(chunk) != chunk.size()) {
            writeError = target.errorString();
            reply->abort();
            return;
        }
        sha.add(chunk.constData(), chunk.size());
        stored.size += chunk.size();
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, drain);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64, qint64 total) {
        if (progress && !progress(stored.size, total > 0 ? total : -1)) {
            cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    drain();
    target.close();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netMessage = reply->errorString();
    reply->deleteLater();

    const auto fail = [&](Error error) -> Result<StoredData> {
        QFile::remove(targetPath);
        return error;
    };
    if (cancelled)
        return fail(Error{ErrorCode::Conflict, tr("Download of %1: cancelled").arg(shown), {}});
    if (!writeError.isEmpty())
        return fail(Error{ErrorCode::Internal, tr("Download of %1: cannot write: %2").arg(shown, writeError), {}});
    if (status >= 400)
        return fail(Error{ErrorCode::BadRequest,
                          tr("Download of %1: the server answered HTTP %2").arg(shown).arg(status), netMessage});
    if (netError != QNetworkReply::NoError)
        return fail(Error{ErrorCode::BadRequest, tr("Download of %1 failed: %2").arg(shown, netMessage), {}});
    stored.sha256 = sha.hex();
    return stored;
}

} // namespace sd
