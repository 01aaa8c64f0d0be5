#include "networkxml.h"

#include "core/ids.h"
#include "network/ipnet.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace sd {

namespace {

// libvirt's namespace for options passed straight to the network's dnsmasq.
constexpr const char *kDnsmasqNamespace = "http://libvirt.org/schemas/network/dnsmasq/1.0";

QString shortId(const QString &id)
{
    QString hex;
    for (const QChar c : id) {
        if (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            hex.append(c.toLower());
        if (hex.size() == 8)
            break;
    }
    return hex;
}

bool ownedByNetwork(const Port &port)
{
    // Router interfaces hold the gateway address, which is the bridge's own; floating IP and DHCP ports
    // never ask for a lease. Only ports of guests get static entries.
    return port.deviceOwner.startsWith(QLatin1String("network:"));
}

const Subnet *firstDhcpSubnet(const NetworkLayout &layout, int version)
{
    for (const Subnet &s : layout.subnets)
        if (s.ipVersion == version && s.enableDhcp && !s.gatewayIp.isEmpty())
            return &s;
    return nullptr;
}

bool hasIpv4Gateway(const NetworkLayout &layout)
{
    return std::any_of(layout.subnets.cbegin(), layout.subnets.cend(),
                       [](const Subnet &s) { return s.ipVersion == 4 && !s.gatewayIp.isEmpty(); });
}

void writeRoutes(QXmlStreamWriter &w, const NetworkLayout &layout)
{
    for (const Subnet &s : layout.subnets) {
        if (s.gatewayIp.isEmpty())
            continue;
        auto net = IpNetwork::parse(s.cidr, QStringLiteral("cidr"));
        for (const HostRoute &r : s.hostRoutes) {
            auto dest = IpNetwork::parse(r.destination, QStringLiteral("destination"));
            const auto hop = IpAddress::parse(r.nexthop);
            // libvirt's <route> is a route on the host through the bridge; a default route there would take
            // over the host's own, and a next hop outside the subnet is unreachable (libvirt refuses both).
            if (!net || !dest || !hop || dest->prefix == 0 || !net->contains(*hop))
                continue;
            w.writeStartElement(QStringLiteral("route"));
            if (dest->version() == 6)
                w.writeAttribute(QStringLiteral("family"), QStringLiteral("ipv6"));
            w.writeAttribute(QStringLiteral("address"), dest->address.toString());
            w.writeAttribute(QStringLiteral("prefix"), QString::number(dest->prefix));
            w.writeAttribute(QStringLiteral("gateway"), hop->toString());
            w.writeEndElement();
        }
    }
}

} // namespace

QString DhcpHost::toXml() const
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("host"));
    w.writeAttribute(QStringLiteral("mac"), mac);
    if (!name.isEmpty())
        w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("ip"), ip);
    w.writeEndElement();
    return xml;
}

QString NetworkXml::networkName(const QString &networkId)
{
    return QStringLiteral("sd-net-") + shortId(networkId);
}

QString NetworkXml::bridgeName(const QString &networkId)
{
    return QStringLiteral("sdbr-") + shortId(networkId);
}

QString NetworkXml::hostName(const QString &ip)
{
    QString name = ip;
    name.replace(QLatin1Char('.'), QLatin1Char('-')).replace(QLatin1Char(':'), QLatin1Char('-'));
    return QStringLiteral("host-") + name;
}

const Subnet *NetworkXml::dhcpSubnet(const NetworkLayout &layout)
{
    return firstDhcpSubnet(layout, 4);
}

QList<DhcpHost> NetworkXml::dhcpHosts(const NetworkLayout &layout)
{
    QList<DhcpHost> hosts;
    const Subnet *subnet = dhcpSubnet(layout);
    if (!subnet)
        return hosts;
    for (const Port &port : layout.ports) {
        if (ownedByNetwork(port) || port.macAddress.isEmpty())
            continue;
        for (const FixedIp &ip : port.fixedIps)
            if (ip.subnetId == subnet->id) {
                hosts.append({port.macAddress.toLower(), ip.ipAddress, hostName(ip.ipAddress)});
                break; // dnsmasq gives one MAC one address per subnet
            }
    }
    std::sort(hosts.begin(), hosts.end(), [](const DhcpHost &a, const DhcpHost &b) { return a.mac < b.mac; });
    return hosts;
}

