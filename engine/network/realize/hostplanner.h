#pragma once

#include "hostplan.h"
#include "modelsnapshot.h"
#include "networklayout.h"

#include "hosts/natprobe.h"

#include <QCoreApplication>
#include <QSet>

namespace sd {

// Decides what a host needs (DESIGN.md §4): the libvirt network of every StackDesk network a port bound to
// the host uses (plus those asked for ahead of a launch), with a static DHCP entry per port; and where
// the host can enforce them, the filters of the bound ports and of their security groups.
class HostPlanner
{
    Q_DECLARE_TR_FUNCTIONS(sd::HostPlanner)

public:
    static HostPlan plan(const ModelSnapshot &model, const HostInfo &host,
                         const QSet<QString> &requestedNetworks);
    // The network as the host should have it: its static DHCP entries are those of the ports bound to the
    // host and of the ports bound nowhere that no instance is about to take (see servedOn).
    static NetworkLayout layoutOf(const ModelSnapshot &model, const Network &network, const QString &hostId);
    // Whether a port's DHCP entry belongs in the host's copy of its network.
    static bool servedOn(const Port &port, const QString &hostId);
    // A port whose entry every host with its network carries: bound nowhere and not an instance's.
    static bool servedEverywhere(const Port &port);
    // The fixed IPs of each security group's ports, for rules that name a remote group.
    static QHash<QString, QStringList> memberIps(const ModelSnapshot &model);
    // Why security groups are or are not enforced on a host, in the user's words.
    static QString securityGroupEnforcement(const HostInfo &host);
    static bool enforcesFilters(const HostInfo &host);
    // Whether StackDesk writes the host's NAT (router SNAT, floating IPs' DNAT/SNAT) itself: on the local
    // machine with nft and ip (the floating-ip-nat capability). Said in the user's words.
    static bool realizesNat(const HostInfo &host);
    static QString floatingIpRealization(const HostInfo &host);
    // Why floating IPs are only modelled there; empty where they are NATed.
    static QString floatingIpNatProblem(const HostInfo &host);
};

} // namespace sd
