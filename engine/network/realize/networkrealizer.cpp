#include "networkrealizer.h"

#include "filterapplier.h"
#include "hostplanner.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "natapplier.h"
#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"
#include "networkapplier.h"
#include "tasks/taskrunner.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace sd {

namespace {

QVariantHash toVariant(const QHash<QString, QString> &hash)
{
    QVariantHash v;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        v.insert(it.key(), it.value());
    return v;
}

QHash<QString, QString> fromVariant(const QVariantHash &v)
{
    QHash<QString, QString> hash;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        hash.insert(it.key(), it.value().toString());
    return hash;
}

const PlannedNetwork *plannedNetwork(const HostPlan &plan, const QString &networkId)
{
    for (const PlannedNetwork &n : plan.networks)
        if (n.networkId == networkId)
            return &n;
    return nullptr;
}

QSet<QString> networkNames(const HostPlan &plan)
{
    QSet<QString> names;
    for (const PlannedNetwork &n : plan.networks)
        names.insert(n.name);
    return names;
}

QSet<QString> filterNames(const HostPlan &plan)
{
    QSet<QString> names;
    for (const FilterDefinition &f : plan.filters)
        names.insert(f.name);
    return names;
}

// The work of one realisation, on the host's thread. With the plan the host carried out before (and
// inSync saying it still holds it), only the step between the two is applied: a launch adds one DHCP
// entry on one host instead of reading and comparing every network, network filter and NAT rule there.
Result<QVariant> realize(HostConnection *connection, const HostPlan &plan,
                         const std::optional<HostPlan> &previous,
                         const std::shared_ptr<std::atomic_bool> &inSync,
                         const QHash<QString, QString> &known, TaskControl &control)
{
    // Out of step until this task has ended well: a task queued behind one that fails starts over.
    const bool stepOnly = previous && inSync->exchange(false);
    inSync->store(false);
    virConnectPtr conn = connection ? connection->connection() : nullptr;
    if (!conn)
        return makeError(ErrorCode::HostUnavailable,
                         NetworkRealizer::tr("Host %1 is down; its networks are realised when it is back")
                             .arg(plan.hostName));
    ApplyReport report;
    const int steps = int(plan.networks.size()) + 3;
    int step = 0;
    QSet<QString> keepNetworks;
    for (const PlannedNetwork &n : plan.networks) {
        control.setProgress(100 * step++ / steps, NetworkRealizer::tr("Network %1").arg(n.name));
        keepNetworks.insert(n.name);
        if (stepOnly)
            if (const PlannedNetwork *before = plannedNetwork(*previous, n.networkId);
                before && NetworkApplier::update(conn, *before, n, report))
                continue;
        NetworkApplier::ensure(conn, n, report);
    }
    if (!stepOnly || networkNames(*previous) != keepNetworks) {
        control.setProgress(100 * step++ / steps, NetworkRealizer::tr("Removing networks no port uses"));
        NetworkApplier::removeUnplanned(conn, keepNetworks, report);
    }
    // After the networks: the addresses go on their bridges.
    if (plan.realizeNat && (!stepOnly || !previous->realizeNat || !(previous->nat == plan.nat))) {
        control.setProgress(100 * step++ / steps, NetworkRealizer::tr("NAT rules"));
        NatApplier::apply(plan.uri, plan.nat, report);
    }
    QHash<QString, QString> defined;
    if (plan.enforceFilters) {
        control.setProgress(100 * step++ / steps, NetworkRealizer::tr("Network filters"));
        defined = FilterApplier::define(conn, plan.filters, known, report);
        const QSet<QString> keepFilters = filterNames(plan);
        if (!stepOnly || !previous->enforceFilters || filterNames(*previous) != keepFilters)
            FilterApplier::removeUnplanned(conn, keepFilters, report);
    }
    inSync->store(report.problems.isEmpty());
    control.setProgress(100, report.actions.isEmpty()
                                 ? NetworkRealizer::tr("Nothing to change")
                                 : NetworkRealizer::tr("%n change(s)", nullptr, int(report.actions.size())));
    QVariantMap out;
    out.insert(QStringLiteral("actions"), report.actions);
    out.insert(QStringLiteral("notes"), report.notes);
    out.insert(QStringLiteral("problems"), report.problems);
    out.insert(QStringLiteral("filters"), toVariant(defined));
    return QVariant(out);
}

} // namespace

