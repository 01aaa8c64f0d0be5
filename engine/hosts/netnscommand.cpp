#include "netnscommand.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace sd {

QString NetnsCommand::findTool(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')))
        return QFileInfo(name).isExecutable() ? name : QString();
    // Root's PATH may not be ours (a desktop session's lacks /usr/sbin): look where Debian puts them.
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                 QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

Result<QByteArray> NetnsCommand::run(const QString &tool, const QStringList &args, const QByteArray &input,
                                     int timeoutMs) const
{
    const QString path = findTool(tool);
    if (path.isEmpty())
        return makeError(ErrorCode::HostUnavailable, tr("%1 is not installed on this machine").arg(tool));
    QString program = path;
    QStringList arguments = args;
    if (!m_netns.isEmpty()) {
        program = findTool(QStringLiteral("nsenter"));
        if (program.isEmpty())
            return makeError(ErrorCode::HostUnavailable,
                             tr("nsenter is not installed on this machine (package util-linux)"));
        arguments = QStringList{QStringLiteral("--net=") + m_netns, QStringLiteral("--"), path} + args;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return makeError(ErrorCode::Internal,
                         tr("%1 could not be started: %2").arg(tool, process.errorString()));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const QString line = tool + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return makeError(ErrorCode::Internal,
                         tr("%1 did not finish within %2 s").arg(line).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return makeError(ErrorCode::Internal,
                         tr("%1 failed (exit code %2): %3").arg(line).arg(process.exitCode()).arg(err));
    }
    return process.readAllStandardOutput();
}

} // namespace sd
