// InstanceService::attachInterface and detachInterface (Horizon's Attach / Detach Interface, `server add
// port|network`, `server remove port|network`): the port in the store, its binding on the instance's host,
// then one task on that host that plugs or unplugs the <interface>.

#include "instanceservice.h"

#include "core/logging.h"
#include "domaininterfaces.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "instanceports.h"
#include "instancerepository.h"
#include "network/floatingipservice.h"
#include "network/networkrepository.h"
#include "network/networkscope.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/realize/networkrealizer.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

namespace sd {

namespace {

QString portLabel(const Port &p)
{
    return p.name.isEmpty() ? p.id : p.name;
}

// The instance's host, when it is up and can take the change now. A running domain on a real host
// needs hot-plug; one that is off only has its definition changed, which every host can do.
Result<HostInfo> hostForInterfaces(HostManager *hosts, const Instance &instance)
{
    auto info = hosts->show(RequestContext::system(), instance.hostId);
    if (!info)
        return makeError(ErrorCode::HostUnavailable,
                         InstanceService::tr("Instance %1 has no host").arg(instance.name));
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable,
                         InstanceService::tr("Host %1 of instance %2 is %3; try again when it is up")
                             .arg(info->record.name, instance.name, hostStateName(info->state)));
    const bool live = instance.powerState == PowerState::Running || instance.powerState == PowerState::Paused;
    if (info->kind != HostKind::Simulated && live && !info->facts.capabilities.hotplug)
        return makeError(ErrorCode::Conflict,
                         InstanceService::tr("Host %1 cannot hot-plug devices; shut instance %2 off first")
                             .arg(info->record.name, instance.name));
    return info;
}

// Records a refusal past the visibility and policy checks in the instance's action log, and returns it.
struct Refusal
{
    ActionLog *log;
    const RequestContext &ctx;
    QString action;
    const Instance &instance;
    QDateTime started = QDateTime::currentDateTimeUtc();

    Error operator()(const Error &e) const
    {
        log->record(ctx, action, QStringLiteral("instance"), instance.id, instance.name, started,
                    QStringLiteral("failed"), e.toString());
        return e;
    }
};

// The task that plugs (or unplugs) the change's interface into the instance's domain, on its host.
TaskSpec interfaceTask(HostManager *hosts, const Instance &instance, const HostInfo &host,
                       const QString &action, const QString &title, const DomainInterfaces::Change &change,
                       bool plug)
{
    HostConnection *connection = hosts->connectionOf(instance.hostId);
    TaskSpec task;
    task.title = title;
    task.action = action;
    task.targetKind = QStringLiteral("instance");
    task.targetId = instance.id;
    task.targetName = instance.name;
    task.runIn = connection;
    task.work = [connection, change, plug,
                 hostName = host.record.name](TaskControl &control) -> Result<QVariant> {
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn)
            return makeError(ErrorCode::HostUnavailable,
                             InstanceService::tr("Host %1 went down").arg(hostName));
        control.setProgress(30, plug ? InstanceService::tr("Plugging the interface")
                                     : InstanceService::tr("Unplugging the interface"));
        if (auto r = plug ? DomainInterfaces::attach(conn, change) : DomainInterfaces::detach(conn, change);
            !r)
            return r.error();
        control.setProgress(100, (plug ? InstanceService::tr("Interface %1 plugged")
                                       : InstanceService::tr("Interface %1 unplugged"))
                                     .arg(change.macAddress));
        return QVariant(change.macAddress);
    };
    return task;
}

DomainInterfaces::Change changeFor(NetworkRealizer *realizer, const Instance &instance, const HostInfo &host,
                                   const Port &port)
{
    DomainInterfaces::Change change;
    change.domainName = instance.domainName();
    change.interfaceXml = realizer->interfaceXml(port, instance.hostId);
    change.macAddress = port.macAddress;
    change.simulated = host.kind == HostKind::Simulated;
    return change;
}

