#include "networkshape.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace sd {

namespace {

QString attr(const QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1String(name)).toString();
}

} // namespace

NetworkShape NetworkShape::read(const QString &xml)
{
    NetworkShape shape;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!r.isStartElement())
            continue;
        const QString name = r.name().toString();
        const QString parent = path.isEmpty() ? QString() : path.last();
        path.append(name);
        if (path.size() == 1) {
            shape.valid = name == QLatin1String("network");
            shape.connections = attr(r, "connections").toInt();
        } else if (path.size() == 2 && name == QLatin1String("name")) {
            shape.name = r.readElementText().trimmed();
            path.removeLast();
        } else if (path.size() == 2 && name == QLatin1String("forward")) {
            shape.forwardMode = attr(r, "mode");
        } else if (path.size() == 2 && name == QLatin1String("bridge")) {
            shape.bridge = attr(r, "name");
        } else if (path.size() == 2 && name == QLatin1String("mtu")) {
            shape.mtu = attr(r, "size").toInt();
        } else if (parent == QLatin1String("dns") && name == QLatin1String("forwarder")) {
            shape.forwarders.append(attr(r, "addr"));
        } else if (path.size() == 2 && name == QLatin1String("ip")) {
            Ip ip;
            ip.family = attr(r, "family").isEmpty() ? QStringLiteral("ipv4") : attr(r, "family");
            ip.address = attr(r, "address");
            ip.mask = attr(r, "netmask").isEmpty() ? attr(r, "prefix") : attr(r, "netmask");
            shape.ips.append(ip);
        } else if (parent == QLatin1String("dhcp") && name == QLatin1String("range") &&
                   !shape.ips.isEmpty()) {
            // An empty <dhcp/> is dropped by libvirt when it stores the network: DHCP is on where there is
            // something to serve.
            shape.ips.last().ranges.append(attr(r, "start") + QLatin1Char('-') + attr(r, "end"));
            shape.ips.last().dhcp = true;
        } else if (parent == QLatin1String("dhcp") && name == QLatin1String("host") && !shape.ips.isEmpty()) {
            shape.ips.last().hosts.append({attr(r, "mac").toLower(), attr(r, "ip"), attr(r, "name")});
            shape.ips.last().dhcp = true;
        } else if (path.size() == 2 && name == QLatin1String("route")) {
            shape.routes.append(QStringLiteral("%1/%2 via %3")
                                    .arg(attr(r, "address"), attr(r, "prefix"), attr(r, "gateway")));
        }
    }
    if (r.hasError())
        shape.valid = false;
    return shape;
}

bool NetworkShape::sameLayout(const NetworkShape &other) const
{
    if (name != other.name || forwardMode != other.forwardMode || bridge != other.bridge ||
        mtu != other.mtu || forwarders != other.forwarders || routes != other.routes ||
        ips.size() != other.ips.size())
        return false;
    for (qsizetype i = 0; i < ips.size(); ++i) {
        Ip a = ips[i];
        Ip b = other.ips[i];
        a.hosts.clear();
        b.hosts.clear();
        if (!(a == b))
            return false;
    }
    return true;
}

int NetworkShape::dhcpIpIndex() const
{
    for (qsizetype i = 0; i < ips.size(); ++i)
        if (ips[i].family == QLatin1String("ipv4") && ips[i].dhcp)
            return int(i);
    return -1;
}

QList<DhcpHost> NetworkShape::dhcpHosts() const
{
    const int i = dhcpIpIndex();
    return i < 0 ? QList<DhcpHost>() : ips[i].hosts;
}

DhcpHostChanges DhcpHostChanges::between(const QList<DhcpHost> &current, const QList<DhcpHost> &wanted)
{
    DhcpHostChanges changes;
    QHash<QString, DhcpHost> have;
    for (const DhcpHost &h : current)
        have.insert(h.mac, h);
    QSet<QString> wantedMacs;
    for (const DhcpHost &h : wanted)
        wantedMacs.insert(h.mac);
    for (const DhcpHost &h : current)
        if (!wantedMacs.contains(h.mac))
            changes.removed.append(h);
    QSet<QString> heldIps;
    for (const DhcpHost &h : current)
        if (wantedMacs.contains(h.mac))
            heldIps.insert(h.ip);
    for (const DhcpHost &h : wanted) {
        auto it = have.constFind(h.mac);
        if (it == have.constEnd()) {
            changes.added.append(h);
        } else if (!(*it == h)) {
            // MODIFY keeps the MAC and changes the address; when the new address is still another entry's
            // (two ports swapped addresses), remove and add instead, after every removal.
            if (h.ip != it->ip && heldIps.contains(h.ip)) {
                changes.removed.append(*it);
                changes.added.append(h);
            } else {
                changes.modified.append(h);
            }
        }
    }
    return changes;
}

} // namespace sd
