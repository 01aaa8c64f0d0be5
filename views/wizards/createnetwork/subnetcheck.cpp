#include "subnetcheck.h"

#include "core/namecheck.h"
#include "network/subnetservice.h"

namespace sd {

namespace {
QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out.append(line.trimmed());
    return out;
}

// "a,b" lines; the first malformed one is named with its number and an example of the right form.
template <typename T, typename Make>
QString parsePairs(const QString &text, const QString &field, const QString &example, QList<T> &out,
                   Make make)
{
    const QStringList all = lines(text);
    for (int i = 0; i < all.size(); ++i) {
        const QString &line = all.at(i);
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char(','));
        if (parts.size() != 2 || parts.at(0).trimmed().isEmpty() || parts.at(1).trimmed().isEmpty())
            return SubnetCheck::tr("%1, line %2: \"%3\" is not two values separated by a comma, such as %4")
                .arg(field)
                .arg(i + 1)
                .arg(line, example);
        out.append(make(parts.at(0).trimmed(), parts.at(1).trimmed()));
    }
    return {};
}
} // namespace

SubnetCheck SubnetCheck::run(const SubnetInput &input, const QList<Subnet> &siblings)
{
    SubnetCheck check;
    SubnetSpec &spec = check.spec;
    spec.name = input.name.trimmed();
    spec.cidr = input.cidr.trimmed();
    spec.ipVersion = input.ipVersion;
    spec.gatewayIp = input.noGateway ? QString() : input.gatewayIp.trimmed();
    spec.noGateway = input.noGateway;
    spec.enableDhcp = input.enableDhcp;
    for (const QString &line : lines(input.dns))
        if (!line.isEmpty())
            spec.dnsNameservers.append(line);

    auto &problems = check.problems;
    if (!spec.name.isEmpty())
        if (auto name = checkedName(tr("Subnet name"), spec.name); !name)
            problems.insert(SubnetField::Name, name.error().message);
    if (const QString bad = parsePairs(input.pools, tr("Allocation Pools"),
                                       QStringLiteral("10.0.0.10,10.0.0.99"), spec.allocationPools,
                                       [](const QString &a, const QString &b) {
                                           return AllocationPool{a, b};
                                       });
        !bad.isEmpty())
        problems.insert(SubnetField::Pools, bad);
    if (const QString bad = parsePairs(input.routes, tr("Host Routes"),
                                       QStringLiteral("192.168.200.0/24,10.0.0.1"), spec.hostRoutes,
                                       [](const QString &a, const QString &b) {
                                           return HostRoute{a, b};
                                       });
        !bad.isEmpty())
        problems.insert(SubnetField::Routes, bad);

    if (spec.cidr.isEmpty()) {
        problems.insert(SubnetField::Cidr,
                        tr("Network Address: required, in CIDR form such as 192.168.0.0/24"));
        return check;
    }
    // The engine's rules, one field at a time: a subnet that differs from an accepted one in a single
    // field fails for that field only, so its words go under that field.
    const auto refusal = [](const SubnetSpec &probe, const QList<Subnet> &others = {}) {
        auto resolved = SubnetService::resolve(probe, others);
        return resolved ? QString() : resolved.error().message;
    };
    SubnetSpec base;
    base.cidr = spec.cidr;
    if (const QString why = refusal(base); !why.isEmpty()) {
        problems.insert(SubnetField::Cidr, why);
        return check;
    }
    base.ipVersion = spec.ipVersion;
    if (const QString why = refusal(base); !why.isEmpty()) {
        problems.insert(SubnetField::IpVersion, why);
        return check;
    }
    base.gatewayIp = spec.gatewayIp;
    base.noGateway = spec.noGateway;
    if (const QString why = refusal(base); !why.isEmpty()) {
        problems.insert(SubnetField::Gateway, why);
        return check;
    }
    if (!problems.contains(SubnetField::Pools)) {
        SubnetSpec probe = base;
        probe.allocationPools = spec.allocationPools;
        if (const QString why = refusal(probe); !why.isEmpty())
            problems.insert(SubnetField::Pools, why);
    }
    if (!spec.dnsNameservers.isEmpty()) {
        SubnetSpec probe = base;
        probe.dnsNameservers = spec.dnsNameservers;
        if (const QString why = refusal(probe); !why.isEmpty())
            problems.insert(SubnetField::Dns, why);
    }
    if (!problems.contains(SubnetField::Routes)) {
        SubnetSpec probe = base;
        probe.hostRoutes = spec.hostRoutes;
        if (const QString why = refusal(probe); !why.isEmpty())
            problems.insert(SubnetField::Routes, why);
    }
    if (!problems.isEmpty())
        return check;
    // Every field is right on its own; what is left is the network's other subnets (an overlap).
    auto resolved = SubnetService::resolve(spec, siblings);
    if (!resolved) {
        problems.insert(SubnetField::Cidr, resolved.error().message);
        return check;
    }
    check.resolved = *resolved;
    return check;
}

QString SubnetCheck::first() const
{
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        if (!it.value().isEmpty())
            return it.value();
    return {};
}

SubnetField SubnetCheck::firstField() const
{
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        if (!it.value().isEmpty())
            return it.key();
    return SubnetField::Name;
}

bool SubnetCheck::isDetail(SubnetField field)
{
    return field == SubnetField::Pools || field == SubnetField::Dns || field == SubnetField::Routes;
}

QString SubnetCheck::poolsText(const QList<AllocationPool> &pools)
{
    QStringList out;
    for (const AllocationPool &pool : pools)
        out.append(pool.start + QLatin1Char(',') + pool.end);
    return out.join(QLatin1Char('\n'));
}

QString SubnetCheck::routesText(const QList<HostRoute> &routes)
{
    QStringList out;
    for (const HostRoute &route : routes)
        out.append(route.destination + QLatin1Char(',') + route.nexthop);
    return out.join(QLatin1Char('\n'));
}

} // namespace sd
