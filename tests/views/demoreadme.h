#pragma once

// The demo lab writes its passwords to <data dir>/README.txt; GUI tests sign in with them as a person
// would, reading the file rather than knowing how the engine makes passwords.

#include <QFile>
#include <QRegularExpression>
#include <QString>

namespace sd::test {

// who: "Administrator" or "Member", as the README's lines begin.
inline QString demoPassword(const QString &dataDir, const QString &who)
{
    QFile readme(dataDir + QStringLiteral("/README.txt"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression line(
        QStringLiteral("^%1: user \\S+, project \\S+, password (\\S+)$").arg(QRegularExpression::escape(who)),
        QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(readme.readAll())).captured(1);
}

} // namespace sd::test
