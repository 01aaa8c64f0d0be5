#pragma once

// What one host must have for the network model, as a plain value: made on the main thread from the model
// (HostPlanner) and carried out on the host's worker thread (HostApplier).

#include "hosts/hostinfo.h"
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
    // What the user should know about this host's realisation (limits of libvirt, modelled-only parts).
    QStringList notes;

    bool sameWork(const HostPlan &o) const
    {
        return hostId == o.hostId && enforceFilters == o.enforceFilters && networks == o.networks &&
               filters == o.filters;
    }
};

} // namespace sd
