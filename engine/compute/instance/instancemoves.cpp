#include "instancemoves.h"

#include "console/consolepassword.h"

#include "compute/scheduler/scheduler.h"
#include "core/logging.h"
#include "domainops.h"
#include "hostcall.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "hosts/libvirteventloop.h"
#include "identity/policy.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "instancedisks.h"
#include "instancerepository.h"
#include "instanceservice.h"
#include "migrationrepository.h"
#include "network/portservice.h"
#include "network/realize/networkrealizer.h"
#include "store/database.h"
#include "tasks/taskrunner.h"

#include <QSqlQuery>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>

namespace sd {

namespace {
// The virt type the instance was built with (kvm, qemu or test): a move keeps it.
QString domainTypeOf(const QString &xml, bool simulated)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("domain")) {
            const QString type = r.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                return type;
            break;
        }
    }
    return simulated ? QStringLiteral("test") : QStringLiteral("qemu");
}

QList<Port> portsOf(InstanceService &service, const QString &instanceId)
{
    PortFilter filter;
    filter.deviceId = instanceId;
    auto ports = service.services().ports->list(RequestContext::system(), filter);
    return ports ? *ports : QList<Port>();
}
} // namespace

Result<InstanceMoves::End> InstanceMoves::upHost(InstanceService &service, const QString &hostId,
                                                 const QString &instanceName)
{
    auto info = hostId.isEmpty() ? Result<HostInfo>(makeError(ErrorCode::NotFound, QString()))
                                 : service.services().hosts->show(RequestContext::system(), hostId);
    if (!info)
        return makeError(ErrorCode::HostUnavailable, tr("Instance %1 has no host").arg(instanceName));
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Host %1 of instance %2 is %3; try again when it is up")
                             .arg(info->record.name, instanceName, hostStateName(info->state)));
    End end;
    end.id = info->record.id;
    end.name = info->record.name;
    end.zone = info->record.availabilityZone;
    end.kind = info->kind;
    end.connection = service.services().hosts->connectionOf(end.id);
    end.vnc = info->facts.capabilities.vnc || info->kind == HostKind::Simulated;
    end.spice = info->facts.capabilities.spice;
    return end;
}

qint64 InstanceMoves::diskGbOf(const InstanceFlavor &f)
{
    return f.diskGb + f.ephemeralGb + ((f.swapMb << 20) + (qint64(1) << 30) - 1) / (qint64(1) << 30);
}

