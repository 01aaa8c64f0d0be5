#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// The network namespace of the libvirt daemon behind a local URI: where its bridges are, and so where
// StackDesk's NAT rules and floating addresses must go. libvirt has no API for it. On a normal machine it is
// the root namespace; the integration tests run libvirtd in a namespace of their own.
class DaemonNetns
{
    Q_DECLARE_TR_FUNCTIONS(sd::DaemonNetns)

public:
    // "/proc/PID/ns/net" of the daemon that answers on the URI's UNIX socket, or an empty string when it
    // shares this process's namespace (no nsenter needed).
    static Result<QString> find(const QString &uri);
};

} // namespace sd
