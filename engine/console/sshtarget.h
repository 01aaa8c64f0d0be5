#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

struct HostUri;

// Where an SSH login goes, from a qemu+ssh URI: the same user, host, port, key file and known_hosts file
// libvirt's own connection uses. `label` is the StackDesk host name, for messages only.
struct SshTarget
{
    Q_DECLARE_TR_FUNCTIONS(sd::SshTarget)

public:
    QString label;
    QString user; // empty: the SSH client's default (~/.ssh/config, then the local user)
    QString host;
    int port = -1;      // -1: the SSH client's default (~/.ssh/config, then 22)
    QString keyFile;    // tried besides the agent's and the default keys
    QString knownHosts; // empty: ~/.ssh/known_hosts (and /etc/ssh/ssh_known_hosts)

    // user@host:port as written in messages.
    QString address() const;
    // What one SSH session is shared by: the address, and the key file and known_hosts file it was
    // checked with (a target that names other ones logs in on its own).
    QString sessionKey() const;

    static Result<SshTarget> fromUri(const HostUri &uri, const QString &label);
};

} // namespace sd
