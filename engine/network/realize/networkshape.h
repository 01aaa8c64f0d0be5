#pragma once

#include "networkxml.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// The parts of a libvirt network StackDesk manages, read from XML, so the network a host has can be
// compared with the one the model asks for. libvirt adds things of its own when it stores a network
// (a MAC, stp, ...): those are not part of the shape, so they never cause a redefinition.
struct NetworkShape
{
    struct Ip
    {
        QString family; // "ipv4" or "ipv6"
        QString address;
        QString mask;       // netmask or prefix, as written
        QStringList ranges; // "start-end"
        QList<DhcpHost> hosts;
        bool dhcp = false;
        bool operator==(const Ip &) const = default;
    };

    QString name;
    QString forwardMode;
    QString bridge;
    int mtu = 0;
    QStringList forwarders;
    QList<Ip> ips;
    QStringList routes;
    int connections = 0; // guest interfaces on the running network (libvirt's live XML only)
    bool valid = false;

    static NetworkShape read(const QString &xml);

    // Equal but for the DHCP host entries, which virNetworkUpdate changes live without a restart.
    bool sameLayout(const NetworkShape &other) const;
    // Index (among all <ip> elements, as virNetworkUpdate counts) of the <ip> with DHCP hosts or ranges
    // for IPv4; -1 when there is none.
    int dhcpIpIndex() const;
    QList<DhcpHost> dhcpHosts() const;
};

// What virNetworkUpdate must do to turn one list of DHCP host entries into another.
struct DhcpHostChanges
{
    QList<DhcpHost> removed;
    QList<DhcpHost> modified; // same MAC, new address or name
    QList<DhcpHost> added;

    bool isEmpty() const { return removed.isEmpty() && modified.isEmpty() && added.isEmpty(); }
    static DhcpHostChanges between(const QList<DhcpHost> &current, const QList<DhcpHost> &wanted);
};

} // namespace sd
