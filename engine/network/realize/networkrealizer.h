#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "hostplan.h"
#include "hosts/simulatedstate.h"
#include "modelsnapshot.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace sd {

class HostManager;
struct HostRecord;
class TaskRunner;

// Keeps the hosts in line with the network model (issue 5 §2, DESIGN.md §4). Every model change re-plans
// the hosts that are up (coalesced, on the main thread, from the store only); a host whose plan differs
// from what it last got receives one task on its own thread that defines, updates and removes its libvirt
// networks and network filters. Simulated hosts get their networks back at each connect.
//
// Engine-internal: the compute service calls bindPort/ensureNetworkOnHost when it places an instance, after
// its own policy checks; nothing here is a user action of its own.
class NetworkRealizer : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        NetworkService *networks = nullptr;
        SubnetService *subnets = nullptr;
        PortService *ports = nullptr;
        RouterService *routers = nullptr;
        SecurityGroupService *groups = nullptr;
        FloatingIpService *floatingIps = nullptr; // optional: without it no floating IP is NATed
    };

    NetworkRealizer(const Services &services, HostManager *hosts, TaskRunner *tasks,
                    QObject *parent = nullptr);
    ~NetworkRealizer() override;
    const Services &services() const { return m_services; }

    // Makes the network exist on the host now (define, start, autostart, or update), ahead of a port being
    // bound there, e.g. while an instance is being placed. Returns the task id.
    Result<QString> ensureNetworkOnHost(const RequestContext &ctx, const QString &networkId,
                                        const QString &host);
    // Forgets such a request: the network stays only while ports bound to the host use it.
    void releaseNetworkOnHost(const QString &networkId, const QString &hostId);
    // Binds a port to a host (Port.hostId) and realises what the host then needs. Returns the task id.
    Result<QString> bindPort(const RequestContext &ctx, const QString &port, const QString &host);
    // Unbinds a port; its host loses the port's filter, and the network when no other port there uses it.
    // Returns the task id, or an empty string when the port was not bound.
    Result<QString> unbindPort(const RequestContext &ctx, const QString &port);
    // Re-applies everything a host should have, whether or not it changed. Returns the task id.
    Result<QString> realizeHost(const RequestContext &ctx, const QString &host);

    // The domain <interface> of a port on a host: with the port's filter where the host enforces them.
    QString interfaceXml(const Port &port, const QString &hostId) const;
    // In the user's words: whether the host enforces security groups ("simulated host: security groups are
    // modelled, not enforced").
    QString securityGroupEnforcement(const QString &hostId) const;
    // Whether floating IPs are realised on the host, in the user's words: "floating IPs are NATed by
    // nftables on host local (table ip stackdesk)" or "modelled only: <why>".
    QString floatingIpRealization(const QString &hostId) const;
    // Why floating IPs are only modelled on the host; empty where StackDesk NATs them.
    QString floatingIpNatProblem(const QString &hostId) const;
    // Hosts where the network was last realised successfully.
    QStringList hostsWithNetwork(const QString &networkId) const;
    // What the last realisation on the host could not do, or only modelled.
    QStringList notes(const QString &hostId) const;

    // What a simulated host must get back when it connects: the libvirt networks of its bound ports.
    SimulatedState simulatedState(const HostRecord &host);

    // Spins the event loop until no re-plan is pending and every realisation task has ended, or the
    // timeout passes (for the CLI before it exits, and for tests).
    bool waitUntilIdle(int timeoutMs);

Q_SIGNALS:
    void hostRealized(const QString &hostId);
    // The model could not be read to plan the hosts; the GUI shows it as a notification. (A realisation
    // task that fails is reported like every failed task.)
    void warning(const QString &hostId, const QString &message);

private:
    struct HostEntry
    {
        HostPlan started; // the plan of the last task started
        bool hasStarted = false;
        HostPlan applied; // the plan of the last task that succeeded
        bool hasApplied = false;
        QHash<QString, QString> filters; // filter XML defined on the host by this engine
        QStringList notes;
        QSet<QString> requested; // networks asked for ahead of a binding
        bool up = false;
        bool nwfilter = false;
        bool nat = false;
        int running = 0; // tasks not yet finished
    };

    void scheduleReplan();
    void replan();
    void onHostChanged(const QString &hostId);
    std::optional<HostPlan> planFor(const QString &hostId, Error *error = nullptr);
    Result<ModelSnapshot> readModel() const;
    Result<QString> startRealization(const RequestContext &ctx, const HostPlan &plan);

    Services m_services;
    HostManager *m_hosts;
    TaskRunner *m_tasks;
    QHash<QString, HostEntry> m_entries;
    bool m_replanPending = false;
};

} // namespace sd