// Releases the port in one transaction (InstancePorts::release) and tells who listens: the realizer drops
// what the host had for it, the GUI updates its rows.
Result<void> releasePort(Database &database, PortService *ports, NetworkRealizer *realizer,
                         const QString &portId, bool disassociate)
{
    InstancePorts::Released released;
    const auto done = database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto r = InstancePorts::release(db, portId, disassociate);
        if (!r)
            return r.error();
        released = *r;
        return {};
    });
    if (!done)
        return done;
    if (FloatingIpService *floatingIps = realizer->services().floatingIps)
        for (const QString &fip : released.floatingIps)
            emit floatingIps->floatingIpChanged(fip);
    if (released.deleted)
        emit ports->portRemoved(portId);
    else if (released.found)
        emit ports->portChanged(portId);
    return {};
}

} // namespace

Result<QString> InstanceService::attachInterface(const RequestContext &ctx, const QString &nameOrId,
                                                 const InterfaceRequest &request)
{
    auto instance = checkedFor(ctx, nameOrId, InstanceAction::AttachInterface);
    if (!instance)
        return instance.error();
    const QString action = QStringLiteral("server.attach_interface");
    const Refusal refused{m_s.log, ctx, action, *instance};
    if (request.network.isEmpty() == request.port.isEmpty())
        return refused(
            makeError(ErrorCode::BadRequest, tr("Attach Interface: give a network or a port (one of them)")));
    if (!request.port.isEmpty() && !request.fixedIp.isEmpty())
        return refused(
            makeError(ErrorCode::BadRequest,
                      tr("Fixed IP %1: an existing port keeps its own addresses; give a network with it")
                          .arg(request.fixedIp)));
    auto host = hostForInterfaces(m_s.hosts, *instance);
    if (!host)
        return refused(host.error());

    std::optional<Network> network;
    std::optional<Port> existing;
    if (!request.network.isEmpty()) {
        auto net = m_s.networks->show(ctx, request.network);
        if (!net)
            return refused(net.error());
        if (net->external && !ctx.isAdmin())
            return refused(
                makeError(ErrorCode::Forbidden,
                          tr("Network %1 is external: its addresses go to router gateways and floating IPs")
                              .arg(net->name)));
        if (net->projectId != instance->projectId && !net->shared && !ctx.isAdmin())
            return refused(
                makeError(ErrorCode::Forbidden,
                          tr("Network %1 belongs to another project and is not shared").arg(net->name)));
        if (!net->adminStateUp)
            return refused(
                makeError(ErrorCode::Conflict, tr("Network %1 is down (admin state)").arg(net->name)));
        if (net->subnetIds.isEmpty())
            return refused(
                makeError(ErrorCode::BadRequest,
                          tr("Network %1 has no subnet: the interface would get no address").arg(net->name)));
        network = *net;
    } else {
        auto port = m_s.ports->show(ctx, request.port);
        if (!port)
            return refused(port.error());
        if (port->projectId != instance->projectId && !ctx.isAdmin())
            return refused(
                makeError(ErrorCode::Forbidden, tr("Port %1 belongs to another project than instance %2")
                                                    .arg(portLabel(*port), instance->name)));
        if (port->deviceId == instance->id)
            return refused(makeError(
                ErrorCode::Conflict,
                tr("Port %1 is attached to instance %2 already").arg(portLabel(*port), instance->name)));
        if (!port->deviceId.isEmpty() || !port->deviceOwner.isEmpty())
            return refused(makeError(
                ErrorCode::Conflict,
                tr("Port %1 is in use by %2 (%3)").arg(portLabel(*port), port->deviceId, port->deviceOwner)));
        if (!port->hostId.isEmpty())
            return refused(makeError(ErrorCode::Conflict,
                                     tr("Port %1 is bound to a host already").arg(portLabel(*port))));
        existing = *port;
    }

    QString portId;
    auto made = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        if (existing) {
            auto claimed = InstancePorts::claim(db, *instance, *existing);
            if (!claimed)
                return claimed.error();
            portId = claimed->id;
            return {};
        }
        if (auto q = m_s.quotas->check(db, instance->projectId, {{QStringLiteral("ports"), 1}}); !q)
            return q;
        auto port = InstancePorts::create(db, *instance, network->id, request.fixedIp,
                                          InstancePorts::commonGroups(InstancePorts::of(db, instance->id)));
        if (!port)
            return port.error();
        portId = port->id;
        return {};
    });
    if (!made)
        return refused(made.error());
    emit m_s.ports->portChanged(portId);

    // Nothing half-done: a port that could not be bound or plugged goes again (or, when it was the user's,
    // is handed back unbound).
    const auto undo = [this, portId] {
        if (auto r = releasePort(*m_db, m_s.ports, m_s.realizer, portId, false); !r)
            qCWarning(lcStore) << "releasing port" << portId << "failed:" << r.error().toString();
    };
    // Bound first: the realisation task (the network, its DHCP entry, the port's filter) is queued on the
    // host's thread ahead of the plug below, so the interface finds what it refers to.
    auto bound = m_s.realizer->bindPort(RequestContext::system(), portId, instance->hostId);
    if (!bound) {
        undo();
        return refused(bound.error());
    }
    QSqlDatabase db = m_db->connection();
    const std::optional<Port> port = NetworkRepository::port(db, portId);
    if (!port) {
        undo();
        return refused(makeError(ErrorCode::Internal, tr("Port %1 is gone").arg(portId)));
    }
    const DomainInterfaces::Change change = changeFor(m_s.realizer, *instance, *host, *port);
    TaskSpec task = interfaceTask(m_s.hosts, *instance, *host, action,
                                  tr("Attach port %1 to instance %2").arg(portLabel(*port), instance->name),
                                  change, true);
    task.finish = [this, id = instance->id, change, portId,
                   undo](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            undo();
            return r;
        }
        // The stored XML is what a simulated host gets back at its next connect: edited here, at the end,
        // so changes that ran one after the other all stay in it. A deleted instance has none to edit.
        if (const QString stored = m_repo->domainXml(id); !stored.isEmpty())
            if (auto edited = DomainInterfaces::withInterface(stored, change.interfaceXml))
                m_repo->setDomainXml(id, *edited);
        emit instanceChanged(id);
        return QVariant(portId);
    };
    return m_s.tasks->start(ctx, std::move(task));
}

