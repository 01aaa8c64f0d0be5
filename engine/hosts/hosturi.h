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
    QString path;       // "/system", "/default", or a node XML file for test:///
    QString text;       // as given, trimmed

    static Result<HostUri> parse(const QString &uri);
};

} // namespace sd
