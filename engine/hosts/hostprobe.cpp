#include "hostprobe.h"

#include "storagepool.h"

#include <optional>

#include <QXmlStreamReader>

#include <libvirt/libvirt.h>

namespace sd {

namespace {

qint64 kibToMib(unsigned long long kib) { return qint64(kib / 1024); }
qint64 bytesToGib(unsigned long long bytes) { return qint64(bytes / (1024ULL * 1024 * 1024)); }

// Graphics types from <domainCapabilities><devices><graphics supported='yes'><enum name='type'>.
QStringList supportedGraphics(const QString &domcapsXml)
{
    QStringList types;
    QXmlStreamReader xml(domcapsXml);
    bool inGraphics = false, inTypeEnum = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("graphics"))
                inGraphics = xml.attributes().value(QLatin1String("supported")) == QLatin1String("yes");
            else if (inGraphics && xml.name() == QLatin1String("enum"))
                inTypeEnum = xml.attributes().value(QLatin1String("name")) == QLatin1String("type");
            else if (inTypeEnum && xml.name() == QLatin1String("value"))
                types.append(xml.readElementText());
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("graphics"))
                inGraphics = false;
            else if (xml.name() == QLatin1String("enum"))
                inTypeEnum = false;
        }
    }
    return types;
}

} // namespace

HostCapabilities HostProbe::detectCapabilities(virConnectPtr conn, HostKind kind, const QString &hypervisorType)
{
    HostCapabilities caps;
    const bool qemu = hypervisorType.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0;
    // libvirt has no public call that answers "can you hotplug / migrate / open a console"; the driver
    // decides. QEMU's driver does all three; libvirt 9.0's test driver does none of them (DESIGN.md §3).
    caps.hotplug = qemu;
    caps.migration = qemu;
    caps.console = qemu;
    // The nwfilter driver is a separate daemon module: ask it directly.
    caps.nwfilter = virConnectNumOfNWFilters(conn) >= 0;
    if (char *domcaps = virConnectGetDomainCapabilities(conn, nullptr, nullptr, nullptr, nullptr, 0)) {
        const QStringList graphics = supportedGraphics(QString::fromUtf8(domcaps));
        free(domcaps);
        caps.vnc = graphics.contains(QLatin1String("vnc"));
        caps.spice = graphics.contains(QLatin1String("spice"));
    }
    // File descriptors only cross a local UNIX socket, never SSH or TLS.
    caps.fdPassing = qemu && kind == HostKind::Local;
    return caps;
}

QList<DomainSummary> HostProbe::listDomains(virConnectPtr conn)
{
    QList<DomainSummary> list;
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(conn, &domains, 0);
    for (int i = 0; i < n; ++i) {
        virDomainPtr dom = domains[i];
        DomainSummary d;
        d.name = QString::fromUtf8(virDomainGetName(dom));
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(dom, uuid) == 0)
            d.uuid = QString::fromLatin1(uuid);
        virDomainInfo info;
        if (virDomainGetInfo(dom, &info) == 0) {
            d.running = info.state == VIR_DOMAIN_RUNNING || info.state == VIR_DOMAIN_BLOCKED ||
                        info.state == VIR_DOMAIN_PAUSED;
            d.vcpus = info.nrVirtCpu;
            d.memoryMb = kibToMib(info.maxMem);
        }
        if (d.name.startsWith(QLatin1String("sd-"))) {
            char *meta = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, kInstanceMetadataNamespace,
                                              VIR_DOMAIN_AFFECT_CONFIG);
            d.ownedByStackDesk = meta != nullptr;
            free(meta);
        }
        list.append(d);
        virDomainFree(dom);
    }
    free(domains);
    return list;
}

HostFacts HostProbe::collect(virConnectPtr conn, HostKind kind)
{
    HostFacts f = collectStatic(conn, kind);
    collectDynamic(conn, f);
    return f;
}

HostFacts HostProbe::collectStatic(virConnectPtr conn, HostKind kind)
{
    HostFacts f;
    if (char *name = virConnectGetHostname(conn)) {
        f.hostname = QString::fromUtf8(name);
        free(name);
    }
    if (const char *type = virConnectGetType(conn))
        f.hypervisorType = QString::fromUtf8(type);
    unsigned long v = 0;
    if (virConnectGetVersion(conn, &v) == 0)
        f.hypervisorVersion = v;
    if (virConnectGetLibVersion(conn, &v) == 0)
        f.libvirtVersion = v;

    virNodeInfo node;
    if (virNodeGetInfo(conn, &node) == 0) {
        f.cpuModel = QString::fromUtf8(node.model);
        f.vcpus = int(node.cpus);
        f.memoryMb = kibToMib(node.memory);
    }
    f.capabilities = detectCapabilities(conn, kind, f.hypervisorType);
    return f;
}

void HostProbe::collectDynamic(virConnectPtr conn, HostFacts &f)
{
    const unsigned long long freeBytes = virNodeGetFreeMemory(conn);
    f.freeMemoryMb = freeBytes > 0 ? qint64(freeBytes / (1024 * 1024)) : -1;

    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(conn, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    unsigned long long capacity = 0, allocation = 0;
    std::optional<virStoragePoolInfo> instances;
    for (int i = 0; i < n; ++i) {
        virStoragePoolInfo info;
        if (virStoragePoolGetInfo(pools[i], &info) == 0) {
            capacity += info.capacity;
            allocation += info.allocation;
            if (qstrcmp(virStoragePoolGetName(pools[i]), StoragePool::kInstancesPool) == 0)
                instances = info;
        }
        virStoragePoolFree(pools[i]);
    }
    free(pools);
    // The host's disk is where instances' disks go (Nova reports its instances_path): the instances pool
    // once it exists, all active pools before that.
    f.diskGb = bytesToGib(instances ? instances->capacity : capacity);
    f.diskUsedGb = bytesToGib(instances ? instances->allocation : allocation);

    f.domains = listDomains(conn);
    f.seenAt = QDateTime::currentDateTimeUtc();
}

} // namespace sd
