#include "hostcolumns.h"

#include "hosts/hostinfo.h"

#include <QDateTime>

namespace sd::cli {

namespace {

// Empty text and unknown figures are "none" (json null), not an empty string or -1.
QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant();
}

QVariant versionOrNull(quint64 version)
{
    return version == 0 ? QVariant() : QVariant(formatLibvirtVersion(version));
}

} // namespace

QList<Column> HostColumns::columns()
{
    // The order of this list is the order of every output; the row() below must follow it.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("uri"), tr("URI")},
        {QStringLiteral("kind"), tr("Kind"), {}, false},
        {QStringLiteral("state"), tr("State")},
        {QStringLiteral("state_since"), tr("State Since"), {}, false},
        {QStringLiteral("enabled"), tr("Enabled"), {}, false},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("disabled_reason"), tr("Disabled Reason"), {}, false},
        {QStringLiteral("availability_zone"), tr("Availability Zone"), tr("Zone")},
        {QStringLiteral("vcpus"), tr("vCPUs")},
        {QStringLiteral("vcpus_used"), tr("vCPUs Used")},
        {QStringLiteral("memory_mb"), tr("Memory MB")},
        {QStringLiteral("memory_mb_used"), tr("Memory Used MB")},
        {QStringLiteral("free_memory_mb"), tr("Free Memory MB"), {}, false},
        {QStringLiteral("disk_gb"), tr("Disk GB")},
        {QStringLiteral("disk_gb_used"), tr("Disk Used GB"), {}, false},
        {QStringLiteral("running_domains"), tr("Running Domains"), tr("Running")},
        // Domains StackDesk did not make: listed so the admin knows what else uses the host, never touched.
        {QStringLiteral("foreign_domains"), tr("Foreign Domains"), {}, false},
        {QStringLiteral("hostname"), tr("Hostname"), {}, false},
        {QStringLiteral("cpu_model"), tr("CPU Model"), {}, false},
        {QStringLiteral("hypervisor_type"), tr("Hypervisor Type"), {}, false},
        {QStringLiteral("hypervisor_version"), tr("Hypervisor Version"), {}, false},
        {QStringLiteral("libvirt_version"), tr("libvirt Version"), {}, false},
        {QStringLiteral("cpu_allocation_ratio"), tr("CPU Allocation Ratio"), {}, false},
        {QStringLiteral("ram_allocation_ratio"), tr("RAM Allocation Ratio"), {}, false},
        {QStringLiteral("disk_allocation_ratio"), tr("Disk Allocation Ratio"), {}, false},
        {QStringLiteral("reserved_host_memory_mb"), tr("Reserved Host Memory MB"), {}, false},
        {QStringLiteral("reserved_host_disk_mb"), tr("Reserved Host Disk MB"), {}, false},
        {QStringLiteral("capabilities"), tr("Capabilities"), {}, false},
        {QStringLiteral("last_error"), tr("Last Error"), {}, false},
        {QStringLiteral("created_at"), tr("Created At"), {}, false},
        {QStringLiteral("updated_at"), tr("Updated At"), {}, false},
    };
}

namespace {
QStringList foreignDomains(const HostFacts &facts)
{
    QStringList names;
    for (const DomainSummary &d : facts.domains)
        if (!d.ownedByStackDesk)
            names << d.name;
    return names;
}
} // namespace

Row HostColumns::row(const HostInfo &host)
{
    const HostRecord &r = host.record;
    const HostFacts &f = host.facts;
    return {
        r.id,
        r.name,
        r.uri,
        hostKindName(host.kind),
        hostStateName(host.state),
        orNull(host.stateSince),
        r.enabled,
        host.statusName(),
        orNull(r.disabledReason),
        r.availabilityZone,
        qint64(f.vcpus),
        qint64(f.usedVcpus()),
        f.memoryMb,
        f.usedMemoryMb(),
        f.freeMemoryMb < 0 ? QVariant() : QVariant(f.freeMemoryMb),
        f.diskGb,
        f.diskUsedGb,
        qint64(f.runningDomains()),
        foreignDomains(f),
        orNull(f.hostname),
        orNull(f.cpuModel),
        orNull(f.hypervisorType),
        versionOrNull(f.hypervisorVersion),
        versionOrNull(f.libvirtVersion),
        r.cpuAllocationRatio,
        r.ramAllocationRatio,
        r.diskAllocationRatio,
        r.reservedHostMemoryMb,
        r.reservedHostDiskMb,
        f.capabilities.toList().split(QLatin1Char(','), Qt::SkipEmptyParts),
        orNull(host.lastError),
        orNull(r.createdAt),
        orNull(r.updatedAt),
    };
}

} // namespace sd::cli
