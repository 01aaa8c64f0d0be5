#pragma once

// What the libvirt network of one StackDesk network is made from, gathered from the model on the main
// thread and handed to the XML writer and to the host's worker as one value.

#include "network/networktypes.h"

#include <QList>

namespace sd {

struct NetworkLayout
{
    Network network;
    QList<Subnet> subnets; // in creation order: the first IPv4 subnet with DHCP is the one dnsmasq serves
    QList<Port> ports;     // every port with an address on the network: one DHCP host entry each
    // A router whose gateway is set has an interface on one of the subnets: the network is forwarded like
    // the external network (the router's SNAT).
    bool routedToExternal = false;
    // The host does the NAT itself (NatPlanner, nftables): networks that would be NAT-forwarded by libvirt
    // are routed instead, since libvirt's NAT mode rejects the new inbound connections a floating IP's
    // DNAT makes.
    bool hostNat = false;
};

} // namespace sd