QString NetworkXml::forwardMode(const NetworkLayout &layout)
{
    // libvirt's NAT is IPv4 masquerading from a bridge address; without one there is nothing to NAT from.
    if (!(layout.network.external || layout.routedToExternal) || !hasIpv4Gateway(layout))
        return {};
    return layout.hostNat ? QStringLiteral("route") : QStringLiteral("nat");
}

QStringList NetworkXml::limitations(const NetworkLayout &layout)
{
    QStringList notes;
    const Subnet *dhcp4 = firstDhcpSubnet(layout, 4);
    const Subnet *dhcp6 = firstDhcpSubnet(layout, 6);
    for (const Subnet &s : layout.subnets) {
        const QString label = s.name.isEmpty() ? s.cidr : QStringLiteral("%1 (%2)").arg(s.name, s.cidr);
        if (s.gatewayIp.isEmpty())
            notes << tr("Subnet %1 has no gateway: libvirt serves DHCP only from an address on the bridge, "
                        "so its "
                        "ports get no address by DHCP")
                         .arg(label);
        else if (s.enableDhcp && ((s.ipVersion == 4 && &s != dhcp4) || (s.ipVersion == 6 && &s != dhcp6)))
            notes << tr("Subnet %1: libvirt serves DHCP on one IPv%2 subnet per network; its ports get no "
                        "address "
                        "by DHCP")
                         .arg(label)
                         .arg(s.ipVersion);
        else if (s.enableDhcp && s.ipVersion == 6)
            notes << tr("Subnet %1: DHCPv6 leases come from the allocation pools; libvirt cannot pin an IPv6 "
                        "address to a MAC")
                         .arg(label);
    }
    if ((layout.network.external || layout.routedToExternal) && !hasIpv4Gateway(layout))
        notes << tr("Network %1 has no IPv4 subnet with a gateway, so it is not NAT-forwarded")
                     .arg(layout.network.name);
    return notes;
}

QString NetworkXml::networkIdOf(const QString &xml)
{
    const QString ns = QLatin1String(kNetworkMetadataNamespace);
    QXmlStreamReader r(xml);
    bool inOurs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.namespaceUri() == ns) {
            if (r.name() == QLatin1String("network"))
                inOurs = true;
            else if (inOurs && r.name() == QLatin1String("id"))
                return r.readElementText().trimmed();
        }
    }
    return {};
}

