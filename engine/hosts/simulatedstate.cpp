#include "simulatedstate.h"

#include "libvirteventloop.h"

#include <libvirt/libvirt.h>

#include <QXmlStreamReader>

namespace sd {

void SimulatedState::append(const SimulatedState &other)
{
    storagePoolXml += other.storagePoolXml;
    volumes += other.volumes;
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
    for (const StorageVolume &v : volumes) {
        const QByteArray poolName = v.pool.toUtf8();
        virStoragePoolPtr pool = virStoragePoolLookupByName(conn, poolName.constData());
        if (!pool) {
            problems << tr("volume in pool %1: %2").arg(v.pool, lastLibvirtError());
            continue;
        }
        // Made only when missing: the pool may have come back with its volumes already.
        QXmlStreamReader reader(v.xml);
        QString name;
        while (reader.readNextStartElement())
            if (reader.name() == QLatin1String("name")) {
                name = reader.readElementText();
                break;
            }
        const QByteArray volName = name.toUtf8();
        virStorageVolPtr vol = virStorageVolLookupByName(pool, volName.constData());
        if (!vol)
            vol = virStorageVolCreateXML(pool, v.xml.toUtf8().constData(), 0);
        if (vol)
            virStorageVolFree(vol);
        else
            problems << tr("volume %1 in pool %2: %3").arg(name, v.pool, lastLibvirtError());
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
