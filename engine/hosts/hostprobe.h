#pragma once

#include "hostfacts.h"
#include "hostinfo.h"

typedef struct _virConnect *virConnectPtr;

namespace sd {

// The XML namespace of StackDesk's <metadata> element in every domain it creates.
inline constexpr const char *kInstanceMetadataNamespace = "urn:stackdesk:instance:1";

// Reads a host's facts over an open connection. Runs on the host's worker thread; never on the GUI thread.
class HostProbe
{
public:
    static HostFacts collect(virConnectPtr conn, HostKind kind);
    static HostCapabilities detectCapabilities(virConnectPtr conn, HostKind kind, const QString &hypervisorType);
    static QList<DomainSummary> listDomains(virConnectPtr conn);
};

} // namespace sd
