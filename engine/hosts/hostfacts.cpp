#include "hostfacts.h"

namespace sd {

namespace {
struct CapabilityName
{
    bool HostCapabilities::*flag;
    const char *name;
};
constexpr CapabilityName kCapabilityNames[] = {
    {&HostCapabilities::hotplug, "hotplug"},   {&HostCapabilities::migration, "migration"},
    {&HostCapabilities::nwfilter, "nwfilter"}, {&HostCapabilities::vnc, "vnc"},
    {&HostCapabilities::spice, "spice"},       {&HostCapabilities::fdPassing, "fd-passing"},
    {&HostCapabilities::console, "console"},   {&HostCapabilities::floatingIpNat, "floating-ip-nat"},
};
} // namespace

QString HostCapabilities::toList() const
{
    QStringList names;
    for (const auto &c : kCapabilityNames)
        if (this->*c.flag)
            names.append(QLatin1String(c.name));
    return names.join(QLatin1Char(','));
}

HostCapabilities HostCapabilities::fromList(const QString &list)
{
    HostCapabilities caps;
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &c : kCapabilityNames)
        caps.*c.flag = names.contains(QLatin1String(c.name));
    return caps;
}

int HostFacts::runningDomains() const
{
    return int(std::count_if(domains.begin(), domains.end(), [](const DomainSummary &d) { return d.running; }));
}

int HostFacts::usedVcpus() const
{
    int sum = 0;
    for (const auto &d : domains)
        if (d.running)
            sum += d.vcpus;
    return sum;
}

qint64 HostFacts::usedMemoryMb() const
{
    qint64 sum = 0;
    for (const auto &d : domains)
        if (d.running)
            sum += d.memoryMb;
    return sum;
}

QStringList HostFacts::stackDeskDomainNames() const
{
    QStringList names;
    for (const auto &d : domains)
        if (d.ownedByStackDesk)
            names.append(d.name);
    return names;
}

QString formatLibvirtVersion(quint64 version)
{
    if (version == 0)
        return {};
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

} // namespace sd
