#include "seediso.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace sd {

namespace {
// YAML single-quoted scalar: only the quote itself needs doubling.
QByteArray quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + v.toUtf8() + "'";
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

QByteArray SeedIso::metaData(const SeedData &seed)
{
    QByteArray out;
    out += "instance-id: " + quoted(seed.instanceId) + "\n";
    out += "local-hostname: " + quoted(seed.hostname) + "\n";
    if (!seed.publicKeys.isEmpty()) {
        out += "public-keys:\n";
        for (const QString &key : seed.publicKeys)
            out += "  - " + quoted(key.simplified()) + "\n";
    }
    if (!seed.adminPassword.isEmpty())
        out += "admin_pass: " + quoted(seed.adminPassword) + "\n";
    return out;
}

QString SeedIso::hostnameFor(const QString &instanceName, const QString &instanceId)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9-]+"));
    QString h = instanceName.toLower();
    h.replace(notAllowed, QStringLiteral("-"));
    while (h.startsWith(QLatin1Char('-')))
        h.remove(0, 1);
    h.truncate(63);
    while (h.endsWith(QLatin1Char('-')))
        h.chop(1);
    // Nova's fallback for a name with nothing usable in it.
    return h.isEmpty() ? QStringLiteral("server-") + instanceId.left(8) : h;
}

Result<QString> SeedIso::build(const SeedData &seed, const QString &dir)
{
    if (seed.userData.size() > kMaxUserDataBytes)
        return makeError(ErrorCode::BadRequest, tr("User data: %1 bytes, at most %2 are allowed")
                                                    .arg(seed.userData.size())
                                                    .arg(kMaxUserDataBytes));
    QDir d(dir);
    if (!d.mkpath(QStringLiteral(".")) || !writeFile(d.filePath(QStringLiteral("meta-data")), metaData(seed))
        || !writeFile(d.filePath(QStringLiteral("user-data")), seed.userData))
        return makeError(ErrorCode::Internal, tr("The seed for instance %1 cannot be written in %2").arg(seed.instanceId, dir));
    const QString iso = d.filePath(QStringLiteral("seed.iso"));
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("xorriso"),
            {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"), QStringLiteral("-output"), iso,
             QStringLiteral("-volid"), QStringLiteral("cidata"), QStringLiteral("-joliet"), QStringLiteral("-rock"),
             QStringLiteral("user-data"), QStringLiteral("meta-data")});
    if (!p.waitForStarted(10000))
        return makeError(ErrorCode::Internal, tr("xorriso cannot be started (%1); install the xorriso package").arg(p.errorString()));
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Internal, tr("xorriso could not make the seed ISO"),
                         QString::fromLocal8Bit(p.readAllStandardError()));
    return iso;
}

} // namespace sd
