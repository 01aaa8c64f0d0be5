#pragma once

#include "core/result.h"
#include "hostinfo.h"

#include <QCoreApplication>

namespace sd {

// A libvirt URI taken apart, after the checks a user deserves before we try to connect.
struct HostUri
{
    Q_DECLARE_TR_FUNCTIONS(sd::HostUri)

public:
    HostKind kind = HostKind::Simulated;
    QString scheme;     // "test", "qemu", "qemu+ssh", ...
    QString host;       // empty for local and simulated
    QString transport;  // "ssh", "libssh", "tls", ... (empty: the local socket)
    QString user;       // qemu+ssh://USER@host; empty: the SSH client's default
    int port = -1;      // -1: the transport's default
    QString keyFile;    // ?keyfile=PATH: the SSH private key to log in with
    QString knownHosts; // ?known_hosts=PATH: the SSH known_hosts file (default ~/.ssh/known_hosts)
    QString path;       // "/system", "/default", or a node XML file for test:///
    QString text;       // as given, trimmed

    static Result<HostUri> parse(const QString &uri);

    // qemu+ssh, qemu+libssh, qemu+libssh2: the host is reached through an SSH login.
    bool overSsh() const;
};

} // namespace sd
