#pragma once

#include "core/result.h"
#include "hostplan.h"

#include <QCoreApplication>
#include <QSet>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// What happened on a host, sentence by sentence, for the task's result and the log.
struct ApplyReport
{
    QStringList actions;  // "sd-net-1a2b3c4d: defined and started"
    QStringList notes;    // what the user should know but is not a failure
    QStringList problems; // failures; the task fails with them
};

// Brings a host's libvirt networks in line with a plan. Runs on the host's worker thread with its live
// connection. A network that cannot be started is undefined again: nothing is left half-created.
class NetworkApplier
{
    Q_DECLARE_TR_FUNCTIONS(sd::NetworkApplier)

public:
    static void ensure(virConnectPtr conn, const PlannedNetwork &planned, ApplyReport &report);
    // The step from the plan the host last carried out (before) to the next one (after) when only DHCP
    // entries differ: those entries are added or removed with virNetworkUpdate, live and in the stored
    // definition, without reading the network back. Returns false, having changed nothing it reports,
    // when the step is more than that or libvirt refuses it (the network is not there or not running, an
    // entry was changed by hand): ensure() then compares the host's network with the plan.
    static bool update(virConnectPtr conn, const PlannedNetwork &before, const PlannedNetwork &after,
                       ApplyReport &report);
    // Removes StackDesk's networks (sd-net-* carrying our metadata) that are not in keep, unless guests
    // still use them.
    static void removeUnplanned(virConnectPtr conn, const QSet<QString> &keep, ApplyReport &report);
};

} // namespace sd
