#include "instanceservice.h"

#include "compute/flavorservice.h"
#include "domainops.h"
#include "instancedisks.h"
#include "hosts/hostconnection.h"
#include "compute/scheduler/scheduler.h"
#include "core/ids.h"
#include "core/logging.h"
#include "core/namecheck.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"
#include "image/imageservice.h"
#include "instancebuild.h"
#include "instancemoves.h"
#include "instancerepository.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"
#include "quota/quotaservice.h"
#include "seediso.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

namespace sd {

// Everything a launch needs, resolved and checked before the transaction starts.

InstanceService::InstanceService(std::shared_ptr<Database> db, const Policy *policy, const Services &services,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_s(services),
      m_repo(std::make_unique<InstanceRepository>(db)), m_scheduler(std::make_unique<Scheduler>())
{
    // Deleted and errored instances: Nova counts ERROR instances against the quota, deleted ones not.
    m_s.quotas->registerUsageCounter(QStringLiteral("instances"), [](QSqlDatabase &d, const QString &project) {
        return countRows(d, QStringLiteral("SELECT COUNT(*) FROM instances WHERE project_id = ? AND deleted = 0"), {project});
    });
    m_s.quotas->registerUsageCounter(QStringLiteral("cores"), [](QSqlDatabase &d, const QString &project) {
        return countRows(d, QStringLiteral("SELECT COALESCE(SUM(vcpus), 0) FROM instances WHERE project_id = ? AND deleted = 0"),
                         {project});
    });
    m_s.quotas->registerUsageCounter(QStringLiteral("ram"), [](QSqlDatabase &d, const QString &project) {
        return countRows(d, QStringLiteral("SELECT COALESCE(SUM(ram_mb), 0) FROM instances WHERE project_id = ? AND deleted = 0"),
                         {project});
    });
}

InstanceService::~InstanceService() = default;

void InstanceService::setScheduler(std::unique_ptr<Scheduler> scheduler)
{
    m_scheduler = std::move(scheduler);
}

Result<void> InstanceService::validateName(const QString &name)
{
    if (auto n = checkedName(tr("Instance name"), name); !n)
        return n.error();
    return {};
}

Result<void> InstanceService::validateMetadata(const QMap<QString, QString> &items)
{
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (it.key().isEmpty() || it.key().size() > 255)
            return makeError(ErrorCode::BadRequest, tr("Metadata key '%1': must be 1-255 characters").arg(it.key()));
        if (it.value().size() > 255)
            return makeError(ErrorCode::BadRequest,
                             tr("Metadata %1: the value is %2 characters, at most 255 are allowed").arg(it.key()).arg(it.value().size()));
        for (const QChar c : it.key() + it.value())
            if (c.category() == QChar::Other_Control)
                return makeError(ErrorCode::BadRequest, tr("Metadata %1: control characters are not allowed").arg(it.key()));
    }
    return {};
}

QList<HostCandidate> InstanceService::hostCandidates(QSqlDatabase &db) const
{
    QHash<QString, HostCandidate> byId;
    auto hosts = m_s.hosts->list(RequestContext::system());
    if (!hosts)
        return {};
    for (const HostInfo &h : *hosts) {
        HostCandidate c;
        c.record = h.record;
        c.state = h.state;
        c.hypervisorType = h.facts.hypervisorType;
        c.totalVcpus = h.facts.vcpus;
        c.totalRamMb = h.facts.memoryMb;
        c.totalDiskGb = h.facts.diskGb;
        byId.insert(h.record.id, c);
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT host_id, SUM(vcpus), SUM(ram_mb), SUM(disk_gb), COUNT(*) FROM instance_claims GROUP BY host_id"));
    while (q.next()) {
        auto it = byId.find(q.value(0).toString());
        if (it == byId.end())
            continue;
        it->claimedVcpus = q.value(1).toInt();
        it->claimedRamMb = q.value(2).toLongLong();
        it->claimedDiskGb = q.value(3).toLongLong();
        it->instances = q.value(4).toInt();
    }
    QList<HostCandidate> list = byId.values();
    std::sort(list.begin(), list.end(), [](const HostCandidate &a, const HostCandidate &b) { return a.record.name < b.record.name; });
    return list;
}

Result<Instance> InstanceService::visible(const RequestContext &ctx, const QString &nameOrId) const
{
    if (nameOrId.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Instance: give a name or an ID"));
    // Admins find instances of every project (as `openstack server show` does for them).
    const QStringList ids = m_repo->idsByNameOrId(nameOrId, ctx.isAdmin() ? QString() : ctx.projectId);
    if (ids.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Instance '%1': no such instance").arg(nameOrId));
    if (ids.size() > 1)
        return makeError(ErrorCode::Conflict,
                         tr("Instance name '%1' is used by %2 instances; give the ID").arg(nameOrId).arg(ids.size()));
    auto i = m_repo->find(ids.first());
    if (!i)
        return makeError(ErrorCode::NotFound, tr("Instance '%1': no such instance").arg(nameOrId));
    return *i;
}

Result<Instance> InstanceService::checkedFor(const RequestContext &ctx, const QString &nameOrId,
                                            InstanceAction action) const
{
    auto instance = visible(ctx, nameOrId);
    if (!instance)
        return instance.error();
    if (auto pol = m_policy->check(ctx, QStringLiteral("server:") + instanceActionName(action), instance->projectId); !pol)
        return pol.error();
    if (auto gate = ActionGate::check(*instance, action, ctx.isAdmin()); !gate)
        return gate.error();
    for (const ActionGuard &guard : m_guards)
        if (auto g = guard(*instance, action); !g)
            return g.error();
    return instance;
}

Result<QList<Instance>> InstanceService::list(const RequestContext &ctx, const InstanceListFilter &filter) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("server:list")); !p)
        return p.error();
    InstanceQuery query;
    query.projectId = ctx.projectId;
    QSqlDatabase db = m_db->connection();
    if (filter.allProjects || !filter.project.isEmpty() || !filter.host.isEmpty()) {
        if (!ctx.isAdmin())
            return makeError(ErrorCode::Forbidden,
                             tr("Only administrators may list the instances of other projects or of a host"));
        query.projectId.clear();
    }
    if (!filter.project.isEmpty()) {
        query.projectId = idByNameOrId(db, "projects", filter.project);
        if (query.projectId.isEmpty())
            return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(filter.project));
    }
    if (!filter.host.isEmpty()) {
        auto h = m_s.hosts->show(ctx, filter.host);
        if (!h)
            return h.error();
        query.hostId = h->record.id;
    }
    QRegularExpression re;
    if (!filter.nameRegex.isEmpty()) {
        re = QRegularExpression(filter.nameRegex);
        if (!re.isValid())
            return makeError(ErrorCode::BadRequest,
                             tr("Name filter '%1': not a regular expression (%2)").arg(filter.nameRegex, re.errorString()));
    }
    const QString status = filter.status.toUpper();
    QList<Instance> result;
    for (const Instance &i : m_repo->list(query)) {
        if (!status.isEmpty() && i.status() != status)
            continue;
        if (!filter.nameRegex.isEmpty() && !re.match(i.name).hasMatch())
            continue;
        result.append(i);
    }
    return result;
}