Result<HostCandidate> InstanceMoves::schedule(InstanceService &service, QSqlDatabase &db,
                                              const Instance &instance, const Placement &p)
{
    QList<HostCandidate> hosts = service.hostCandidates(db);
    ScheduleRequest req;
    req.vcpus = p.flavor.vcpus;
    req.ramMb = p.flavor.ramMb;
    req.diskGb = diskGbOf(p.flavor);
    req.availabilityZone = p.zone;
    req.forcedHost = p.forcedHostId;
    req.ignoreHosts = p.ignore;
    for (HostCandidate &h : hosts) {
        auto info = service.services().hosts->show(RequestContext::system(), h.record.id);
        const bool simulated = info && info->kind == HostKind::Simulated;
        if (simulated != (p.kind == HostKind::Simulated))
            req.ignoreHosts.insert(h.record.id);
        // A resize may stay where it is: what the instance holds there already counts as free for it.
        if (h.record.id == p.ownHostId) {
            h.claimedVcpus -= instance.flavor.vcpus;
            h.claimedRamMb -= instance.flavor.ramMb;
            h.claimedDiskGb -= diskGbOf(instance.flavor);
            h.instances -= 1;
        }
    }
    auto image = service.services().images->show(RequestContext::system(), instance.imageId);
    if (image) {
        req.imageArchitecture = image->properties.value(QStringLiteral("architecture"));
        req.imageHypervisorType = image->properties.value(QStringLiteral("hypervisor_type"));
    }
    if (!instance.serverGroupId.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT policy FROM server_groups WHERE id = ?"));
        q.addBindValue(instance.serverGroupId);
        if (q.exec() && q.next())
            req.groupPolicy = q.value(0).toString();
        // The other members: where the instance itself is does not count against it.
        q.prepare(QStringLiteral(
            "SELECT i.host_id, COUNT(*) FROM server_group_members m JOIN instances i ON i.id = "
            "m.instance_id WHERE m.group_id = ? AND i.id <> ? AND i.deleted = 0 AND i.host_id <> '' "
            "GROUP BY i.host_id"));
        bindValues(q, {instance.serverGroupId, instance.id});
        q.exec();
        while (q.next())
            req.groupMembersOnHost.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return service.scheduler().select(hosts, req);
}

Result<QStringList> InstanceMoves::bindPorts(InstanceService &service, const QString &instanceId,
                                             const QString &hostId)
{
    QStringList tasks;
    for (const Port &p : portsOf(service, instanceId)) {
        auto task = service.services().realizer->bindPort(RequestContext::system(), p.id, hostId);
        if (!task)
            return task.error();
        tasks << *task;
    }
    return tasks;
}

void InstanceMoves::unbindPorts(InstanceService &service, const QString &instanceId)
{
    // The ports and their addresses stay with the instance (Nova's shelve keeps them); only the binding goes.
    for (const Port &p : portsOf(service, instanceId))
        if (auto r = service.services().realizer->unbindPort(RequestContext::system(), p.id); !r)
            qCWarning(lcEngine) << "unbinding port" << p.id << "failed:" << r.error().toString();
}

Result<QStringList> InstanceMoves::ensureImage(InstanceService &service, const Instance &instance,
                                               const QString &hostId)
{
    ImageCache *cache = service.services().imageCache;
    if (!cache->cachedPath(hostId, instance.imageId).isEmpty())
        return QStringList();
    auto task = cache->ensureOnHost(RequestContext::system(), instance.imageId, hostId);
    if (!task)
        return task.error();
    return QStringList{*task};
}

DomainSpec InstanceMoves::domainSpec(InstanceService &service, const Instance &i,
                                     const InstanceFlavor &flavor, const End &host)
{
    DomainSpec spec;
    spec.instanceId = i.id;
    spec.name = i.name;
    spec.vcpus = flavor.vcpus;
    spec.ramMb = flavor.ramMb;
    spec.projectId = i.projectId;
    spec.projectName = i.projectName;
    spec.userId = i.userId;
    spec.flavorId = flavor.id;
    spec.flavorName = flavor.name;
    spec.imageId = i.imageId;
    if (auto image = service.services().images->show(RequestContext::system(), i.imageId))
        spec.architecture = image->properties.value(QStringLiteral("architecture"), QStringLiteral("x86_64"));
    spec.domainType = domainTypeOf(service.repository().domainXml(i.id), host.simulated());
    spec.vnc = host.vnc;
    spec.spice = host.spice;
    spec.graphicsPassword = ConsolePassword::forInstance(*service.database(), i.id);
    for (const Port &p : portsOf(service, i.id))
        spec.interfaceXml << service.services().realizer->interfaceXml(p, host.id);
    return spec;
}

QString InstanceMoves::writeXml(virConnectPtr conn, DomainSpec spec, const QList<DomainDisk> &disks)
{
    spec.disks = disks;
    if (spec.domainType != QLatin1String("test"))
        if (auto log = InstanceDisks::consoleLogPath(conn, spec.instanceId))
            spec.consoleLogPath = *log;
    return DomainXml::write(spec);
}

Result<QString> InstanceMoves::define(virConnectPtr conn, DomainSpec spec, const QList<DomainDisk> &disks,
                                      bool start, bool paused)
{
    const QString xml = writeXml(conn, std::move(spec), disks);
    if (start) {
        if (auto r = DomainOps::defineAndStart(conn, xml); !r)
            return r.error();
        if (paused)
            if (auto p =
                    DomainOps::perform(conn, QStringLiteral("sd-") + spec.instanceId, InstanceAction::Pause);
                !p)
                return p.error();
        return xml;
    }
    const QByteArray bytes = xml.toUtf8();
    virDomainPtr dom = virDomainDefineXML(conn, bytes.constData());
    if (!dom)
        return makeError(ErrorCode::HostUnavailable,
                         tr("The domain cannot be defined: %1").arg(lastLibvirtError()));
    virDomainFree(dom);
    return xml;
}

Result<void> InstanceMoves::powerOff(virConnectPtr conn, const QString &domainName)
{
    bool exists = false;
    const PowerState power = DomainOps::powerStateOf(conn, domainName, &exists);
    // No domain (a simulated host that forgot it): nothing runs that could lose data.
    if (!exists || power == PowerState::Shutdown || power == PowerState::Suspended)
        return {};
    if (auto r = DomainOps::perform(conn, domainName, InstanceAction::Stop); !r)
        return r.error();
    return {};
}

Result<void> InstanceMoves::removeFrom(virConnectPtr conn, const QString &instanceId)
{
    if (auto r = DomainOps::destroy(conn, QStringLiteral("sd-") + instanceId); !r)
        return r;
    return InstanceDisks::remove(conn, instanceId);
}

namespace {
struct Handoff
{
    Q_DECLARE_TR_FUNCTIONS(sd::InstanceMoves)

public:
    std::promise<Result<QString>> promise;
    bool delivered = false;
    void deliver(Result<QString> r)
    {
        if (delivered)
            return;
        delivered = true;
        promise.set_value(std::move(r));
    }
    ~Handoff()
    {
        deliver(makeError(ErrorCode::Internal, tr("The engine stopped before the move could start")));
    }
};
} // namespace

std::shared_future<Result<QString>> InstanceMoves::after(InstanceService &service, const QStringList &taskIds,
                                                         std::function<Result<QString>()> fn)
{
    auto handoff = std::make_shared<Handoff>();
    auto future = handoff->promise.get_future().share();
    TaskRunner *tasks = service.services().tasks;
    auto pending = std::make_shared<QSet<QString>>();
    auto firstError = std::make_shared<std::optional<Error>>();
    auto note = [tasks, firstError](const QString &id) {
        auto info = tasks->task(id);
        if (!info || info->state == TaskState::Succeeded || *firstError)
            return;
        *firstError = info->state == TaskState::Cancelled
                          ? makeError(ErrorCode::Conflict, tr("%1: cancelled").arg(info->title))
                          : info->error;
    };
    for (const QString &id : taskIds) {
        auto info = tasks->task(id);
        if (info && !info->isFinished())
            pending->insert(id);
        else
            note(id);
    }
    auto finish = [handoff, firstError, fn] {
        handoff->deliver(*firstError ? Result<QString>(**firstError) : fn());
    };
    if (pending->isEmpty()) {
        finish();
        return future;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(tasks, &TaskRunner::taskFinished, &service, [=](const QString &id) {
        if (!pending->remove(id))
            return;
        note(id);
        if (!pending->isEmpty())
            return;
        QObject::disconnect(*connection);
        finish();
    });
    return future;
}

void InstanceMoves::setTaskState(InstanceService *service, const QString &instanceId, const QString &task)
{
    // Store writes and notifications belong to the main thread (DESIGN.md §2); the move waits for nothing.
    QMetaObject::invokeMethod(
        service,
        [service, instanceId, task] {
            if (deleting(*service, instanceId))
                return;
            service->repository().setTaskState(instanceId, task);
            service->notifyChanged(instanceId);
        },
        Qt::QueuedConnection);
}

TaskSpec InstanceMoves::task(const Instance &i, InstanceAction action, const QString &title)
{
    TaskSpec t;
    t.title = title;
    t.action = QStringLiteral("server.") + instanceActionName(action);
    t.targetKind = QStringLiteral("instance");
    t.targetId = i.id;
    t.targetName = i.name;
    return t;
}

VmState InstanceMoves::restingState(PowerState power)
{
    switch (power) {
    case PowerState::Running:
        return VmState::Active;
    case PowerState::Paused:
        return VmState::Paused;
    default:
        return VmState::Stopped;
    }
}

Result<void> InstanceMoves::settle(QSqlDatabase &db, const QString &id, const Settled &s)
{
    QStringList sets{QStringLiteral("vm_state = ?"), QStringLiteral("task_state = ?"),
                     QStringLiteral("power_state = ?"), QStringLiteral("updated_at = ?")};
    QVariantList values{vmStateName(s.vmState), s.taskState, int(s.power),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
    auto set = [&](const char *column, const QVariant &value) {
        sets << QLatin1String(column) + QStringLiteral(" = ?");
        values << value;
    };
    if (s.hostId)
        set("host_id", *s.hostId);
    if (s.zone)
        set("availability_zone", *s.zone);
    if (s.diskHostId)
        set("disk_host_id", *s.diskHostId);
    if (s.domainXml)
        set("domain_xml", *s.domainXml);
    if (s.flavor) {
        set("flavor_id", s.flavor->id);
        set("flavor_name", s.flavor->name);
        set("vcpus", s.flavor->vcpus);
        set("ram_mb", s.flavor->ramMb);
        set("disk_gb", s.flavor->diskGb);
        set("ephemeral_gb", s.flavor->ephemeralGb);
        set("swap_mb", s.flavor->swapMb);
    }
    values << id;
    // Never over a delete that came in meanwhile.
    return execSql(
        db,
        QStringLiteral("UPDATE instances SET %1 WHERE id = ? AND deleted = 0 AND task_state <> 'deleting'")
            .arg(sets.join(QStringLiteral(", "))),
        values);
}

Result<QString> InstanceMoves::chosenHost(InstanceService &service, const RequestContext &ctx,
                                          const Instance &i, const QString &host)
{
    if (host.isEmpty())
        return QString();
    if (auto p = service.policy()->check(ctx, QStringLiteral("server:migrate:host"), i.projectId); !p)
        return p.error();
    auto h = service.services().hosts->show(ctx, host);
    if (!h)
        return h.error();
    if (h->record.id == i.hostId)
        return makeError(ErrorCode::Conflict,
                         tr("Host '%1': instance %2 is already on it").arg(host, i.name));
    return h->record.id;
}

void InstanceMoves::removeLeftovers(InstanceService &service, const RequestContext &ctx, const Instance &i)
{
    for (const QString &hostId : MigrationRepository(service.database()).leftoverHosts(i)) {
        auto host = upHost(service, hostId, i.name);
        if (!host) {
            // As Nova's local delete: what a down host keeps is reported there, not waited for.
            qCWarning(lcEngine) << "instance" << i.id << ":" << host.error().message;
            continue;
        }
        TaskSpec t =
            task(i, InstanceAction::Delete, tr("Remove instance %1 from %2").arg(i.name, host->name));
        t.runIn = host->connection;
        t.work = [connection = host->connection, name = host->name,
                  id = i.id](TaskControl &) -> Result<QVariant> {
            virConnectPtr conn = connection ? connection->connection() : nullptr;
            if (!conn)
                return HostCall::down(name);
            if (auto r = removeFrom(conn, id); !r)
                return r.error();
            return QVariant();
        };
        service.services().tasks->start(ctx, std::move(t));
    }
}

bool InstanceMoves::deleting(InstanceService &service, const QString &instanceId)
{
    auto i = service.repository().find(instanceId);
    return !i || i->vmState == VmState::Deleted || i->taskState == QLatin1String("deleting");
}

Result<void> InstanceMoves::commit(InstanceService &service, const QString &instanceId,
                                   const QString &madeOnHostId,
                                   const std::function<Result<void>(QSqlDatabase &)> &write)
{
    if (deleting(service, instanceId)) {
        auto i = service.repository().find(instanceId);
        if (i && !madeOnHostId.isEmpty()) {
            Instance made = *i;
            made.diskHostId = madeOnHostId; // what removeLeftovers cleans up besides the instance's host
            made.hostId.clear();
            removeLeftovers(service, RequestContext::system(), made);
        }
        return makeError(ErrorCode::Conflict,
                         tr("Instance %1 was deleted during the move").arg(i ? i->name : instanceId));
    }
    if (auto tx = service.database()->transaction(write); !tx) {
        fail(service, instanceId, tx.error());
        return tx;
    }
    service.repository().clearFault(instanceId);
    service.notifyChanged(instanceId);
    return {};
}

Result<QString> InstanceMoves::defineWithDisks(virConnectPtr conn, const DomainSpec &spec,
                                               const InstanceDiskCopy::Request &disks, bool start)
{
    auto list = InstanceDiskCopy::disksOn(conn, disks);
    if (!list)
        return list.error();
    return define(conn, spec, *list, start, false);
}

void InstanceMoves::fail(InstanceService &service, const QString &instanceId, const Error &error)
{
    if (deleting(service, instanceId))
        return; // the delete has the last word
    service.repository().setTaskState(instanceId, QString());
    service.repository().setFault(instanceId, {500, error.message, error.details, {}});
    service.notifyChanged(instanceId);
}

} // namespace sd
