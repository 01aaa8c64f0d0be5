#pragma once

#include "hosts/simulatedstate.h"

#include <QObject>

namespace sd {

class HostManager;
struct Instance;
class InstanceService;
struct HostRecord;

// Joins what the store wants with what the hosts run (DESIGN.md §2, Nova's power-state sync):
// - at start, instances left mid-build or mid-action by an engine that stopped are put right (ERROR with
//   the reason, or their task state cleared), and their claims released when nothing was made on a host;
// - each time a real host reports its domains, an instance whose domain stopped, started or vanished
//   behind StackDesk's back gets its power and vm state from the host; an ERROR instance without a
//   domain gives its claims back;
// - simulated hosts get their instances' domains back at each connect (the store is their truth).
class InstanceReconciler : public QObject
{
    Q_OBJECT

public:
    InstanceReconciler(InstanceService *instances, HostManager *hosts, QObject *parent = nullptr);

    // Call once the engine is open, before hosts connect.
    void recoverInterrupted();
    SimulatedState simulatedState(const HostRecord &host) const;
    void sweep(const QString &hostId);
    // A lifecycle event for one of our domains: its state is read from the host now, on the host's thread.
    void refreshFromHost(const QString &hostId, const QString &domainName);

private:
    // What the host shows for one instance, applied unless an action of ours is under way.
    void applyObserved(const Instance &instance, bool exists, bool running, const QString &hostName);

    InstanceService *m_instances;
    HostManager *m_hosts;
};

} // namespace sd