Result<Instance> InstanceService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("server:show")); !p)
        return p.error();
    return visible(ctx, nameOrId);
}

void InstanceService::startBuild(const RequestContext &ctx, const QString &instanceId)
{
    auto *build = new InstanceBuild(this, ctx, instanceId, QString::fromUtf8(m_repo->userData(instanceId).toUtf8()));
    m_builds.insert(instanceId, build);
    build->start();
}

void InstanceService::buildFinished(const QString &instanceId)
{
    if (auto b = m_builds.take(instanceId))
        b->deleteLater();
}

void InstanceService::failBuild(const QString &instanceId, const Error &error)
{
    QStringList ports, unbound;
    // Nova deallocates the network of a build that failed and drops its claim; the row stays in ERROR.
    const auto released = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        return InstanceRepository::releaseHoldings(db, instanceId, &ports, &unbound);
    });
    if (!released)
        qCWarning(lcStore) << "releasing instance" << instanceId << "failed:" << released.error().toString();
    for (const QString &port : ports)
        emit m_s.ports->portRemoved(port);
    for (const QString &port : unbound)
        emit m_s.ports->portChanged(port);
    m_repo->setStates(instanceId, VmState::Error, QString(), PowerState::NoState);
    m_repo->setFault(instanceId, {500, error.message, error.details, {}});
    emit instanceChanged(instanceId);
}