NetworkRealizer::NetworkRealizer(const Services &services, HostManager *hosts, TaskRunner *tasks,
                                 QObject *parent)
    : QObject(parent), m_services(services), m_hosts(hosts), m_tasks(tasks)
{
    const auto changed = [this] { onModelChanged(); };
    connect(m_services.networks, &NetworkService::networkChanged, this, changed);
    connect(m_services.networks, &NetworkService::networkRemoved, this, [this](const QString &id) {
        for (HostEntry &e : m_entries)
            e.requested.remove(id);
        onModelChanged();
    });
    connect(m_services.subnets, &SubnetService::subnetChanged, this, changed);
    connect(m_services.subnets, &SubnetService::subnetRemoved, this, changed);
    connect(m_services.ports, &PortService::portChanged, this, &NetworkRealizer::onPortChanged);
    connect(m_services.ports, &PortService::portRemoved, this, &NetworkRealizer::onPortChanged);
    connect(m_services.routers, &RouterService::routerChanged, this, changed);
    connect(m_services.routers, &RouterService::routerRemoved, this, changed);
    connect(m_services.routers, &RouterService::portChanged, this, changed);
    connect(m_services.routers, &RouterService::portRemoved, this, changed);
    connect(m_services.groups, &SecurityGroupService::securityGroupChanged, this, changed);
    connect(m_services.groups, &SecurityGroupService::securityGroupRemoved, this, changed);
    if (m_services.floatingIps) {
        connect(m_services.floatingIps, &FloatingIpService::floatingIpChanged, this, changed);
        connect(m_services.floatingIps, &FloatingIpService::floatingIpRemoved, this, changed);
    }
    connect(m_hosts, &HostManager::hostChanged, this, &NetworkRealizer::onHostChanged);
    connect(m_hosts, &HostManager::hostRemoved, this, [this](const QString &id) { m_entries.remove(id); });
    QPointer<NetworkRealizer> self = this;
    m_hosts->addSimulatedStateProvider(
        [self](const HostRecord &host) { return self ? self->simulatedState(host) : SimulatedState(); });
    // Hosts that were up before the realizer existed.
    if (auto list = m_hosts->list(RequestContext::system()))
        for (const HostInfo &h : *list)
            onHostChanged(h.record.id);
}

NetworkRealizer::~NetworkRealizer() = default;

void NetworkRealizer::onHostChanged(const QString &hostId)
{
    auto info = m_hosts->show(RequestContext::system(), hostId);
    if (!info)
        return;
    HostEntry &e = m_entries[hostId];
    const bool up = info->state == HostState::Up;
    const bool nwfilter = info->facts.capabilities.nwfilter;
    const bool nat = info->facts.capabilities.floatingIpNat;
    // hostChanged also comes with every refresh of the facts: only a reconnect or a change of what the
    // host can do calls for a new plan.
    if (up == e.up && nwfilter == e.nwfilter && nat == e.nat)
        return;
    if (up != e.up) {
        // A reconnected host may have lost what it had (a simulated one always has): plan it afresh.
        e.hasStarted = false;
        e.filters.clear();
    }
    e.up = up;
    e.nwfilter = nwfilter;
    e.nat = nat;
    if (up) {
        m_touchedHosts.insert(hostId);
        scheduleReplan();
    }
}

void NetworkRealizer::onModelChanged()
{
    m_model.reset();
    m_dirtyPorts.clear();
    m_replanAll = true;
    scheduleReplan();
}

void NetworkRealizer::onPortChanged(const QString &portId)
{
    m_dirtyPorts.insert(portId);
    m_portsChanged = true;
    scheduleReplan();
}

void NetworkRealizer::notePortTouches(const Port &port)
{
    if (!port.hostId.isEmpty())
        m_touchedHosts.insert(port.hostId);
    if (HostPlanner::servedEverywhere(port))
        m_touchedNetworks.insert(port.networkId);
}

Result<const ModelSnapshot *> NetworkRealizer::currentModel()
{
    if (!m_model) {
        auto model = ModelSnapshot::read({m_services.networks, m_services.subnets, m_services.ports,
                                          m_services.routers, m_services.groups, m_services.floatingIps});
        if (!model)
            return model.error();
        m_model = std::move(model).value();
        m_dirtyPorts.clear();
        // Nothing is known of what changed before: every host is planned again.
        m_replanAll = true;
        return &*m_model;
    }
    for (const QString &id : std::as_const(m_dirtyPorts)) {
        if (const Port *before = m_model->port(id))
            notePortTouches(*before);
        if (auto now = m_services.ports->find(id)) {
            notePortTouches(*now);
            m_model->putPort(*now);
        } else {
            m_model->removePort(id);
        }
    }
    m_dirtyPorts.clear();
    return &*m_model;
}

void NetworkRealizer::scheduleReplan()
{
    if (m_replanPending)
        return;
    m_replanPending = true;
    // Coalesced: a burst of changes (a router with its ports, a network with its subnets) is one plan.
    QTimer::singleShot(0, this, &NetworkRealizer::replan);
}

