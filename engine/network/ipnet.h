#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sd {

using Uint128 = unsigned __int128;

// An IPv4 or IPv6 address as a number, for IPAM's arithmetic.
struct IpAddress
{
    int version = 4;
    Uint128 value = 0;

    static std::optional<IpAddress> parse(const QString &text);
    QString toString() const;
    // Sortable, fixed-width text: the store's index key (32 hex digits for both versions).
    QString key() const;
    static IpAddress fromKey(int version, const QString &key);

    bool operator==(const IpAddress &o) const { return version == o.version && value == o.value; }
    bool operator<(const IpAddress &o) const { return value < o.value; }
};

// A CIDR such as 10.0.0.0/24 or fd00::/64.
struct IpNetwork
{
    Q_DECLARE_TR_FUNCTIONS(sd::IpNetwork)

public:
    IpAddress address; // the network address
    int prefix = 0;

    // Strict: refuses host bits ("10.0.0.1/24: host bits are set; the network is 10.0.0.0/24").
    // field names the input in messages ("Subnet", "--remote-ip").
    static Result<IpNetwork> parse(const QString &cidr, const QString &field);

    int version() const { return address.version; }
    int bits() const { return address.version == 4 ? 32 : 128; }
    IpAddress first() const { return address; }
    IpAddress last() const;
    // Number of addresses, saturated at 2^64 for huge IPv6 networks.
    quint64 size() const;
    bool contains(const IpAddress &ip) const;
    bool overlaps(const IpNetwork &other) const;
    QString toString() const;
    // The IPv4 netmask ("255.255.255.0"), for libvirt's <ip netmask=...>.
    QString netmask() const;
};

} // namespace sd
