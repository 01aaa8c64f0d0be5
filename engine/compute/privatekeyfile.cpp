#include "privatekeyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sd {

Result<void> PrivateKeyFile::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return makeError(
            ErrorCode::Conflict,
            tr("Private key file '%1': already exists; choose a new file (it is never overwritten)")
                .arg(path));
    if (!info.absoluteDir().exists())
        return makeError(
            ErrorCode::BadRequest,
            tr("Private key file '%1': folder %2 does not exist").arg(path, info.absolutePath()));
    return {};
}

Result<void> PrivateKeyFile::write(const QString &path, const QString &privateKey, Existing existing)
{
    if (existing == Existing::Replace && QFileInfo::exists(path) && !QFile::remove(path))
        return makeError(ErrorCode::BadRequest, tr("Private key file '%1': cannot replace it").arg(path));
    if (auto c = checkWritable(path); !c)
        return c;
    QFile file(path);
    // NewOnly: created here or not at all (O_EXCL), with the owner-only mode from the start.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorCode::BadRequest,
                         tr("Private key file '%1': cannot create it: %2").arg(path, file.errorString()));
    const QByteArray bytes = privateKey.toLatin1();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(path);
        return makeError(ErrorCode::BadRequest,
                         tr("Private key file '%1': cannot write it: %2").arg(path, reason));
    }
    return {};
}

} // namespace sd
