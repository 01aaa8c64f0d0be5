#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace sd {

// One instance's <interface> going into or out of its domain: the edit of the domain XML StackDesk keeps
// (the instances row's domain_xml), and the libvirt calls on the host's worker thread.
//
// Real hosts hot-plug (virDomainAttachDeviceFlags / virDomainDetachDeviceFlags, live and persistent
// while the domain runs, persistent only while it is off). libvirt's test driver has no hotplug
// (DESIGN.md §3): there the domain's persistent XML, as the host has it, is edited and defined again,
// and a running domain is restarted on it so its live XML shows the change as a hot-plug would (the
// test driver has no guest to notice). Editing what the host has, on the host's thread, keeps two
// changes queued one after the other from undoing each other.
class DomainInterfaces
{
    Q_DECLARE_TR_FUNCTIONS(sd::DomainInterfaces)

public:
    // domainXml with interfaceXml as the last <interface> of <devices>.
    static Result<QString> withInterface(const QString &domainXml, const QString &interfaceXml);
    // domainXml without the <interface> whose <mac address> is mac (any case); unchanged when none is.
    static Result<QString> withoutInterface(const QString &domainXml, const QString &mac);
    static bool hasInterface(const QString &domainXml, const QString &mac);

    // What one plug or unplug needs on the host.
    struct Change
    {
        QString domainName;
        QString interfaceXml; // the port's <interface>, as NetworkRealizer::interfaceXml writes it
        QString macAddress;
        bool simulated = false;
    };

    static Result<void> attach(virConnectPtr conn, const Change &change);
    static Result<void> detach(virConnectPtr conn, const Change &change);
    // A real host's unplug: the live device (the guest's answer awaited), then the definition.
    static Result<void> unplug(virDomainPtr domain, const Change &change);

    // How long a running guest has to release an unplugged interface (Nova's device_detach_timeout),
    // and how often the request is sent again meanwhile: a guest still booting misses the first ACPI
    // event, which is why Nova retries too.
    static constexpr int kDetachTimeoutMs = 20000;
    static constexpr int kDetachRetryMs = 5000;
};

} // namespace sd