QString NetworkXml::write(const NetworkLayout &layout, bool withHosts)
{
    const Network &net = layout.network;
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    const Subnet *dhcp4 = firstDhcpSubnet(layout, 4);
    const Subnet *dhcp6 = firstDhcpSubnet(layout, 6);
    // Neutron's dnsmasq answers only the MACs it knows (static ranges): a guest that is not a port, or whose
    // entry is not there yet, must not take a pool address IPAM gave another port. The "known" tag comes
    // from the static entries, which exist for IPv4 only, so DHCPv6 needs it off.
    const bool knownOnly = dhcp4 && !dhcp6;
    if (knownOnly)
        w.writeNamespace(QLatin1String(kDnsmasqNamespace), QStringLiteral("dnsmasq"));
    w.writeStartElement(QStringLiteral("network"));
    w.writeTextElement(QStringLiteral("name"), networkName(net.id));
    // The engine's id as libvirt's uuid: the same network keeps its identity through redefinitions.
    if (looksLikeId(net.id))
        w.writeTextElement(QStringLiteral("uuid"), net.id);

    w.writeStartElement(QStringLiteral("metadata"));
    w.writeNamespace(QLatin1String(kNetworkMetadataNamespace), QStringLiteral("sd"));
    w.writeStartElement(QLatin1String(kNetworkMetadataNamespace), QStringLiteral("network"));
    w.writeTextElement(QLatin1String(kNetworkMetadataNamespace), QStringLiteral("id"), net.id);
    w.writeTextElement(QLatin1String(kNetworkMetadataNamespace), QStringLiteral("name"), net.name);
    w.writeTextElement(QLatin1String(kNetworkMetadataNamespace), QStringLiteral("project"), net.projectId);
    w.writeEndElement();
    w.writeEndElement();

    const QString forward = forwardMode(layout);
    if (!forward.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("forward"));
        w.writeAttribute(QStringLiteral("mode"), forward);
    }
    w.writeEmptyElement(QStringLiteral("bridge"));
    w.writeAttribute(QStringLiteral("name"), bridgeName(net.id));
    w.writeEmptyElement(QStringLiteral("mtu"));
    w.writeAttribute(QStringLiteral("size"), QString::number(net.mtu));

    QStringList forwarders;
    for (const Subnet &s : layout.subnets)
        for (const QString &dns : s.dnsNameservers)
            if (!forwarders.contains(dns))
                forwarders.append(dns);
    if (!forwarders.isEmpty()) {
        // dnsmasq on the bridge answers the guests and forwards to the subnets' DNS servers.
        w.writeStartElement(QStringLiteral("dns"));
        for (const QString &dns : std::as_const(forwarders)) {
            w.writeEmptyElement(QStringLiteral("forwarder"));
            w.writeAttribute(QStringLiteral("addr"), dns);
        }
        w.writeEndElement();
    }

    for (const Subnet &s : layout.subnets) {
        // No gateway, no <ip>: libvirt's dnsmasq needs an address of the subnet on the bridge to serve DHCP
        // from, and giving the bridge the gateway address is what makes the host the subnet's router. A
        // subnet without one stays a pure layer-2 segment on the bridge.
        auto cidr = IpNetwork::parse(s.cidr, QStringLiteral("cidr"));
        if (s.gatewayIp.isEmpty() || !cidr)
            continue;
        w.writeStartElement(QStringLiteral("ip"));
        if (s.ipVersion == 6) {
            w.writeAttribute(QStringLiteral("family"), QStringLiteral("ipv6"));
            w.writeAttribute(QStringLiteral("address"), s.gatewayIp);
            w.writeAttribute(QStringLiteral("prefix"), QString::number(cidr->prefix));
        } else {
            w.writeAttribute(QStringLiteral("address"), s.gatewayIp);
            w.writeAttribute(QStringLiteral("netmask"), cidr->netmask());
        }
        if (&s == dhcp4 || &s == dhcp6) {
            w.writeStartElement(QStringLiteral("dhcp"));
            for (const AllocationPool &pool : s.allocationPools) {
                w.writeEmptyElement(QStringLiteral("range"));
                w.writeAttribute(QStringLiteral("start"), pool.start);
                w.writeAttribute(QStringLiteral("end"), pool.end);
            }
            // IPv6 entries would need the guest's DUID, which the engine does not know: IPv4 only.
            if (&s == dhcp4 && withHosts)
                for (const DhcpHost &h : dhcpHosts(layout)) {
                    w.writeEmptyElement(QStringLiteral("host"));
                    w.writeAttribute(QStringLiteral("mac"), h.mac);
                    w.writeAttribute(QStringLiteral("name"), h.name);
                    w.writeAttribute(QStringLiteral("ip"), h.ip);
                }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    writeRoutes(w, layout);
    if (knownOnly) {
        w.writeStartElement(QLatin1String(kDnsmasqNamespace), QStringLiteral("options"));
        w.writeEmptyElement(QLatin1String(kDnsmasqNamespace), QStringLiteral("option"));
        w.writeAttribute(QStringLiteral("value"), QStringLiteral("dhcp-ignore=tag:!known"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml.trimmed() + QLatin1Char('\n');
}

} // namespace sd
