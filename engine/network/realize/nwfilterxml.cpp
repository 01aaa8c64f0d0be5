#include "nwfilterxml.h"

#include "network/ipnet.h"
#include "networkxml.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace sd {

namespace {

const QString kPortPrefix = QStringLiteral("sd-port-");
const QString kGroupPrefix = QStringLiteral("sd-sg-");
const QString kCleanTraffic = QStringLiteral("sd-clean-traffic");

// A small helper so each filter reads like the XML it writes.
class FilterWriter
{
public:
    FilterWriter(const QString &name, const QString &chain, std::optional<int> priority = std::nullopt)
        : m_w(&m_xml)
    {
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(2);
        m_w.writeStartElement(QStringLiteral("filter"));
        m_w.writeAttribute(QStringLiteral("name"), name);
        m_w.writeAttribute(QStringLiteral("chain"), chain);
        if (priority)
            m_w.writeAttribute(QStringLiteral("priority"), QString::number(*priority));
        // libvirt redefines a filter only under the UUID it already has: one derived from the name is the
        // same for every engine and every run.
        m_w.writeTextElement(QStringLiteral("uuid"), NwfilterXml::uuidOf(name));
        m_name = name;
    }

    void ref(const QString &filter, const QList<std::pair<QString, QString>> &params = {})
    {
        m_w.writeStartElement(QStringLiteral("filterref"));
        m_w.writeAttribute(QStringLiteral("filter"), filter);
        for (const auto &[name, value] : params) {
            m_w.writeEmptyElement(QStringLiteral("parameter"));
            m_w.writeAttribute(QStringLiteral("name"), name);
            m_w.writeAttribute(QStringLiteral("value"), value);
        }
        m_w.writeEndElement();
    }

    // One <rule> with at most one protocol element and its attributes (empty protocol: match everything).
    void rule(const QString &action, const QString &direction, int priority, const QString &protocol = {},
              const QList<std::pair<QString, QString>> &attributes = {}, bool statematch = true)
    {
        m_w.writeStartElement(QStringLiteral("rule"));
        m_w.writeAttribute(QStringLiteral("action"), action);
        m_w.writeAttribute(QStringLiteral("direction"), direction);
        m_w.writeAttribute(QStringLiteral("priority"), QString::number(priority));
        if (!statematch)
            m_w.writeAttribute(QStringLiteral("statematch"), QStringLiteral("false"));
        if (!protocol.isEmpty()) {
            m_w.writeEmptyElement(protocol);
            for (const auto &[name, value] : attributes)
                m_w.writeAttribute(name, value);
        }
        m_w.writeEndElement();
    }

    FilterDefinition finish()
    {
        m_w.writeEndElement();
        m_w.writeEndDocument();
        return {m_name, m_xml.trimmed() + QLatin1Char('\n')};
    }

private:
    QString m_name;
    QString m_xml;
    QXmlStreamWriter m_w;
};

using Attributes = QList<std::pair<QString, QString>>;

// nwfilter's element for a Neutron protocol: tcp, udp, icmp... and their -ipv6 twins; empty: not expressible.
QString protocolElement(const QString &protocol, bool ipv6)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("6"), QStringLiteral("tcp")},    {QStringLiteral("17"), QStringLiteral("udp")},
        {QStringLiteral("1"), QStringLiteral("icmp")},   {QStringLiteral("58"), QStringLiteral("icmpv6")},
        {QStringLiteral("132"), QStringLiteral("sctp")}, {QStringLiteral("136"), QStringLiteral("udplite")},
        {QStringLiteral("50"), QStringLiteral("esp")},   {QStringLiteral("51"), QStringLiteral("ah")},
        {QStringLiteral("2"), QStringLiteral("igmp")},   {QStringLiteral("any"), QString()},
    };
    QString p = protocol.toLower();
    if (aliases.contains(p))
        p = aliases.value(p);
    if (p.isEmpty())
        return ipv6 ? QStringLiteral("all-ipv6") : QStringLiteral("all");
    if (p == QLatin1String("icmp") || p == QLatin1String("icmpv6"))
        return ipv6 ? QStringLiteral("icmpv6")
                    : (p == QLatin1String("icmp") ? QStringLiteral("icmp") : QString());
    static const QStringList known = {QStringLiteral("tcp"),  QStringLiteral("udp"),
                                      QStringLiteral("sctp"), QStringLiteral("udplite"),
                                      QStringLiteral("esp"),  QStringLiteral("ah")};
    if (known.contains(p))
        return ipv6 ? p + QStringLiteral("-ipv6") : p;
    if (p == QLatin1String("igmp") && !ipv6)
        return p;
    return {};
}