Result<QString> InstanceService::perform(const RequestContext &ctx, const QString &nameOrId, InstanceAction action)
{
    auto instance = visible(ctx, nameOrId);
    if (!instance)
        return instance.error();
    const QString rule = QStringLiteral("server:") + instanceActionName(action);
    if (auto pol = m_policy->check(ctx, rule, instance->projectId); !pol)
        return pol.error();
    if (auto gate = ActionGate::check(*instance, action, ctx.isAdmin()); !gate)
        return gate.error();
    if (action == InstanceAction::Lock || action == InstanceAction::Unlock) {
        const bool lock = action == InstanceAction::Lock;
        return auditedOn(m_s.log, ctx, QStringLiteral("server.") + instanceActionName(action), QStringLiteral("instance"),
                       instance->id, instance->name, [&]() -> Result<QString> {
                           m_repo->setLocked(instance->id, lock,
                                             ctx.isAdmin() && ctx.projectId != instance->projectId
                                                 ? QStringLiteral("admin")
                                                 : QStringLiteral("owner"));
                           emit instanceChanged(instance->id);
                           return QString();
                       });
    }
    if (action == InstanceAction::Delete)
        return remove(ctx, nameOrId);
    switch (action) {
    case InstanceAction::Shelve: return shelve(ctx, instance->id);
    case InstanceAction::Unshelve: return unshelve(ctx, instance->id);
    case InstanceAction::Rescue: return rescue(ctx, instance->id);
    case InstanceAction::Unrescue: return unrescue(ctx, instance->id);
    case InstanceAction::ConfirmResize: return confirmResize(ctx, instance->id);
    case InstanceAction::RevertResize: return revertResize(ctx, instance->id);
    case InstanceAction::Start:
    case InstanceAction::Stop:
    case InstanceAction::Reboot:
    case InstanceAction::HardReboot:
    case InstanceAction::Pause:
    case InstanceAction::Unpause:
    case InstanceAction::Suspend:
    case InstanceAction::Resume: return runPowerAction(ctx, *instance, action);
    default:
        // The rest need more than the instance (a flavor, an image, a port...): they have their own calls.
        return makeError(ErrorCode::BadRequest, tr("%1 needs its own request, not a plain action").arg(ActionGate::label(action)));
    }
}

