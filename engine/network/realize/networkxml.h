#pragma once

#include "networklayout.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// StackDesk's <metadata> namespace in the libvirt networks it defines (the instances' one is
// kInstanceMetadataNamespace): the network's id lets the engine tell its own networks from foreign ones
// and notice two networks whose short names collide.
inline constexpr const char *kNetworkMetadataNamespace = "urn:stackdesk:network:1";

// One static DHCP entry: dnsmasq hands this MAC exactly the address IPAM gave the port.
struct DhcpHost
{
    QString mac; // lower case, as libvirt prints it
    QString ip;
    QString name;

    // <host mac='..' name='..' ip='..'/>, what virNetworkUpdate takes for VIR_NETWORK_SECTION_IP_DHCP_HOST.
    QString toXml() const;
    bool operator==(const DhcpHost &o) const = default;
};

// The libvirt network XML of one StackDesk network (DESIGN.md §4), written with QXmlStreamWriter.
class NetworkXml
{
    Q_DECLARE_TR_FUNCTIONS(sd::NetworkXml)

public:
    // sd-net-<first 8 hex digits of the id> and sdbr-<same>: Linux limits interface names to 15 characters.
    static QString networkName(const QString &networkId);
    static QString bridgeName(const QString &networkId);
    // The network id a StackDesk network's XML carries in its metadata; empty for foreign networks.
    static QString networkIdOf(const QString &xml);

    // withHosts false leaves out the static DHCP entries: what stays is the network's layout, which only a
    // redefinition (or a restart) changes.
    static QString write(const NetworkLayout &layout, bool withHosts = true);

    // The subnet dnsmasq serves DHCP on: libvirt allows DHCP on one IPv4 <ip> per network only, so with
    // several IPv4 subnets the first one with DHCP and a gateway wins. Null when there is none.
    static const Subnet *dhcpSubnet(const NetworkLayout &layout);
    // The static entries of that subnet, one per port holding an address in it, sorted by MAC.
    static QList<DhcpHost> dhcpHosts(const NetworkLayout &layout);
    // Neutron's DNS name for a port without one: host-10-0-0-5.
    static QString hostName(const QString &ip);
    // "nat" (libvirt's NAT), "route" (the host's own NAT, hostNat) or empty (isolated).
    static QString forwardMode(const NetworkLayout &layout);
    // Sentences for the user about what libvirt cannot do with this layout (second DHCP subnet, ...).
    static QStringList limitations(const NetworkLayout &layout);
};

} // namespace sd
