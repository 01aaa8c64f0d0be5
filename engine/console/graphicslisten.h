#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// Where a running domain's graphics device listens, read from its live XML: what an SSH channel to the
// host's loopback needs. Only a TCP port on 127.0.0.1 (or localhost) is reachable that way; a device
// listening on any other address would be open to the network, so it is refused rather than used.
class GraphicsListen
{
    Q_DECLARE_TR_FUNCTIONS(sd::GraphicsListen)

public:
    // The TCP port of graphics device `index` (libvirt's order) of `instanceName`, or why it has none
    // on the host's loopback.
    static Result<int> loopbackPort(const QString &domainXml, int index, const QString &instanceName);
};

} // namespace sd
