#pragma once

#include "natplan.h"
#include "networkapplier.h"

#include <QCoreApplication>

namespace sd {

// Brings a local host's NAT in line with a plan (DESIGN.md §4, floating IPs): replaces StackDesk's nftables
// table in one `nft -f -` transaction, then makes the /32 addresses on the external bridges (router
// gateways and floating IPs, so the host answers ARP for them there) exactly the planned ones. Both run in
// the libvirt daemon's network namespace, where the bridges are. On the host's worker thread: it blocks.
class NatApplier
{
    Q_DECLARE_TR_FUNCTIONS(sd::NatApplier)

public:
    // The label StackDesk gives the addresses it adds ("sdbr-1a2b3c4d:f", at most 15 characters as Linux
    // wants): how it finds its own among the bridge's addresses again.
    static QString addressLabel(const QString &bridge);

    static void apply(const QString &uri, const NatPlan &plan, ApplyReport &report);
};

} // namespace sd