void NetworkRealizer::replan()
{
    m_replanPending = false;
    auto model = currentModel();
    if (!model) {
        emit warning(QString(),
                     tr("Networks cannot be realised on the hosts: %1").arg(model.error().message));
        return;
    }
    const bool all = std::exchange(m_replanAll, false);
    const bool portsChanged = std::exchange(m_portsChanged, false);
    const QSet<QString> hosts = std::exchange(m_touchedHosts, {});
    const QSet<QString> networks = std::exchange(m_touchedNetworks, {});
    const auto touched = [&](const QString &hostId, const HostEntry &e) {
        if (all || e.retry || hosts.contains(hostId))
            return true;
        if (!e.hasStarted)
            return false;
        // Group filters name every member's address, and floating IPs follow their ports' addresses.
        if (portsChanged && (e.started.enforceFilters || e.started.realizeNat))
            return true;
        return std::any_of(e.started.networks.cbegin(), e.started.networks.cend(),
                           [&](const PlannedNetwork &n) { return networks.contains(n.networkId); });
    };
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->up || !touched(it.key(), *it))
            continue;
        auto info = m_hosts->show(RequestContext::system(), it.key());
        if (!info)
            continue;
        const HostPlan plan = HostPlanner::plan(**model, *info, it->requested);
        if (it->hasStarted && it->started.sameWork(plan))
            continue;
        // A simulated host starts empty at every connect: with nothing planned there is nothing to clean up.
        if (!it->hasStarted && plan.networks.isEmpty() && plan.filters.isEmpty() &&
            plan.kind == HostKind::Simulated)
            continue;
        (void)startRealization(RequestContext::system(), plan);
    }
}

std::optional<HostPlan> NetworkRealizer::planFor(const QString &hostId, Error *error)
{
    auto model = currentModel();
    auto info = m_hosts->show(RequestContext::system(), hostId);
    if (!model || !info) {
        if (error)
            *error = model ? info.error() : model.error();
        return std::nullopt;
    }
    return HostPlanner::plan(**model, *info, m_entries.value(hostId).requested);
}

Result<QString> NetworkRealizer::startRealization(const RequestContext &ctx, const HostPlan &plan,
                                                  bool incremental)
{
    HostConnection *connection = m_hosts->connectionOf(plan.hostId);
    if (!connection)
        return makeError(
            ErrorCode::HostUnavailable,
            tr("Host %1 is not connected; its networks are realised when it is back").arg(plan.hostName));
    HostEntry &entry = m_entries[plan.hostId];
    std::optional<HostPlan> previous;
    if (incremental && entry.hasStarted)
        previous = entry.started;
    entry.started = plan;
    entry.hasStarted = true;
    entry.retry = false;
    ++entry.running;
    // The plan covers every change the model has taken in so far: the next replan need not look at this
    // host for them again.
    m_touchedHosts.remove(plan.hostId);

    TaskSpec task;
    task.title = tr("Realise networks on %1").arg(plan.hostName);
    task.action = QStringLiteral("network.realize");
    task.targetKind = QStringLiteral("host");
    task.targetId = plan.hostId;
    task.targetName = plan.hostName;
    task.runIn = connection;
    task.work = [connection, plan, previous = std::move(previous), inSync = entry.inSync,
                 known = entry.filters](TaskControl &control) {
        return realize(connection, plan, previous, inSync, known, control);
    };
    QPointer<NetworkRealizer> self = this;
    task.finish = [self, plan](const Result<QVariant> &result) -> Result<QVariant> {
        if (!self)
            return result;
        HostEntry &e = self->m_entries[plan.hostId];
        e.running = qMax(0, e.running - 1);
        // A failed task is shown to the user by the engine like any other; try again with the next change
        // or reconnect.
        if (!result) {
            e.hasStarted = false;
            e.retry = true;
            return result;
        }
        const QVariantMap out = result->toMap();
        e.filters.insert(fromVariant(out.value(QStringLiteral("filters")).toHash()));
        e.notes = plan.notes + out.value(QStringLiteral("notes")).toStringList();
        const QStringList problems = out.value(QStringLiteral("problems")).toStringList();
        if (!problems.isEmpty()) {
            e.hasStarted = false;
            e.retry = true;
            const QString message =
                tr("Networks on host %1: %2").arg(plan.hostName, problems.join(QStringLiteral("; ")));
            return makeError(ErrorCode::Internal, message,
                             out.value(QStringLiteral("actions")).toStringList().join(QLatin1Char('\n')));
        }
        e.applied = plan;
        e.hasApplied = true;
        emit self->hostRealized(plan.hostId);
        return result;
    };
    return m_tasks->start(ctx, std::move(task));
}