Result<QString> InstanceService::runPowerAction(const RequestContext &ctx, const Instance &instance, InstanceAction action)
{
    auto info = m_s.hosts->show(RequestContext::system(), instance.hostId);
    if (!info)
        return makeError(ErrorCode::HostUnavailable, tr("Instance %1 has no host").arg(instance.name));
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable, tr("Host %1 of instance %2 is %3; try again when it is up")
                                                         .arg(info->record.name, instance.name, hostStateName(info->state)));
    // Nova's task states while the action runs.
    static const QHash<InstanceAction, QString> tasks = {
        {InstanceAction::Start, QStringLiteral("powering-on")},   {InstanceAction::Stop, QStringLiteral("powering-off")},
        {InstanceAction::Reboot, QStringLiteral("rebooting")},    {InstanceAction::HardReboot, QStringLiteral("rebooting_hard")},
        {InstanceAction::Pause, QStringLiteral("pausing")},       {InstanceAction::Unpause, QStringLiteral("unpausing")},
        {InstanceAction::Suspend, QStringLiteral("suspending")},  {InstanceAction::Resume, QStringLiteral("resuming")},
    };
    m_repo->setTaskState(instance.id, tasks.value(action));
    emit instanceChanged(instance.id);

    HostConnection *connection = m_s.hosts->connectionOf(instance.hostId);
    TaskSpec task;
    task.title = tr("%1 instance %2").arg(ActionGate::label(action), instance.name);
    task.action = QStringLiteral("server.") + instanceActionName(action);
    task.targetKind = QStringLiteral("instance");
    task.targetId = instance.id;
    task.targetName = instance.name;
    task.runIn = connection;
    task.work = [connection, domain = instance.domainName(), action, hostName = info->record.name](TaskControl &control) -> Result<QVariant> {
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn)
            return makeError(ErrorCode::HostUnavailable, tr("Host %1 went down").arg(hostName));
        control.setProgress(10, ActionGate::label(action));
        auto power = DomainOps::perform(conn, domain, action);
        if (!power)
            return power.error();
        return QVariant(int(*power));
    };
    task.finish = [this, id = instance.id, action, previous = instance.vmState](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            // The action failed; the instance stays as it was, with the failure as its fault (Nova's
            // instance fault) so the user sees why.
            m_repo->setTaskState(id, QString());
            m_repo->setFault(id, {500, r.error().message, r.error().details, {}});
            emit instanceChanged(id);
            return r;
        }
        const PowerState power = powerStateFromInt(r->toInt());
        VmState vm = previous;
        switch (action) {
        case InstanceAction::Start:
        case InstanceAction::Unpause:
        case InstanceAction::Resume:
        case InstanceAction::Reboot:
        case InstanceAction::HardReboot: vm = VmState::Active; break;
        case InstanceAction::Stop: vm = VmState::Stopped; break;
        case InstanceAction::Pause: vm = VmState::Paused; break;
        case InstanceAction::Suspend: vm = VmState::Suspended; break;
        default: break;
        }
        m_repo->setStates(id, vm, QString(), power);
        if (action == InstanceAction::HardReboot || action == InstanceAction::Start)
            m_repo->clearFault(id);
        emit instanceChanged(id);
        return r;
    };
    return m_s.tasks->start(ctx, std::move(task));
}

Result<Instance> InstanceService::update(const RequestContext &ctx, const QString &nameOrId, const InstanceUpdate &change)
{
    auto instance = visible(ctx, nameOrId);
    if (!instance)
        return instance.error();
    return auditedOn(m_s.log, ctx, QStringLiteral("server.update"), QStringLiteral("instance"), instance->id,
                     instance->name, [&]() -> Result<Instance> {
        if (auto pol = m_policy->check(ctx, QStringLiteral("server:update"), instance->projectId); !pol)
            return pol.error();
        if (auto gate = ActionGate::check(*instance, InstanceAction::Update, ctx.isAdmin()); !gate)
            return gate.error();
        const QString name = change.name ? change.name->trimmed() : instance->name;
        if (auto n = validateName(name); !n)
            return n.error();
        const QString description = change.description.value_or(instance->description);
        if (auto d = checkedText(tr("Description"), description); !d)
            return d.error();
        if (auto m = validateMetadata(change.setMetadata); !m)
            return m.error();
        for (const QString &key : change.unsetMetadata)
            if (!instance->metadata.contains(key) && !change.setMetadata.contains(key))
                return makeError(ErrorCode::NotFound, tr("Metadata key '%1': instance %2 has no such key").arg(key, instance->name));
        auto tx = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            if (auto e = execSql(db, QStringLiteral("UPDATE instances SET name = ?, description = ?, updated_at = ? WHERE id = ?"),
                                 {name, description, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), instance->id});
                !e)
                return e;
            for (const QString &key : change.unsetMetadata)
                if (auto e = execSql(db, QStringLiteral("DELETE FROM instance_metadata WHERE instance_id = ? AND key = ?"),
                                     {instance->id, key});
                    !e)
                    return e;
            if (auto e = InstanceRepository::setMetadata(db, instance->id, change.setMetadata); !e)
                return e;
            const qint64 items = countRows(db, QStringLiteral("SELECT COUNT(*) FROM instance_metadata WHERE instance_id = ?"),
                                           {instance->id});
            const qint64 limit = m_s.quotas->limitOf(db, instance->projectId, QStringLiteral("metadata_items"));
            if (limit >= 0 && items > limit)
                return makeError(ErrorCode::QuotaExceeded,
                                 tr("Quota exceeded for metadata_items: %1 items, limit %2").arg(items).arg(limit));
            return {};
        });
        if (!tx)
            return tx.error();
        emit instanceChanged(instance->id);
        return *m_repo->find(instance->id);
    });
}

