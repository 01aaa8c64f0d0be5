#include "daemonnetns.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace sd {

namespace {

// The sockets a qemu:///system client may reach, the network daemon's first: in libvirt's modular mode
// virtnetworkd owns the bridges, in the monolithic one libvirtd does.
QStringList socketCandidates(const QString &uri)
{
    const QUrlQuery query(QUrl(uri).query());
    if (query.hasQueryItem(QStringLiteral("socket")))
        return {query.queryItemValue(QStringLiteral("socket"), QUrl::FullyDecoded)};
    return {QStringLiteral("/run/libvirt/virtnetworkd-sock"), QStringLiteral("/run/libvirt/virtqemud-sock"),
            QStringLiteral("/run/libvirt/libvirt-sock")};
}

// The pid of the process listening on a UNIX socket (SO_PEERCRED), or -1 with why in *error.
pid_t listenerPid(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un addr{};
    if (size_t(name.size()) >= sizeof addr.sun_path) {
        *error = DaemonNetns::tr("socket path %1 is too long").arg(path);
        return -1;
    }
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    pid_t pid = -1;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        ucred cred{};
        socklen_t len = sizeof cred;
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0)
            pid = cred.pid;
        else
            *error = QString::fromLocal8Bit(std::strerror(errno));
    } else {
        *error = path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
    }
    ::close(fd);
    return pid;
}

// "net:[4026531840]": the kernel's name of a namespace (QFile::symLinkTarget would make it a path).
QByteArray namespaceName(const QString &link)
{
    char buf[64];
    const ssize_t n = ::readlink(QFile::encodeName(link).constData(), buf, sizeof buf - 1);
    return n > 0 ? QByteArray(buf, int(n)) : QByteArray();
}

} // namespace

Result<QString> DaemonNetns::find(const QString &uri)
{
    QStringList tried;
    for (const QString &socket : socketCandidates(uri)) {
        if (!QFileInfo::exists(socket))
            continue;
        QString error;
        const pid_t pid = listenerPid(socket, &error);
        if (pid <= 0) {
            tried << error;
            continue;
        }
        const QString theirs = QStringLiteral("/proc/%1/ns/net").arg(pid);
        const QByteArray target = namespaceName(theirs);
        if (target.isEmpty())
            return makeError(ErrorCode::HostUnavailable,
                             tr("the network namespace of the libvirt daemon (pid %1 on %2) cannot be read")
                                 .arg(pid)
                                 .arg(socket));
        if (target == namespaceName(QStringLiteral("/proc/self/ns/net")))
            return QString();
        return theirs;
    }
    return makeError(
        ErrorCode::HostUnavailable,
        tried.isEmpty()
            ? tr("no libvirt daemon socket was found for %1").arg(uri)
            : tr("no libvirt daemon answers for %1 (%2)").arg(uri, tried.join(QStringLiteral("; "))));
}

} // namespace sd
