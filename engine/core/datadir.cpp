#include "datadir.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace sd {

QString DataDir::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("STACKDESK_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/stackdesk");
}

QString DataDir::demoPath()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/stackdesk/demo");
}

Result<DataDir> DataDir::open(const QString &path)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Data dir: no path given"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFileInfo info(absolute);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::BadRequest,
                         tr("Data dir %1: exists but is not a folder").arg(absolute));
    QDir dir;
    for (const char *sub : {"", "images", "logs", "hosts"}) {
        const QString p = absolute + (qstrlen(sub) ? QStringLiteral("/") + QLatin1String(sub) : QString());
        if (!dir.mkpath(p))
            return makeError(ErrorCode::BadRequest,
                             tr("Data dir %1: cannot create %2; choose a folder you may write to").arg(absolute, p));
    }
    // mkpath succeeds on an existing read-only folder, so prove we can write.
    QTemporaryFile probe(absolute + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open())
        return makeError(ErrorCode::BadRequest,
                         tr("Data dir %1: not writable; choose a folder you may write to").arg(absolute),
                         probe.errorString());
    return DataDir(absolute);
}

QString DataDir::databaseFile() const { return m_path + QStringLiteral("/stackdesk.db"); }
QString DataDir::imagesPath() const { return m_path + QStringLiteral("/images"); }
QString DataDir::logsPath() const { return m_path + QStringLiteral("/logs"); }
QString DataDir::hostsPath() const { return m_path + QStringLiteral("/hosts"); }

} // namespace sd
