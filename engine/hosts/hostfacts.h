#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sd {

// What a host's driver can do, found at connect (DESIGN.md §3: ask, never assume).
struct HostCapabilities
{
    bool hotplug = false;   // virDomainAttachDeviceFlags on a live domain
    bool migration = false; // virDomainMigrate between hosts
    bool nwfilter = false;  // libvirt network filters (security groups)
    bool vnc = false;       // VNC graphics
    bool spice = false;     // SPICE graphics
    bool fdPassing = false; // virDomainOpenGraphicsFD: only over a local UNIX socket
    bool console = false;   // virDomainOpenConsole (serial console)
    bool floatingIpNat = false; // StackDesk can write floating IPs' nftables rules there (NatProbe)

    // "hotplug,migration,..." for the store and for `-f value`.
    QString toList() const;
    static HostCapabilities fromList(const QString &list);
    bool operator==(const HostCapabilities &) const = default;
};

// One domain as seen on a host; enough to count usage and to recognise StackDesk's own domains.
struct DomainSummary
{
    QString name;
    QString uuid;
    bool running = false;
    int vcpus = 0;
    qint64 memoryMb = 0;
    bool ownedByStackDesk = false; // named sd-<uuid> and carries StackDesk's metadata
    bool operator==(const DomainSummary &) const = default;
};

// A snapshot of what a host reported, taken on its worker thread and handed to the main thread.
struct HostFacts
{
    QString hostname;
    QString hypervisorType;       // "QEMU", "Test"
    quint64 hypervisorVersion = 0; // libvirt's encoding: major * 1,000,000 + minor * 1,000 + release
    quint64 libvirtVersion = 0;
    QString cpuModel;
    int vcpus = 0;
    qint64 memoryMb = 0;
    qint64 freeMemoryMb = -1; // -1: the driver cannot tell
    qint64 diskGb = 0;        // capacity of the host's active storage pools
    qint64 diskUsedGb = 0;
    HostCapabilities capabilities;
    QString natProblem; // why floatingIpNat is off, in the user's words (not stored: found at each connect)
    QList<DomainSummary> domains;
    QDateTime seenAt;

    int runningDomains() const;
    int usedVcpus() const;     // of running domains
    qint64 usedMemoryMb() const; // of running domains
    QStringList stackDeskDomainNames() const;
};

// "9.0.0" from libvirt's integer encoding.
QString formatLibvirtVersion(quint64 version);

} // namespace sd

Q_DECLARE_METATYPE(sd::HostFacts)
