#include "instancereconciler.h"

#include "core/logging.h"
#include "domainops.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "instancerepository.h"
#include "instanceservice.h"
#include "migrationrepository.h"
#include "network/portservice.h"
#include "store/database.h"

#include <QPointer>
#include <QSqlQuery>

namespace sd {

namespace {
// Releases what an instance holds when no domain of it exists anywhere: claims and ports. The ports'
// removal is announced as every other one is, so the realizer drops their DHCP entries and filters from
// the hosts and the GUI's port rows go.
void releaseHoldings(InstanceService *instances, const QString &instanceId)
{
    QStringList ports, unbound;
    const auto done = instances->database()->transaction([&](QSqlDatabase &db) -> Result<void> {
        return InstanceRepository::releaseHoldings(db, instanceId, &ports, &unbound);
    });
    if (!done) {
        qCWarning(lcStore) << "releasing instance" << instanceId << "failed:" << done.error().toString();
        return;
    }
    for (const QString &port : ports)
        emit instances->services().ports->portRemoved(port);
    for (const QString &port : unbound)
        emit instances->services().ports->portChanged(port);
}
} // namespace

InstanceReconciler::InstanceReconciler(InstanceService *instances, HostManager *hosts, QObject *parent)
    : QObject(parent), m_instances(instances), m_hosts(hosts)
{
    connect(m_hosts, &HostManager::hostChanged, this, &InstanceReconciler::sweep);
    connect(m_hosts, &HostManager::domainLifecycle, this, &InstanceReconciler::refreshFromHost);
}

void InstanceReconciler::recoverInterrupted()
{
    InstanceRepository &repo = m_instances->repository();
    // A move the engine did not finish: its row says so, and the claims it took elsewhere go.
    MigrationRepository(repo.database()).abandonUnfinished();
    for (const Instance &i : repo.list({})) {
        if (i.vmState == VmState::ShelvedOffloaded && !i.taskState.isEmpty()) {
            // An unshelve that stopped: the instance is still shelved, holding no claim anywhere.
            const auto released = repo.database()->transaction(
                [&](QSqlDatabase &db) { return InstanceRepository::releaseClaims(db, i.id); });
            static_cast<void>(released);
        }
        if (i.vmState == VmState::Building) {
            const bool defined = !repo.domainXml(i.id).isEmpty();
            repo.setStates(i.id, VmState::Error, QString(), PowerState::NoState);
            repo.setFault(i.id, {500,
                                 tr("StackDesk stopped while instance %1 was being built (%2); delete it and launch "
                                    "it again")
                                     .arg(i.name, i.taskState.isEmpty() ? QStringLiteral("scheduling") : i.taskState),
                                 {}, {}});
            // Nothing was defined on a host: nothing there uses the claims or the ports.
            if (!defined)
                releaseHoldings(m_instances, i.id);
            continue;
        }
        if (i.taskState == QLatin1String("deleting")) {
            repo.setStates(i.id, VmState::Error, QString());
            repo.setFault(i.id, {500, tr("StackDesk stopped while instance %1 was being deleted; delete it again").arg(i.name),
                                 {}, {}});
        } else if (!i.taskState.isEmpty()) {
            // The action's outcome is on the host: the next sweep reads the power state from there.
            repo.setTaskState(i.id, QString());
        }
    }
}

SimulatedState InstanceReconciler::simulatedState(const HostRecord &host) const
{
    SimulatedState state;
    InstanceRepository &repo = m_instances->repository();
    InstanceQuery q;
    q.hostId = host.id;
    for (const Instance &i : repo.list(q)) {
        const QString xml = repo.domainXml(i.id);
        if (xml.isEmpty())
            continue;
        // A suspended (managed-saved) instance comes back shut off: resuming it boots it again, which is
        // all a simulated guest can tell.
        state.domains.append({xml, i.powerState == PowerState::Running || i.powerState == PowerState::Paused,
                              i.powerState == PowerState::Paused});
    }
    return state;
}

void InstanceReconciler::sweep(const QString &hostId)
{
    auto info = m_hosts->show(RequestContext::system(), hostId);
    if (!info || info->state != HostState::Up || !info->factsLive || info->kind == HostKind::Simulated)
        return;
    QHash<QString, DomainSummary> domains;
    for (const DomainSummary &d : info->facts.domains)
        domains.insert(d.name, d);
    InstanceQuery q;
    q.hostId = hostId;
    for (const Instance &i : m_instances->repository().list(q)) {
        // Facts read before our last change to the instance may not show that change yet.
        if (!info->facts.seenAt.isValid() || info->facts.seenAt <= i.updatedAt)
            continue;
        const auto d = domains.constFind(i.domainName());
        applyObserved(i, d != domains.cend(), d != domains.cend() && d->running, info->record.name);
    }
}

void InstanceReconciler::applyObserved(const Instance &i, bool exists, bool running, const QString &hostName)
{
    if (!i.taskState.isEmpty() || i.vmState == VmState::Building || i.vmState == VmState::Deleted)
        return; // an action of ours is under way; it sets the states itself
    InstanceRepository &repo = m_instances->repository();
    if (!exists) {
        if (i.vmState == VmState::Error) {
            releaseHoldings(m_instances, i.id);
            return;
        }
        if (i.vmState == VmState::ShelvedOffloaded)
            return;
        repo.setStates(i.id, VmState::Error, QString(), PowerState::NoState);
        repo.setFault(i.id, {500, tr("Domain %1 is gone from host %2").arg(i.domainName(), hostName), {}, {}});
        m_instances->notifyChanged(i.id);
        return;
    }
    if (running && i.vmState == VmState::Stopped) {
        repo.setStates(i.id, VmState::Active, QString(), PowerState::Running);
        m_instances->notifyChanged(i.id);
    } else if (!running && (i.vmState == VmState::Active || i.vmState == VmState::Paused)) {
        // Shut down from inside the guest or by someone else: Nova's sync stops it in the store.
        repo.setStates(i.id, VmState::Stopped, QString(), PowerState::Shutdown);
        m_instances->notifyChanged(i.id);
    }
}

void InstanceReconciler::refreshFromHost(const QString &hostId, const QString &domainName)
{
    auto info = m_hosts->show(RequestContext::system(), hostId);
    HostConnection *connection = m_hosts->connectionOf(hostId);
    // The store is the truth of simulated hosts (DESIGN.md §3); events there are our own doing.
    if (!info || !connection || info->kind == HostKind::Simulated)
        return;
    const QString instanceId = domainName.mid(3);
    QPointer<InstanceReconciler> self = this;
    const QString hostName = info->record.name;
    connection->post([self, domainName, instanceId, hostName](virConnectPtr conn) {
        if (!conn)
            return;
        bool exists = false;
        const PowerState power = DomainOps::powerStateOf(conn, domainName, &exists);
        QMetaObject::invokeMethod(
            self,
            [self, instanceId, exists, power, hostName] {
                if (!self)
                    return;
                auto i = self->m_instances->repository().find(instanceId);
                if (!i || i->hostName != hostName)
                    return;
                self->applyObserved(*i, exists, power == PowerState::Running || power == PowerState::Paused, hostName);
            },
            Qt::QueuedConnection);
    });
}

} // namespace sd
