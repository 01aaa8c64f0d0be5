#include "topologysnapshot.h"

#include <algorithm>

namespace sd {

QList<Subnet> TopologySnapshot::subnetsOf(const QString &networkId) const
{
    QList<Subnet> list;
    for (const Subnet &s : subnets)
        if (s.networkId == networkId)
            list.append(s);
    std::sort(list.begin(), list.end(), [](const Subnet &a, const Subnet &b) { return a.cidr < b.cidr; });
    return list;
}

QList<Port> TopologySnapshot::portsOfDevice(const QString &deviceId) const
{
    QList<Port> list;
    for (const Port &p : ports)
        if (p.deviceId == deviceId)
            list.append(p);
    std::sort(list.begin(), list.end(),
              [](const Port &a, const Port &b) { return a.networkId < b.networkId; });
    return list;
}

} // namespace sd
