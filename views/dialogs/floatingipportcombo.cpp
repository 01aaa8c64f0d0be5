#include "floatingipportcombo.h"

#include "models/floatingipmodel.h"

#include "engine.h"
#include "network/floatingipservice.h"
#include "network/ipnet.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sd {

namespace {
constexpr int kPortIdRole = Qt::UserRole;
constexpr int kAddressRole = Qt::UserRole + 1;
constexpr int kPortNameRole = Qt::UserRole + 2;
constexpr int kUsableRole = Qt::UserRole + 3;

struct Entry
{
    QString label;
    QString portId;
    QString portName;
    QString address;
    bool usable = true;
};
} // namespace

FloatingIpPortCombo::FloatingIpPortCombo(Engine &engine, const RequestContext &ctx, const FloatingIp &fip,
                                         QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("FloatingIpPortCombo"));
    // The subnets a router joins to the floating IP's network: only their addresses can be reached.
    QSet<QString> reachable;
    if (auto routers = engine.routers().list(ctx))
        for (const Router &r : *routers)
            if (r.externalNetworkId == fip.floatingNetworkId)
                for (const RouterInterface &i : r.interfaces)
                    reachable.insert(i.subnetId);
    // Fixed addresses that have a floating IP already (one each, as in Neutron).
    QHash<QString, QString> taken;
    if (auto fips = engine.floatingIps().list(ctx, fip.projectId))
        for (const FloatingIp &f : *fips)
            if (!f.portId.isEmpty() && f.id != fip.id)
                taken.insert(f.portId + QLatin1Char('/') + f.fixedIpAddress, f.floatingIpAddress);
    auto pool = engine.networks().show(ctx, fip.floatingNetworkId);
    const QString poolName = pool ? pool->name : fip.floatingNetworkId;

    PortFilter filter;
    filter.project = fip.projectId;
    QList<Entry> entries;
    if (auto ports = engine.ports().list(ctx, filter))
        for (const Port &port : *ports) {
            if (port.deviceOwner.startsWith(QLatin1String("network:")))
                continue;
            for (const FixedIp &ip : port.fixedIps) {
                // Floating IPs are IPv4: NAT to an IPv6 address is not what Neutron does.
                auto address = IpAddress::parse(ip.ipAddress);
                if (!address || address->version != 4)
                    continue;
                Entry e{FloatingIpModel::targetLabel(port, ip.ipAddress), port.id, port.name, ip.ipAddress};
                const QString other = taken.value(port.id + QLatin1Char('/') + ip.ipAddress);
                if (!other.isEmpty()) {
                    e.label = tr("%1 (has floating IP %2)").arg(e.label, other);
                    e.usable = false;
                } else if (!reachable.contains(ip.subnetId)) {
                    e.label = tr("%1 (no router connects it to %2)").arg(e.label, poolName);
                    e.usable = false;
                }
                entries.append(e);
            }
        }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.usable != b.usable ? a.usable : a.label < b.label;
    });
    for (const Entry &e : entries) {
        addItem(e.label);
        const int i = count() - 1;
        setItemData(i, e.portId, kPortIdRole);
        setItemData(i, e.address, kAddressRole);
        setItemData(i, e.portName, kPortNameRole);
        setItemData(i, e.usable, kUsableRole);
    }
    if (count() == 0) {
        setPlaceholderText(tr("No port of this project has an IPv4 address"));
        setEnabled(false);
    }
    setCurrentIndex(count() > 0 ? 0 : -1);
}

QString FloatingIpPortCombo::portId() const
{
    return currentData(kPortIdRole).toString();
}

QString FloatingIpPortCombo::ipAddress() const
{
    return currentData(kAddressRole).toString();
}

bool FloatingIpPortCombo::currentUsable() const
{
    return currentData(kUsableRole).toBool();
}

bool FloatingIpPortCombo::select(const QString &portNameOrId, const QString &ipAddress)
{
    for (int i = 0; i < count(); ++i) {
        const bool port = itemData(i, kPortIdRole).toString() == portNameOrId ||
                          itemData(i, kPortNameRole).toString() == portNameOrId;
        if (port && (ipAddress.isEmpty() || itemData(i, kAddressRole).toString() == ipAddress)) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace sd