bool hasPorts(const QString &element)
{
    return element.startsWith(QLatin1String("tcp")) || element.startsWith(QLatin1String("udp")) ||
           element.startsWith(QLatin1String("sctp"));
}

bool isIcmp(const QString &element)
{
    return element == QLatin1String("icmp") || element == QLatin1String("icmpv6");
}

QString describe(const SecurityGroupRule &rule)
{
    return QStringLiteral("%1 %2 %3")
        .arg(rule.direction, rule.ethertype, rule.protocol.isEmpty() ? QStringLiteral("any") : rule.protocol);
}

} // namespace

QString NwfilterXml::uuidOf(const QString &filterName)
{
    static const QUuid stackDesk = QUuid::createUuidV5(QUuid(), QStringLiteral("urn:stackdesk:nwfilter:1"));
    return QUuid::createUuidV5(stackDesk, filterName).toString(QUuid::WithoutBraces);
}

QString NwfilterXml::groupFilterName(const QString &securityGroupId)
{
    return kGroupPrefix + securityGroupId;
}

QString NwfilterXml::portFilterName(const QString &portId)
{
    return kPortPrefix + portId;
}

bool NwfilterXml::isStackDeskFilter(const QString &name)
{
    return name.startsWith(QLatin1String("sd-"));
}

QList<FilterDefinition> NwfilterXml::baseFilters()
{
    QList<FilterDefinition> filters;
    {
        // Frames leaving the guest carry its own MAC ($MAC comes from the interface).
        FilterWriter f(QStringLiteral("sd-no-mac-spoofing"), QStringLiteral("mac"), -800);
        f.rule(QStringLiteral("return"), QStringLiteral("out"), 500, QStringLiteral("mac"),
               {{QStringLiteral("srcmacaddr"), QStringLiteral("$MAC")}});
        f.rule(QStringLiteral("drop"), QStringLiteral("out"), 1000, QStringLiteral("mac"));
        filters << f.finish();
    }
    {
        // IPv4 packets leaving the guest carry one of its fixed IPs ($IP); a DHCP request comes from 0.0.0.0.
        FilterWriter f(QStringLiteral("sd-no-ip-spoofing"), QStringLiteral("ipv4-ip"), -710);
        f.rule(QStringLiteral("return"), QStringLiteral("out"), 100, QStringLiteral("ip"),
               {{QStringLiteral("srcipaddr"), QStringLiteral("0.0.0.0")},
                {QStringLiteral("protocol"), QStringLiteral("udp")}});
        f.rule(QStringLiteral("return"), QStringLiteral("out"), 500, QStringLiteral("ip"),
               {{QStringLiteral("srcipaddr"), QStringLiteral("$IP")}});
        f.rule(QStringLiteral("drop"), QStringLiteral("out"), 1000);
        filters << f.finish();
    }
    {
        // ARP from the guest speaks for its own MAC and IPs only (0.0.0.0: address conflict probes).
        FilterWriter f(QStringLiteral("sd-no-arp-spoofing"), QStringLiteral("arp"), -500);
        f.rule(QStringLiteral("return"), QStringLiteral("out"), 400, QStringLiteral("arp"),
               {{QStringLiteral("arpsrcmacaddr"), QStringLiteral("$MAC")},
                {QStringLiteral("arpsrcipaddr"), QStringLiteral("$IP")}});
        f.rule(QStringLiteral("return"), QStringLiteral("out"), 410, QStringLiteral("arp"),
               {{QStringLiteral("arpsrcmacaddr"), QStringLiteral("$MAC")},
                {QStringLiteral("arpsrcipaddr"), QStringLiteral("0.0.0.0")}});
        f.rule(QStringLiteral("drop"), QStringLiteral("out"), 1000);
        filters << f.finish();
    }
    {
        // libvirt's clean-traffic, ebtables part: IPv4 and ARP pass layer 2 (iptables decides on IPv4),
        // any other layer-2 protocol is dropped.
        FilterWriter f(kCleanTraffic, QStringLiteral("root"));
        f.ref(QStringLiteral("sd-no-mac-spoofing"));
        f.ref(QStringLiteral("sd-no-ip-spoofing"));
        f.rule(QStringLiteral("accept"), QStringLiteral("out"), -650, QStringLiteral("mac"),
               {{QStringLiteral("protocolid"), QStringLiteral("ipv4")}});
        f.rule(QStringLiteral("accept"), QStringLiteral("in"), -650, QStringLiteral("mac"),
               {{QStringLiteral("protocolid"), QStringLiteral("ipv4")}});
        f.ref(QStringLiteral("sd-no-arp-spoofing"));
        f.rule(QStringLiteral("accept"), QStringLiteral("inout"), -500, QStringLiteral("mac"),
               {{QStringLiteral("protocolid"), QStringLiteral("arp")}});
        f.rule(QStringLiteral("drop"), QStringLiteral("inout"), 1000);
        filters << f.finish();
    }
    return filters;
}

