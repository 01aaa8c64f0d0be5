#include "topologylayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sd {

namespace {
// A node before it has a place: the networks it is plugged into, as bar indexes.
struct Device
{
    TopologyNode node;
    QList<TopologyLink> links;
    int lo = -1;
    int hi = -1;
};

template <typename T> bool byName(const T &a, const T &b)
{
    return a.name != b.name ? a.name < b.name : a.id < b.id;
}

// External networks first (where the traffic leaves), then each router's networks side by side, so a
// router's links stay short, then the networks no router joins.
QList<Network> orderNetworks(const TopologySnapshot &s)
{
    QList<Network> external, tenant;
    for (const Network &n : s.networks)
        (n.external ? external : tenant).append(n);
    std::sort(external.begin(), external.end(), byName<Network>);
    std::sort(tenant.begin(), tenant.end(), byName<Network>);
    QList<Router> routers = s.routers.values();
    std::sort(routers.begin(), routers.end(), byName<Router>);

    QList<Network> ordered = external;
    QSet<QString> placed;
    for (const Network &n : external)
        placed.insert(n.id);
    for (const Router &r : routers)
        for (const Network &n : tenant)
            if (!placed.contains(n.id) &&
                std::any_of(r.interfaces.cbegin(), r.interfaces.cend(), [&](const RouterInterface &i) {
                    return s.networkOfSubnet(i.subnetId) == n.id;
                })) {
                ordered.append(n);
                placed.insert(n.id);
            }
    for (const Network &n : tenant)
        if (!placed.contains(n.id))
            ordered.append(n);
    return ordered;
}

// Adds a link to the device, or the address to its link when it already reaches that network (a router
// with interfaces on two subnets of one network is drawn with one line).
void addLink(Device &d, const QHash<QString, int> &index, const QString &networkId, const QString &portId,
             const QString &address, bool gateway)
{
    const int i = index.value(networkId, -1);
    if (i < 0)
        return;
    for (TopologyLink &l : d.links)
        if (l.networkId == networkId) {
            if (!address.isEmpty())
                l.address = l.address.isEmpty() ? address : l.address + QStringLiteral(", ") + address;
            return;
        }
    TopologyLink link;
    link.nodeId = d.node.id;
    link.networkId = networkId;
    link.portId = portId;
    link.address = address;
    link.gateway = gateway;
    d.links.append(link);
    d.lo = d.lo < 0 ? i : std::min(d.lo, i);
    d.hi = std::max(d.hi, i);
}

QList<Device> collectDevices(const TopologySnapshot &s, const QHash<QString, int> &index)
{
    QList<Router> routers = s.routers.values();
    std::sort(routers.begin(), routers.end(), byName<Router>);
    QList<Device> devices;
    for (const Router &r : routers) {
        Device d;
        d.node.kind = TopologyNode::Kind::Router;
        d.node.id = r.id;
        d.node.name = r.name.isEmpty() ? r.id.left(8) : r.name;
        d.node.status = r.status();
        if (!r.externalNetworkId.isEmpty())
            addLink(d, index, r.externalNetworkId, QString(),
                    r.externalFixedIps.isEmpty() ? QString() : r.externalFixedIps.first().ipAddress, true);
        for (const RouterInterface &i : r.interfaces)
            addLink(d, index, s.networkOfSubnet(i.subnetId), i.portId, i.ipAddress, false);
        devices.append(d);
    }

    // An instance is the device its ports name; instances come with issue 6, ports already say which.
    QHash<QString, Device> instances;
    QList<Port> ports = s.ports.values();
    std::sort(ports.begin(), ports.end(), [](const Port &a, const Port &b) { return a.id < b.id; });
    for (const Port &p : ports) {
        if (!TopologySnapshot::isInstancePort(p))
            continue;
        const QString key = p.deviceId.isEmpty() ? p.id : p.deviceId;
        Device &d = instances[key];
        if (d.node.id.isEmpty()) {
            d.node.kind = TopologyNode::Kind::Instance;
            d.node.id = key;
            d.node.name = p.name.isEmpty() ? key.left(8) : p.name;
            d.node.status = p.status();
        } else if (p.status() == QLatin1String("ACTIVE")) {
            d.node.status = p.status();
        }
        QStringList addresses;
        for (const FixedIp &ip : p.fixedIps)
            addresses.append(ip.ipAddress);
        addLink(d, index, p.networkId, p.id, addresses.join(QStringLiteral(", ")), false);
    }
    QList<Device> sorted = instances.values();
    // Instances of one network next to each other, under that network's routers.
    std::sort(sorted.begin(), sorted.end(), [](const Device &a, const Device &b) {
        if (a.lo != b.lo)
            return a.lo < b.lo;
        return a.node.name != b.node.name ? a.node.name < b.node.name : a.node.id < b.node.id;
    });
    devices.append(sorted);
    return devices;
}
} // namespace

