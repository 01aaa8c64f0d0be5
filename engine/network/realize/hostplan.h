#pragma once

// What one host must have for the network model, as a plain value: made on the main thread from the model
// (HostPlanner) and carried out on the host's worker thread (HostApplier).

#include "hosts/hostinfo.h"
#include "natplan.h"
#include "networkxml.h"
#include "nwfilterxml.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

struct PlannedNetwork
{
    QString networkId;
    QString name; // sd-net-...
    QString xml;
    // The same network without its DHCP host entries, and those entries (sorted by MAC): when only the
    // entries changed since the host's previous plan, the applier adds and removes just those with
    // virNetworkUpdate instead of reading the host's network back and comparing it whole.
    QString layoutXml;
    QList<DhcpHost> dhcpHosts;
    bool operator==(const PlannedNetwork &) const = default;
};

struct HostPlan
{
    QString hostId;
    QString hostName;
    HostKind kind = HostKind::Simulated;
    // Filters are defined only where the host has libvirt's nwfilter driver (never on the test driver).
    bool enforceFilters = false;
    QList<PlannedNetwork> networks;
    QList<FilterDefinition> filters; // in definition order: base filters, groups, then ports
    // StackDesk writes the host's NAT itself (the floating-ip-nat capability): nat is applied, even when
    // empty, so that what an earlier plan left there goes.
    bool realizeNat = false;
    QString uri; // where the NAT applier finds the libvirt daemon's network namespace
    NatPlan nat;
    // What the user should know about this host's realisation (limits of libvirt, modelled-only parts).
    QStringList notes;

    bool sameWork(const HostPlan &o) const
    {
        return hostId == o.hostId && enforceFilters == o.enforceFilters && networks == o.networks &&
               filters == o.filters && realizeNat == o.realizeNat && nat == o.nat;
    }
};

} // namespace sd