FilterDefinition NwfilterXml::groupFilter(const SecurityGroup &group,
                                          const QHash<QString, QStringList> &memberIps, QStringList *notes)
{
    // Only iptables-level rules (tcp, udp, icmp, all...): the chain of such a filter does not matter.
    FilterWriter f(groupFilterName(group.id), QStringLiteral("root"));
    for (const SecurityGroupRule &rule : group.rules) {
        const bool ipv6 = rule.ethertype == QLatin1String("IPv6");
        const bool ingress = rule.direction != QLatin1String("egress");
        const QString element = protocolElement(rule.protocol, ipv6);
        if (element.isEmpty()) {
            if (notes)
                *notes
                    << tr("Security group %1, rule %2: protocol %3 cannot be expressed as a libvirt network "
                          "filter rule; the rule allows nothing on real hosts")
                           .arg(group.name, describe(rule), rule.protocol);
            continue;
        }
        Attributes base;
        if (hasPorts(element) && rule.portRangeMin >= 0) {
            base << std::pair(QStringLiteral("dstportstart"), QString::number(rule.portRangeMin));
            base << std::pair(
                QStringLiteral("dstportend"),
                QString::number(rule.portRangeMax >= 0 ? rule.portRangeMax : rule.portRangeMin));
        } else if (isIcmp(element)) {
            if (rule.portRangeMin >= 0)
                base << std::pair(QStringLiteral("type"), QString::number(rule.portRangeMin));
            if (rule.portRangeMax >= 0)
                base << std::pair(QStringLiteral("code"), QString::number(rule.portRangeMax));
        }
        // The remote end is the source of what comes in and the destination of what goes out.
        const QString addr = ingress ? QStringLiteral("srcipaddr") : QStringLiteral("dstipaddr");
        const QString mask = ingress ? QStringLiteral("srcipmask") : QStringLiteral("dstipmask");
        const QString direction = ingress ? QStringLiteral("in") : QStringLiteral("out");
        QList<Attributes> remotes;
        if (!rule.remoteGroupId.isEmpty()) {
            // A remote group is its members' addresses of the rule's IP version, as they are now; the
            // realizer redefines the filter when members come and go.
            for (const QString &ip : memberIps.value(rule.remoteGroupId)) {
                const auto a = IpAddress::parse(ip);
                if (a && a->version == (ipv6 ? 6 : 4))
                    remotes << Attributes{{addr, a->toString()}, {mask, QString::number(ipv6 ? 128 : 32)}};
            }
        } else if (!rule.remoteIpPrefix.isEmpty()) {
            auto net = IpNetwork::parse(rule.remoteIpPrefix, QStringLiteral("remote"));
            if (net && net->prefix > 0)
                remotes << Attributes{{addr, net->address.toString()}, {mask, QString::number(net->prefix)}};
            else
                remotes << Attributes{};
        } else {
            remotes << Attributes{};
        }
        for (const Attributes &remote : std::as_const(remotes))
            f.rule(QStringLiteral("accept"), direction, kRulePriority, element, remote + base);
    }
    return f.finish();
}

