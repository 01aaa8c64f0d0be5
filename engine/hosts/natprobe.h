#pragma once

#include "hostinfo.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// Whether StackDesk can write floating IPs' NAT rules on a host (the floating-ip-nat capability): only on
// the local machine, where nft and ip run in the libvirt daemon's network namespace. Runs on the host's
// worker thread at connect; it only reads (nft list tables).
class NatProbe
{
    Q_DECLARE_TR_FUNCTIONS(sd::NatProbe)

public:
    // Empty when NAT can be realised; otherwise why not, in the user's words.
    static QString problem(HostKind kind, const QString &uri);
};

} // namespace sd
