#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sd {

// Runs a system tool (nft, ip) inside one network namespace: through nsenter when the namespace is not
// this process's own. Arguments are a list, never a shell line; every run has a timeout. Blocking: for a
// host's worker thread only.
class NetnsCommand
{
    Q_DECLARE_TR_FUNCTIONS(sd::NetnsCommand)

public:
    // netns: "/proc/PID/ns/net", or empty for this process's namespace.
    explicit NetnsCommand(QString netns) : m_netns(std::move(netns)) {}

    // The tool's full path in the system directories (or name itself when it is an absolute path to an
    // executable), or empty when it is not installed.
    static QString findTool(const QString &name);

    // The tool's standard output; an error with its standard error when it fails or runs too long.
    Result<QByteArray> run(const QString &tool, const QStringList &args, const QByteArray &input = {},
                           int timeoutMs = 10000) const;

private:
    QString m_netns;
};

} // namespace sd