Result<QString> InstanceService::detachInterface(const RequestContext &ctx, const QString &nameOrId,
                                                 const QString &portName)
{
    auto instance = checkedFor(ctx, nameOrId, InstanceAction::DetachInterface);
    if (!instance)
        return instance.error();
    const QString action = QStringLiteral("server.detach_interface");
    const Refusal refused{m_s.log, ctx, action, *instance};
    QSqlDatabase db = m_db->connection();
    QList<Port> matching;
    for (const Port &p : InstancePorts::of(db, instance->id))
        if (p.id == portName || p.name == portName)
            matching.append(p);
    if (matching.isEmpty())
        return refused(
            makeError(ErrorCode::NotFound,
                      tr("Port '%1': instance %2 has no such port").arg(portName, instance->name)));
    auto port = NetworkScope::pick(matching, tr("Port"), portName);
    if (!port)
        return refused(port.error());
    auto host = hostForInterfaces(m_s.hosts, *instance);
    if (!host)
        return refused(host.error());

    const DomainInterfaces::Change change = changeFor(m_s.realizer, *instance, *host, *port);
    TaskSpec task = interfaceTask(m_s.hosts, *instance, *host, action,
                                  tr("Detach port %1 from instance %2").arg(portLabel(*port), instance->name),
                                  change, false);
    // Unplugged first, then the store: a guest that keeps the interface leaves the port as it was.
    task.finish = [this, id = instance->id, change,
                   portId = port->id](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r)
            return r;
        if (const QString stored = m_repo->domainXml(id); !stored.isEmpty())
            if (auto edited = DomainInterfaces::withoutInterface(stored, change.macAddress))
                m_repo->setDomainXml(id, *edited);
        if (auto released = releasePort(*m_db, m_s.ports, m_s.realizer, portId, true); !released)
            return released.error();
        emit instanceChanged(id);
        return QVariant(portId);
    };
    return m_s.tasks->start(ctx, std::move(task));
}

} // namespace sd
