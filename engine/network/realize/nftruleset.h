#pragma once

#include "natplan.h"

#include <QString>

namespace sd {

// The nftables ruleset of a NatPlan, for `nft -f -`: the whole `table ip stackdesk`, replaced in one
// transaction (create, delete, create again: nft's idiom for "replace whether or not it exists"), so
// applying it twice leaves the same table. An empty plan removes the table.
//
// IPv4 only (`ip`, not `inet`): Neutron's floating IPs and router SNAT are IPv4, and IPv6 tenant networks
// are routed without NAT.
class NftRuleset
{
public:
    static constexpr const char *kTable = "stackdesk";
    static QString write(const NatPlan &plan);
};

} // namespace sd