Result<QString> NetworkRealizer::ensureNetworkOnHost(const RequestContext &ctx, const QString &networkId,
                                                     const QString &host)
{
    auto network = m_services.networks->show(ctx, networkId);
    if (!network)
        return network.error();
    auto info = m_hosts->show(RequestContext::system(), host);
    if (!info)
        return info.error();
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Host %1 is %2; network %3 cannot be created there now")
                             .arg(info->record.name, hostStateName(info->state), network->name));
    m_entries[info->record.id].requested.insert(network->id);
    Error error;
    auto plan = planFor(info->record.id, &error);
    if (!plan)
        return error;
    return startRealization(ctx, *plan);
}

void NetworkRealizer::releaseNetworkOnHost(const QString &networkId, const QString &hostId)
{
    if (m_entries.contains(hostId) && m_entries[hostId].requested.remove(networkId)) {
        m_touchedHosts.insert(hostId);
        scheduleReplan();
    }
}

Result<QString> NetworkRealizer::bindPort(const RequestContext &ctx, const QString &port, const QString &host)
{
    auto info = m_hosts->show(RequestContext::system(), host);
    if (!info)
        return info.error();
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable, tr("Host %1 is %2; a port cannot be bound there now")
                                                         .arg(info->record.name, hostStateName(info->state)));
    PortUpdate change;
    change.hostId = info->record.id;
    auto bound = m_services.ports->update(ctx, port, change);
    if (!bound)
        return bound.error();
    // The binding covers the network from now on.
    m_entries[info->record.id].requested.remove(bound->networkId);
    Error error;
    auto plan = planFor(info->record.id, &error);
    if (!plan)
        return error;
    return startRealization(ctx, *plan);
}

Result<QString> NetworkRealizer::unbindPort(const RequestContext &ctx, const QString &port)
{
    auto current = m_services.ports->show(ctx, port);
    if (!current)
        return current.error();
    const QString hostId = current->hostId;
    if (hostId.isEmpty())
        return QString();
    PortUpdate change;
    change.hostId = QString();
    if (auto r = m_services.ports->update(ctx, current->id, change); !r)
        return r.error();
    if (!m_entries.value(hostId).up)
        return QString(); // realised when the host is back
    Error error;
    auto plan = planFor(hostId, &error);
    if (!plan)
        return error;
    return startRealization(ctx, *plan);
}

Result<QString> NetworkRealizer::realizeHost(const RequestContext &ctx, const QString &host)
{
    auto info = m_hosts->show(ctx, host);
    if (!info)
        return info.error();
    m_entries[info->record.id].filters.clear(); // redefine every filter, not only changed ones
    Error error;
    auto plan = planFor(info->record.id, &error);
    if (!plan)
        return error;
    // Compared with what the host has, not with what it was last given.
    return startRealization(ctx, *plan, false);
}

QString NetworkRealizer::interfaceXml(const Port &port, const QString &hostId) const
{
    auto info = m_hosts->show(RequestContext::system(), hostId);
    return NwfilterXml::interfaceXml(port, info && HostPlanner::enforcesFilters(*info));
}

QString NetworkRealizer::securityGroupEnforcement(const QString &hostId) const
{
    auto info = m_hosts->show(RequestContext::system(), hostId);
    return info ? HostPlanner::securityGroupEnforcement(*info) : QString();
}

QString NetworkRealizer::floatingIpRealization(const QString &hostId) const
{
    auto info = m_hosts->show(RequestContext::system(), hostId);
    return info ? HostPlanner::floatingIpRealization(*info) : QString();
}

QString NetworkRealizer::floatingIpNatProblem(const QString &hostId) const
{
    auto info = m_hosts->show(RequestContext::system(), hostId);
    return info ? HostPlanner::floatingIpNatProblem(*info) : QString();
}

QStringList NetworkRealizer::hostsWithNetwork(const QString &networkId) const
{
    QStringList hosts;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->hasApplied && std::any_of(it->applied.networks.cbegin(), it->applied.networks.cend(),
                                          [&](const PlannedNetwork &n) { return n.networkId == networkId; }))
            hosts.append(it.key());
    hosts.sort();
    return hosts;
}

QStringList NetworkRealizer::notes(const QString &hostId) const
{
    return m_entries.value(hostId).notes;
}

SimulatedState NetworkRealizer::simulatedState(const HostRecord &host)
{
    SimulatedState state;
    auto plan = planFor(host.id);
    if (!plan)
        return state;
    for (const PlannedNetwork &n : plan->networks)
        state.networkXml.append(n.xml);
    return state;
}

bool NetworkRealizer::waitUntilIdle(int timeoutMs)
{
    const auto idle = [this] {
        return !m_replanPending && std::all_of(m_entries.cbegin(), m_entries.cend(),
                                               [](const HostEntry &e) { return e.running == 0; });
    };
    QDeadlineTimer deadline(timeoutMs);
    while (!idle() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return idle();
}

} // namespace sd
