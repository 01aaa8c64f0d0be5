#pragma once

// What StackDesk's nftables table (`table ip stackdesk`) and floating addresses on one host must hold, as a
// plain value: made from the model on the main thread (NatPlanner), written as a ruleset (NftRuleset) and
// carried out on the host's worker thread (NatApplier). Every address in it is a parsed IPv4 address or
// CIDR, every name a bridge name StackDesk made from an id: no user text reaches the ruleset.

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// A libvirt network the host runs in route mode because StackDesk does its NAT: a router's tenant network,
// or an external network (masqueraded to the outside, as libvirt's NAT mode did).
struct RoutedNetwork
{
    QString bridge;
    QStringList subnets; // IPv4 CIDRs with a gateway, sorted
    bool external = false;
    // Bridges whose new connections may enter this one (itself, the router's other networks; for an
    // external network the tenant networks of its routers). Replies and floating IPs' DNAT always may.
    QStringList allowedFrom; // sorted
    bool operator==(const RoutedNetwork &) const = default;
};

// A router with a gateway: its tenant subnets leave through the external bridge as its gateway address.
struct RouterNat
{
    QString routerId;
    QString externalBridge;
    QString gatewayIp;
    bool snat = true;    // Neutron's enable_snat
    QStringList subnets; // tenant IPv4 CIDRs on the router's interfaces, sorted
    bool operator==(const RouterNat &) const = default;
};

// An associated floating IP whose port is bound to this host.
struct FloatingNat
{
    QString floatingIpId;
    QString floatingIp;
    QString fixedIp;
    QString externalBridge;
    bool operator==(const FloatingNat &) const = default;
};

// An address the host answers for (ARP) on an external bridge: a router gateway or a floating IP.
struct BridgeAddress
{
    QString bridge;
    QString address; // IPv4, added as /32
    bool operator==(const BridgeAddress &) const = default;
};

struct NatPlan
{
    QList<RoutedNetwork> networks;  // by bridge
    QList<RouterNat> routers;       // by router id
    QList<FloatingNat> floatingIps; // by floating IP address

    QList<BridgeAddress> addresses() const;
    bool operator==(const NatPlan &) const = default;
};

} // namespace sd