Result<QString> InstanceService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    auto instance = visible(ctx, nameOrId);
    if (!instance)
        return instance.error();
    if (auto pol = m_policy->check(ctx, QStringLiteral("server:delete"), instance->projectId); !pol)
        return pol.error();
    if (auto gate = ActionGate::check(*instance, InstanceAction::Delete, ctx.isAdmin()); !gate)
        return gate.error();
    // During a build, the build stops at its next step and hands over to the delete.
    if (auto build = m_builds.value(instance->id)) {
        m_repo->setTaskState(instance->id, QStringLiteral("deleting"));
        emit instanceChanged(instance->id);
        build->abortForDelete(ctx);
        return build->deleteTaskId();
    }
    return startDelete(ctx, *instance);
}

Result<QString> InstanceService::startDelete(const RequestContext &ctx, const Instance &instance)
{
    m_repo->setTaskState(instance.id, QStringLiteral("deleting"));
    emit instanceChanged(instance.id);
    // A shelved instance's disks and the source of an unconfirmed resize or migration are elsewhere.
    InstanceMoves::removeLeftovers(*this, ctx, instance);
    auto info = instance.hostId.isEmpty() ? Result<HostInfo>(makeError(ErrorCode::NotFound, QString()))
                                          : m_s.hosts->show(RequestContext::system(), instance.hostId);
    // Nothing on a host (never scheduled, or shelved): the row goes at once. A host that is down keeps
    // the domain, as Nova's "local delete" does; the reconciler reports it as orphaned when it is back.
    if (!info || info->state != HostState::Up) {
        static_cast<void>(auditedOn(m_s.log, ctx, QStringLiteral("server.delete"), QStringLiteral("instance"),
                                    instance.id, instance.name, [&] {
                                      finishDelete(instance.id);
                                      return Result<void>();
                                  }));
        return QString();
    }
    HostConnection *connection = m_s.hosts->connectionOf(instance.hostId);
    TaskSpec task;
    task.title = tr("Delete instance %1").arg(instance.name);
    task.action = QStringLiteral("server.delete");
    task.targetKind = QStringLiteral("instance");
    task.targetId = instance.id;
    task.targetName = instance.name;
    task.runIn = connection;
    task.work = [connection, id = instance.id, domain = instance.domainName(), hostName = info->record.name](TaskControl &control) -> Result<QVariant> {
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn)
            return makeError(ErrorCode::HostUnavailable, tr("Host %1 went down").arg(hostName));
        control.setProgress(20, tr("Removing the domain"));
        if (auto r = DomainOps::destroy(conn, domain); !r)
            return r.error();
        control.setProgress(60, tr("Removing the disks"));
        if (auto r = InstanceDisks::remove(conn, id); !r)
            return r.error();
        return QVariant();
    };
    task.finish = [this, id = instance.id](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            m_repo->setStates(id, VmState::Error, QString());
            m_repo->setFault(id, {500, r.error().message, r.error().details, {}});
            emit instanceChanged(id);
            return r;
        }
        finishDelete(id);
        return r;
    };
    return m_s.tasks->start(ctx, std::move(task));
}

