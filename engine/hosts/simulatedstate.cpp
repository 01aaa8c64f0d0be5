#include "simulatedstate.h"

#include "libvirteventloop.h"

#include <libvirt/libvirt.h>

namespace sd {

void SimulatedState::append(const SimulatedState &other)
{
    storagePoolXml += other.storagePoolXml;
    networkXml += other.networkXml;
    domains += other.domains;
}

QStringList SimulatedState::applyTo(virConnectPtr conn) const
{
    QStringList problems;
    for (const QString &xml : storagePoolXml) {
        virStoragePoolPtr pool = virStoragePoolDefineXML(conn, xml.toUtf8().constData(), 0);
        if (!pool) {
            problems << tr("storage pool: %1").arg(lastLibvirtError());
            continue;
        }
        if (virStoragePoolIsActive(pool) == 0 && virStoragePoolCreate(pool, 0) < 0)
            problems << tr("storage pool %1: %2").arg(QString::fromUtf8(virStoragePoolGetName(pool)), lastLibvirtError());
        virStoragePoolFree(pool);
    }
    for (const QString &xml : networkXml) {
        virNetworkPtr net = virNetworkDefineXML(conn, xml.toUtf8().constData());
        if (!net) {
            problems << tr("network: %1").arg(lastLibvirtError());
            continue;
        }
        if (virNetworkIsActive(net) == 0 && virNetworkCreate(net) < 0)
            problems << tr("network %1: %2").arg(QString::fromUtf8(virNetworkGetName(net)), lastLibvirtError());
        virNetworkFree(net);
    }
    for (const Domain &d : domains) {
        virDomainPtr dom = virDomainDefineXML(conn, d.xml.toUtf8().constData());
        if (!dom) {
            problems << tr("domain: %1").arg(lastLibvirtError());
            continue;
        }
        if (d.running && virDomainIsActive(dom) == 0 && virDomainCreate(dom) < 0)
            problems << tr("domain %1: %2").arg(QString::fromUtf8(virDomainGetName(dom)), lastLibvirtError());
        else if (d.running && d.paused && virDomainSuspend(dom) < 0)
            problems << tr("domain %1: %2").arg(QString::fromUtf8(virDomainGetName(dom)), lastLibvirtError());
        virDomainFree(dom);
    }
    return problems;
}

} // namespace sd
