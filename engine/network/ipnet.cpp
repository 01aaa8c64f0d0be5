#include "ipnet.h"

#include <QHostAddress>

namespace sd {

namespace {

Uint128 maskOf(int prefix, int bits)
{
    if (prefix <= 0)
        return 0;
    const Uint128 all = bits == 32 ? Uint128(0xffffffffu) : ~Uint128(0);
    return (all << (bits - prefix)) & all;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    // QHostAddress accepts "10" or "1.2.3" as IPv4; an IP field wants four dotted numbers.
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/'))
        || (!trimmed.contains(QLatin1Char(':')) && trimmed.count(QLatin1Char('.')) != 3))
        return std::nullopt;
    QHostAddress host;
    if (!host.setAddress(trimmed) || !host.scopeId().isEmpty())
        return std::nullopt;
    IpAddress ip;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        ip.version = 4;
        ip.value = host.toIPv4Address();
        return ip;
    }
    if (host.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    ip.version = 6;
    const Q_IPV6ADDR bytes = host.toIPv6Address();
    for (int i = 0; i < 16; ++i)
        ip.value = (ip.value << 8) | bytes[i];
    return ip;
}

QString IpAddress::toString() const
{
    if (version == 4)
        return QHostAddress(quint32(value)).toString();
    Q_IPV6ADDR bytes;
    Uint128 v = value;
    for (int i = 15; i >= 0; --i) {
        bytes[i] = quint8(v & 0xff);
        v >>= 8;
    }
    return QHostAddress(bytes).toString();
}

QString IpAddress::key() const
{
    const quint64 high = quint64(value >> 64);
    const quint64 low = quint64(value);
    return QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
}

IpAddress IpAddress::fromKey(int version, const QString &key)
{
    IpAddress ip;
    ip.version = version;
    ip.value = (Uint128(key.left(16).toULongLong(nullptr, 16)) << 64) | key.mid(16).toULongLong(nullptr, 16);
    return ip;
}

Result<IpNetwork> IpNetwork::parse(const QString &cidr, const QString &field)
{
    const QString text = cidr.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return makeError(ErrorCode::BadRequest,
                         tr("%1 %2: give a network in CIDR form, such as 10.0.0.0/24").arg(field, cidr));
    const auto ip = IpAddress::parse(text.left(slash));
    if (!ip)
        return makeError(ErrorCode::BadRequest, tr("%1 %2: '%3' is not an IP address").arg(field, cidr, text.left(slash)));
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    const int bits = ip->version == 4 ? 32 : 128;
    if (!ok || prefix < 0 || prefix > bits)
        return makeError(ErrorCode::BadRequest,
                         tr("%1 %2: prefix length must be 0-%3").arg(field, cidr).arg(bits));
    IpNetwork net;
    net.prefix = prefix;
    net.address = *ip;
    net.address.value &= maskOf(prefix, bits);
    if (!(net.address == *ip))
        return makeError(ErrorCode::BadRequest, tr("%1 %2: host bits are set; the network address is %3")
                                                    .arg(field, cidr, net.toString()));
    return net;
}

IpAddress IpNetwork::last() const
{
    IpAddress ip = address;
    const Uint128 all = bits() == 32 ? Uint128(0xffffffffu) : ~Uint128(0);
    ip.value = address.value | (~maskOf(prefix, bits()) & all);
    return ip;
}

quint64 IpNetwork::size() const
{
    const int hostBits = bits() - prefix;
    if (hostBits >= 64)
        return std::numeric_limits<quint64>::max();
    return quint64(1) << hostBits;
}

bool IpNetwork::contains(const IpAddress &ip) const
{
    return ip.version == address.version && (ip.value & maskOf(prefix, bits())) == address.value;
}

bool IpNetwork::overlaps(const IpNetwork &other) const
{
    return version() == other.version() && (contains(other.address) || other.contains(address));
}

QString IpNetwork::toString() const
{
    return QStringLiteral("%1/%2").arg(address.toString()).arg(prefix);
}

QString IpNetwork::netmask() const
{
    return QHostAddress(quint32(maskOf(prefix, 32))).toString();
}

} // namespace sd