TopologyGeometry TopologyLayout::compute(const TopologySnapshot &snapshot, const Options &o)
{
    TopologyGeometry g;
    const QList<Network> networks = orderNetworks(snapshot);
    QHash<QString, int> index;
    for (int i = 0; i < networks.size(); ++i)
        index.insert(networks.at(i).id, i);
    QList<Device> devices = collectDevices(snapshot, index);

    // Nodes plugged into nothing get a column of their own, left of the networks.
    const bool anyLoose =
        std::any_of(devices.cbegin(), devices.cend(), [](const Device &d) { return d.lo < 0; });
    const double x0 = o.margin + (anyLoose ? o.gapWidth : 0);
    const double pitch = o.barWidth + o.gapWidth;
    const auto barLeft = [&](int i) { return x0 + i * pitch; };
    const double top = o.margin;
    const double row = o.nodeHeight + o.rowGap;

    QList<double> nextY(networks.size(), top + o.rowGap);
    double looseY = top + o.rowGap;
    for (Device &d : devices) {
        double y;
        double x;
        if (d.lo < 0) {
            y = looseY;
            looseY += row;
            x = o.margin + (o.gapWidth - o.nodeWidth) / 2;
        } else {
            // The gaps the node's links cross (its own included) must all be free at its row.
            const int last = std::max(d.lo, d.hi - 1);
            y = *std::max_element(nextY.cbegin() + d.lo, nextY.cbegin() + last + 1);
            for (int i = d.lo; i <= last; ++i)
                nextY[i] = y + row;
            x = barLeft(d.lo) + o.barWidth + (o.gapWidth - o.nodeWidth) / 2;
        }
        d.node.rect = QRectF(x, y, o.nodeWidth, o.nodeHeight);
    }

    double bottom = looseY;
    for (double y : nextY)
        bottom = std::max(bottom, y);
    double height = std::max(o.minBarHeight, bottom - top);
    for (const Network &n : networks) {
        const QList<Subnet> subnets = snapshot.subnetsOf(n.id);
        QStringList cidrs;
        for (const Subnet &s : subnets)
            cidrs.append(s.cidr);
        const QString label = n.name + QStringLiteral("   ") + cidrs.join(QStringLiteral("  "));
        height = std::max(height, label.size() * o.charWidth + 40);
    }

    int colour = 0;
    for (int i = 0; i < networks.size(); ++i) {
        const Network &n = networks.at(i);
        TopologyBar bar;
        bar.networkId = n.id;
        bar.name = n.name.isEmpty() ? n.id.left(8) : n.name;
        for (const Subnet &s : snapshot.subnetsOf(n.id))
            bar.cidrs.append(s.cidr);
        bar.external = n.external;
        bar.shared = n.shared;
        bar.colour = n.external ? -1 : colour++;
        bar.rect = QRectF(barLeft(i), top, o.barWidth, height);
        g.bars.append(bar);
    }

    for (const Device &d : devices) {
        const double y = d.node.rect.center().y();
        for (TopologyLink link : d.links) {
            const QRectF bar = g.bars.at(index.value(link.networkId)).rect;
            link.barOnRight = bar.left() > d.node.rect.right();
            link.line = link.barOnRight ? QLineF(d.node.rect.right(), y, bar.left(), y)
                                        : QLineF(bar.right(), y, d.node.rect.left(), y);
            g.links.append(link);
        }
        g.nodes.append(d.node);
    }

    const double right = networks.isEmpty() ? (anyLoose ? o.margin + o.gapWidth : o.margin)
                                            : barLeft(int(networks.size()) - 1) + o.barWidth + o.gapWidth;
    g.bounds = QRectF(0, 0, right + o.margin, top + height + o.margin);
    return g;
}

const TopologyBar *TopologyGeometry::bar(const QString &networkId) const
{
    for (const TopologyBar &b : bars)
        if (b.networkId == networkId)
            return &b;
    return nullptr;
}

const TopologyNode *TopologyGeometry::node(const QString &id) const
{
    for (const TopologyNode &n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

bool TopologyGeometry::connects(const QString &nodeId, const QString &networkId) const
{
    return std::any_of(links.cbegin(), links.cend(),
                       [&](const TopologyLink &l) { return l.nodeId == nodeId && l.networkId == networkId; });
}

} // namespace sd
