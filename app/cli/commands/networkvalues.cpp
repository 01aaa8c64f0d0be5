#include "networkvalues.h"

#include "networkoptions.h"

namespace sd::cli::NetworkValues {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant();
}

QString state(bool adminStateUp)
{
    return adminStateUp ? QStringLiteral("UP") : QStringLiteral("DOWN");
}

QVariant pools(const QList<AllocationPool> &pools)
{
    QVariantList list;
    for (const AllocationPool &pool : pools)
        list.append(QVariantMap{{QStringLiteral("start"), pool.start}, {QStringLiteral("end"), pool.end}});
    return list;
}

QVariant hostRoutes(const QList<HostRoute> &routes)
{
    QVariantList list;
    for (const HostRoute &route : routes)
        list.append(QVariantMap{{QStringLiteral("destination"), route.destination},
                                {QStringLiteral("nexthop"), route.nexthop}});
    return list;
}

QVariant fixedIps(const QList<FixedIp> &ips)
{
    QVariantList list;
    for (const FixedIp &ip : ips)
        list.append(QVariantMap{{QStringLiteral("subnet_id"), ip.subnetId},
                                {QStringLiteral("ip_address"), ip.ipAddress}});
    return list;
}

QVariantHash rule(const SecurityGroupRule &r)
{
    const auto number = [](int n) { return n < 0 ? QVariant() : QVariant(n); };
    return {
        {QStringLiteral("created_at"), orNull(r.createdAt)},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("direction"), r.direction},
        {QStringLiteral("ethertype"), r.ethertype},
        {QStringLiteral("id"), r.id},
        {QStringLiteral("port_range"), portRange(r)},
        {QStringLiteral("port_range_max"), number(r.portRangeMax)},
        {QStringLiteral("port_range_min"), number(r.portRangeMin)},
        {QStringLiteral("protocol"), orNull(r.protocol)},
        {QStringLiteral("remote_group_id"), orNull(r.remoteGroupId)},
        {QStringLiteral("remote_ip_prefix"), orNull(r.remoteIpPrefix)},
        {QStringLiteral("security_group_id"), r.securityGroupId},
    };
}

QString portRange(const SecurityGroupRule &r)
{
    if (NetworkOptions::isIcmp(r.protocol) || (r.portRangeMin < 0 && r.portRangeMax < 0))
        return {};
    const int min = r.portRangeMin < 0 ? r.portRangeMax : r.portRangeMin;
    const int max = r.portRangeMax < 0 ? r.portRangeMin : r.portRangeMax;
    return QStringLiteral("%1:%2").arg(min).arg(max);
}

Row row(const QList<Column> &columns, const QVariantHash &fields)
{
    Row row;
    for (const Column &column : columns)
        row.append(fields.value(column.key));
    return row;
}

} // namespace sd::cli::NetworkValues
