#pragma once

#include "modelsnapshot.h"
#include "natplan.h"
#include "networklayout.h"

namespace sd {

// Decides a host's NAT (issue 5: routers with a gateway, floating IPs) from the model and the layouts of
// the libvirt networks the host runs. Distributed, like Neutron's DVR: each host NATs its own guests, so a
// router's gateway address exists on every host that runs one of its tenant networks (each host's external
// network is a bridge of its own, so the copies never meet on one wire).
class NatPlanner
{
public:
    // layouts: the networks planned on the host, with hostNat set.
    static NatPlan plan(const ModelSnapshot &model, const QString &hostId,
                        const QList<NetworkLayout> &layouts);
};

} // namespace sd
