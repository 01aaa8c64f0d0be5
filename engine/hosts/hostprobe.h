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
    // What does not change while connected: names, versions, CPU, capabilities. Read once per connection:
    // virConnectGetHostname resolves the name through DNS, which can take seconds where it does not resolve.
    static HostFacts collectStatic(virConnectPtr conn, HostKind kind);
    // Memory, storage and domains: re-read on every refresh, on top of the static facts.
    static void collectDynamic(virConnectPtr conn, HostFacts &facts);
    static HostCapabilities detectCapabilities(virConnectPtr conn, HostKind kind, const QString &hypervisorType);
    static QList<DomainSummary> listDomains(virConnectPtr conn);
};

} // namespace sd