std::optional<FilterDefinition> NwfilterXml::portFilter(const Port &port)
{
    if (!port.portSecurityEnabled)
        return std::nullopt;
    QList<std::pair<QString, QString>> ipParams;
    bool hasIpv6 = false;
    for (const FixedIp &ip : port.fixedIps) {
        const auto a = IpAddress::parse(ip.ipAddress);
        if (a && a->version == 4)
            ipParams << std::pair(QStringLiteral("IP"), a->toString());
        hasIpv6 = hasIpv6 || (a && a->version == 6);
    }
    FilterWriter f(portFilterName(port.id), QStringLiteral("root"));
    // The port's addresses live here rather than on the domain's interface, so a change of fixed IPs is a
    // filter redefinition, which libvirt applies to the running guest at once.
    f.ref(kCleanTraffic, ipParams);
    if (hasIpv6)
        // IPv6 passes layer 2 for ports that have an IPv6 address; iptables (ip6tables) decides on it.
        f.rule(QStringLiteral("accept"), QStringLiteral("inout"), -640, QStringLiteral("mac"),
               {{QStringLiteral("protocolid"), QStringLiteral("ipv6")}});
    // DHCP is broadcast and connectionless: allowed both ways without connection tracking.
    f.rule(QStringLiteral("accept"), QStringLiteral("out"), kDhcpPriority, QStringLiteral("udp"),
           {{QStringLiteral("srcportstart"), QStringLiteral("68")},
            {QStringLiteral("dstportstart"), QStringLiteral("67")}},
           false);
    f.rule(QStringLiteral("accept"), QStringLiteral("in"), kDhcpPriority, QStringLiteral("udp"),
           {{QStringLiteral("srcportstart"), QStringLiteral("67")},
            {QStringLiteral("dstportstart"), QStringLiteral("68")}},
           false);
    // Replies to what a rule accepted (and ICMP errors about it) come back in.
    for (const QString &all : {QStringLiteral("all"), QStringLiteral("all-ipv6")})
        f.rule(QStringLiteral("accept"), QStringLiteral("inout"), kEstablishedPriority, all,
               {{QStringLiteral("state"), QStringLiteral("ESTABLISHED,RELATED")}});
    for (const QString &group : port.securityGroupIds)
        f.ref(groupFilterName(group));
    for (const QString &all : {QStringLiteral("all"), QStringLiteral("all-ipv6")})
        f.rule(QStringLiteral("drop"), QStringLiteral("inout"), kDropPriority, all);
    return f.finish();
}

QString NwfilterXml::interfaceXml(const Port &port, bool filtered)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("interface"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
    w.writeEmptyElement(QStringLiteral("source"));
    w.writeAttribute(QStringLiteral("network"), NetworkXml::networkName(port.networkId));
    w.writeEmptyElement(QStringLiteral("mac"));
    w.writeAttribute(QStringLiteral("address"), port.macAddress.toLower());
    w.writeEmptyElement(QStringLiteral("model"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
    if (filtered && port.portSecurityEnabled) {
        w.writeEmptyElement(QStringLiteral("filterref"));
        w.writeAttribute(QStringLiteral("filter"), portFilterName(port.id));
    }
    // Neutron's admin state: a port that is down keeps its place in the guest with the link down.
    if (!port.adminStateUp) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("state"), QStringLiteral("down"));
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml.trimmed() + QLatin1Char('\n');
}

} // namespace sd
