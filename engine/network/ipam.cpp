#include "ipam.h"

#include "ipnet.h"
#include "store/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace sd {

namespace {

struct Range
{
    IpAddress first;
    IpAddress last;
};

QList<Range> rangesOf(const Subnet &subnet)
{
    QList<Range> ranges;
    for (const AllocationPool &pool : subnet.allocationPools) {
        const auto a = IpAddress::parse(pool.start);
        const auto b = IpAddress::parse(pool.end);
        if (a && b)
            ranges.append({*a, *b});
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &x, const Range &y) { return x.first < y.first; });
    return ranges;
}

QString portHolding(QSqlDatabase &db, const QString &subnetId, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT port_id FROM ip_allocations WHERE subnet_id = ? AND ip_key = ?"));
    bindValues(q, {subnetId, key});
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

// The first free address in [from, range.last], or nothing: one query over the taken run from `from`.
std::optional<IpAddress> firstFree(QSqlDatabase &db, const QString &subnetId, IpAddress from, const Range &range,
                                   const QString &gatewayKey)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ip_key FROM ip_allocations WHERE subnet_id = ? AND ip_key >= ? AND ip_key <= ? "
                             "ORDER BY ip_key"));
    bindValues(q, {subnetId, from.key(), range.last.key()});
    q.exec();
    QString nextTaken;
    const auto advance = [&] { nextTaken = q.next() ? q.value(0).toString() : QString(); };
    advance();
    IpAddress candidate = from;
    while (!(range.last < candidate)) {
        const QString key = candidate.key();
        while (!nextTaken.isEmpty() && nextTaken < key)
            advance();
        if (key != gatewayKey && nextTaken != key)
            return candidate;
        candidate.value += 1;
    }
    return std::nullopt;
}

} // namespace

quint64 Ipam::poolSize(const Subnet &subnet)
{
    quint64 total = 0;
    for (const Range &r : rangesOf(subnet)) {
        const Uint128 n = r.last.value - r.first.value + 1;
        total = n > Uint128(std::numeric_limits<quint64>::max() - total) ? std::numeric_limits<quint64>::max()
                                                                       : total + quint64(n);
    }
    return total;
}

qint64 Ipam::allocatedInPools(QSqlDatabase &db, const Subnet &subnet)
{
    qint64 count = 0;
    for (const Range &r : rangesOf(subnet)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM ip_allocations WHERE subnet_id = ? AND ip_key >= ? AND ip_key <= ?"));
        bindValues(q, {subnet.id, r.first.key(), r.last.key()});
        if (q.exec() && q.next())
            count += q.value(0).toLongLong();
    }
    return count;
}

Result<QString> Ipam::allocate(QSqlDatabase &db, const Subnet &subnet, const QString &requested, const QString &portId,
                               bool routerInterface)
{
    const auto net = IpNetwork::parse(subnet.cidr, tr("Subnet"));
    if (!net)
        return net.error();
    const QString label = subnet.name.isEmpty() ? subnet.cidr : QStringLiteral("%1 (%2)").arg(subnet.name, subnet.cidr);
    IpAddress chosen;
    if (!requested.isEmpty()) {
        const auto ip = IpAddress::parse(requested);
        if (!ip)
            return makeError(ErrorCode::BadRequest, tr("IP address '%1': not an IP address").arg(requested));
        if (!net->contains(*ip))
            return makeError(ErrorCode::BadRequest,
                             tr("IP address %1 is outside subnet %2").arg(ip->toString(), label));
        if (ip->toString() == subnet.gatewayIp && !routerInterface)
            return makeError(ErrorCode::Conflict,
                             tr("IP address %1 is the gateway of subnet %2").arg(ip->toString(), label));
        if (net->version() == 4 && net->prefix < 31 && (*ip == net->first() || *ip == net->last()))
            return makeError(ErrorCode::BadRequest, tr("IP address %1 is the network or broadcast address of subnet %2")
                                                        .arg(ip->toString(), label));
        if (const QString holder = portHolding(db, subnet.id, ip->key()); !holder.isEmpty())
            return makeError(ErrorCode::Conflict, tr("IP address %1 is already in use on subnet %2 (port %3)")
                                                      .arg(ip->toString(), label, holder));
        chosen = *ip;
    } else {
        const QList<Range> ranges = rangesOf(subnet);
        QSqlQuery cursor(db);
        cursor.prepare(QStringLiteral("SELECT next_ip_key FROM subnets WHERE id = ?"));
        bindValues(cursor, {subnet.id});
        cursor.exec();
        const QString cursorKey = cursor.next() ? cursor.value(0).toString() : QString();
        const IpAddress start = cursorKey.isEmpty() ? IpAddress{net->version(), 0}
                                                    : IpAddress::fromKey(net->version(), cursorKey);
        const QString gatewayKey = subnet.gatewayIp.isEmpty() ? QString() : IpAddress::parse(subnet.gatewayIp)->key();
        std::optional<IpAddress> found;
        // From the cursor to the end of the pools, then from their start round to the cursor.
        for (int pass = 0; pass < 2 && !found; ++pass)
            for (const Range &r : ranges) {
                if (pass == 0 && r.last < start)
                    continue;
                const IpAddress from = (pass == 0 && r.first < start) ? start : r.first;
                if ((found = firstFree(db, subnet.id, from, r, gatewayKey)))
                    break;
            }
        if (!found)
            return makeError(ErrorCode::Conflict,
                             tr("No free IP address on subnet %1: its allocation pools are exhausted").arg(label));
        chosen = *found;
    }
    if (auto e = execSql(db,
                         QStringLiteral("INSERT INTO ip_allocations (subnet_id, ip_key, ip_address, port_id) "
                                        "VALUES (?,?,?,?)"),
                         {subnet.id, chosen.key(), chosen.toString(), portId});
        !e)
        return makeError(ErrorCode::Conflict,
                         tr("IP address %1 is already in use on subnet %2").arg(chosen.toString(), label),
                         e.error().details);
    if (requested.isEmpty()) {
        IpAddress next = chosen;
        next.value += 1;
        if (auto e = execSql(db, QStringLiteral("UPDATE subnets SET next_ip_key = ? WHERE id = ?"),
                             {next.key(), subnet.id});
            !e)
            return e.error();
    }
    return chosen.toString();
}

Result<void> Ipam::release(QSqlDatabase &db, const QString &subnetId, const QString &ip)
{
    const auto address = IpAddress::parse(ip);
    if (!address)
        return {};
    return execSql(db, QStringLiteral("DELETE FROM ip_allocations WHERE subnet_id = ? AND ip_key = ?"),
                   {subnetId, address->key()});
}

} // namespace sd