void InstanceService::finishDelete(const QString &instanceId)
{
    QStringList ports, unbound;
    const auto deleted = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        if (auto e = InstanceRepository::releaseHoldings(db, instanceId, &ports, &unbound); !e)
            return e;
        if (auto e = execSql(db, QStringLiteral("DELETE FROM server_group_members WHERE instance_id = ?"), {instanceId}); !e)
            return e;
        return InstanceRepository::markDeleted(db, instanceId);
    });
    if (!deleted) {
        qCWarning(lcStore) << "deleting instance" << instanceId << "failed:" << deleted.error().toString();
        return;
    }
    for (const QString &port : ports)
        emit m_s.ports->portRemoved(port);
    for (const QString &port : unbound)
        emit m_s.ports->portChanged(port);
    emit instanceRemoved(instanceId);
}

Result<QList<ActionLogEntry>> InstanceService::events(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("server:show")); !p)
        return p.error();
    auto instance = visible(ctx, nameOrId);
    if (!instance)
        return instance.error();
    QList<ActionLogEntry> list = m_s.log->forTarget(QStringLiteral("instance"), instance->id);
    // The launch is logged before the instance has an id: find it by request id.
    return list;
}

Result<QString> InstanceService::consoleLog(const RequestContext &ctx, const QString &nameOrId, int lines)
{
    auto instance = visible(ctx, nameOrId);
    if (!instance)
        return instance.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("server:console"), instance->projectId); !p)
        return p.error();
    if (lines < 1 || lines > 100000)
        return makeError(ErrorCode::BadRequest, tr("Lines: %1 is not 1 to 100000").arg(lines));
    auto info = m_s.hosts->show(RequestContext::system(), instance->hostId);
    if (!info)
        return makeError(ErrorCode::Conflict, tr("Instance %1 is not on a host; it has no console log").arg(instance->name));
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable, tr("Host %1 is %2").arg(info->record.name, hostStateName(info->state)));
    if (info->kind == HostKind::Simulated)
        return makeError(ErrorCode::Conflict, tr("Instance %1 runs on a simulated host: there is no console output").arg(instance->name));
    HostConnection *connection = m_s.hosts->connectionOf(instance->hostId);
    TaskSpec task;
    task.title = tr("Console log of %1").arg(instance->name);
    task.action = QStringLiteral("server.console_log");
    task.targetKind = QStringLiteral("instance");
    task.targetId = instance->id;
    task.targetName = instance->name;
    task.runIn = connection;
    task.work = [connection, id = instance->id, lines](TaskControl &) -> Result<QVariant> {
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn)
            return makeError(ErrorCode::HostUnavailable, tr("The host went down"));
        // 200 bytes a line is generous for a console; the tail is cut to the lines asked for below.
        auto bytes = InstanceDisks::readConsoleLog(conn, id, qint64(lines) * 200 + 4096);
        if (!bytes)
            return bytes.error();
        QStringList all = QString::fromUtf8(*bytes).split(QLatin1Char('\n'));
        if (!all.isEmpty() && all.last().isEmpty())
            all.removeLast();
        if (all.size() > lines)
            all = all.mid(all.size() - lines);
        return QVariant(all.join(QLatin1Char('\n')));
    };
    return m_s.tasks->start(ctx, std::move(task));
}

Result<Instance> InstanceService::waitUntilSettled(const QString &instanceId, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        auto i = m_repo->find(instanceId);
        if (!i)
            return makeError(ErrorCode::NotFound, tr("Instance %1: no such instance").arg(instanceId));
        if ((i->taskState.isEmpty() && i->vmState != VmState::Building) || i->vmState == VmState::Deleted)
            return *i;
        if (t.elapsed() > timeoutMs)
            return makeError(ErrorCode::Internal, tr("Instance %1 is still %2 after %3 s")
                                                      .arg(i->name, i->status())
                                                      .arg(timeoutMs / 1000));
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        connect(this, &InstanceService::instanceChanged, &loop, &QEventLoop::quit);
        connect(this, &InstanceService::instanceRemoved, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace sd
