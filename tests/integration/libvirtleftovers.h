#pragma once

// What an integration test leaves in the real libvirtd when it ends, taken away again: libvirtd keeps
// networks and filters under /etc/libvirt, and the machine's libvirt should be as it was.

#include "network/realize/networkxml.h"

#include <QStringList>

#include <libvirt/libvirt.h>

namespace sd::it {

// Stops and undefines the libvirt networks of these StackDesk networks, and undefines every sd-* filter.
inline void removeStackDeskLeftovers(virConnectPtr conn, const QStringList &networkIds)
{
    for (const QString &id : networkIds)
        if (virNetworkPtr net =
                virNetworkLookupByName(conn, NetworkXml::networkName(id).toUtf8().constData())) {
            virNetworkDestroy(net);
            virNetworkUndefine(net);
            virNetworkFree(net);
        }
    virNWFilterPtr *filters = nullptr;
    const int n = virConnectListAllNWFilters(conn, &filters, 0);
    // Port filters first: they reference the others.
    for (const char *prefix : {"sd-port-", "sd-sg-", "sd-clean-traffic", "sd-"}) {
        for (int i = 0; i < n; ++i)
            if (filters[i] && qstrncmp(virNWFilterGetName(filters[i]), prefix, qstrlen(prefix)) == 0) {
                virNWFilterUndefine(filters[i]);
                virNWFilterFree(filters[i]);
                filters[i] = nullptr;
            }
    }
    for (int i = 0; i < n; ++i)
        if (filters[i])
            virNWFilterFree(filters[i]);
    free(filters);
}

} // namespace sd::it
