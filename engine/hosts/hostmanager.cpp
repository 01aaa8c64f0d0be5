#include "hostmanager.h"

#include "core/ids.h"
#include "core/logging.h"
#include "hostconnection.h"
#include "hostprobe.h"
#include "hosturi.h"
#include "libvirteventloop.h"
#include "store/database.h"
#include "store/hostrepository.h"
#include "identity/policy.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <libvirt/libvirt.h>

namespace sd {

HostManager::HostManager(std::shared_ptr<Database> db, TaskRunner *tasks, const Policy *policy, QObject *parent)
    : QObject(parent), m_db(db), m_repo(std::make_unique<HostRepository>(db)), m_tasks(tasks), m_policy(policy)
{
    qRegisterMetaType<sd::HostState>();
    qRegisterMetaType<sd::HostFacts>();
    qRegisterMetaType<sd::SimulatedState>();
}

HostManager::~HostManager()
{
    disconnectAll();
}

// ---- validation ----------------------------------------------------------------------------------

Result<void> HostManager::validateName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (name.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Host name: empty; give the host a name, e.g. compute-1"));
    if (name.size() > 64)
        return makeError(ErrorCode::BadRequest, tr("Host name '%1': longer than 64 characters").arg(name));
    if (!pattern.match(name).hasMatch())
        return makeError(ErrorCode::BadRequest,
                         tr("Host name '%1': use letters, digits, '.', '-' and '_', starting with a letter or digit")
                             .arg(name));
    return {};
}

Result<void> HostManager::validateAvailabilityZone(const QString &zone)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._ -]*$"));
    if (zone.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Availability zone: empty; the default zone is 'nova'"));
    if (zone.size() > 255)
        return makeError(ErrorCode::BadRequest, tr("Availability zone '%1': longer than 255 characters").arg(zone));
    if (!pattern.match(zone).hasMatch())
        return makeError(ErrorCode::BadRequest,
                         tr("Availability zone '%1': use letters, digits, spaces, '.', '-' and '_'").arg(zone));
    return {};
}

Result<void> HostManager::validateRatio(const QString &field, double value)
{
    if (!(value > 0.0) || value > 1000.0)
        return makeError(ErrorCode::BadRequest, tr("%1 %2: must be greater than 0 and at most 1000").arg(field).arg(value));
    return {};
}

Result<void> HostManager::validateReserved(const QString &field, qint64 value)
{
    if (value < 0)
        return makeError(ErrorCode::BadRequest, tr("%1 %2: must be 0 or more").arg(field).arg(value));
    return {};
}

// ---- reads --------------------------------------------------------------------------------------

Result<HostRecord> HostManager::find(const QString &nameOrId) const
{
    if (auto r = m_repo->byName(nameOrId))
        return *r;
    if (auto r = m_repo->byId(nameOrId))
        return *r;
    if (auto r = m_repo->byUri(nameOrId.trimmed()))
        return *r;
    return makeError(ErrorCode::NotFound, tr("Host '%1': no such host; `host list` shows them").arg(nameOrId));
}

HostInfo HostManager::infoOf(const HostRecord &record) const
{
    HostInfo info;
    info.record = record;
    if (auto uri = HostUri::parse(record.uri))
        info.kind = uri->kind;
    const auto it = m_runtime.constFind(record.id);
    if (it != m_runtime.constEnd()) {
        info.state = it->state;
        info.lastError = it->lastError;
        info.stateSince = it->since;
        info.factsLive = it->factsLive;
        info.facts = it->factsLive ? it->facts : m_repo->facts(record.id);
    } else {
        // Not connected in this process (a read-only caller): show what was last seen.
        info.state = HostState::Down;
        info.facts = m_repo->facts(record.id);
        info.lastError = m_repo->lastError(record.id);
    }
    return info;
}

Result<QList<HostInfo>> HostManager::list(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("host:list")); !p)
        return p.error();
    QList<HostInfo> list;
    for (const HostRecord &r : m_repo->list())
        list.append(infoOf(r));
    return list;
}

Result<HostInfo> HostManager::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("host:show")); !p)
        return p.error();
    auto record = find(nameOrId);
    if (!record)
        return record.error();
    return infoOf(*record);
}

// ---- connections --------------------------------------------------------------------------------

void HostManager::connectAll()
{
    for (const HostRecord &r : m_repo->list())
        if (!m_runtime.contains(r.id))
            startConnection(r);
}

void HostManager::closeAll()
{
    for (const Runtime &rt : std::as_const(m_runtime))
        if (HostConnection *conn = rt.connection)
            QMetaObject::invokeMethod(conn, [conn] { conn->stop(); }, Qt::BlockingQueuedConnection);
}

void HostManager::disconnectAll()
{
    const QStringList ids = m_runtime.keys();
    for (const QString &id : ids)
        stopConnection(id);
}

bool HostManager::waitUntilSettled(int timeoutMs)
{
    const auto allSettled = [this] {
        return std::all_of(m_runtime.cbegin(), m_runtime.cend(), [](const Runtime &r) { return r.settled; });
    };
    QDeadlineTimer deadline(timeoutMs);
    while (!allSettled() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return allSettled();
}

void HostManager::startConnection(const HostRecord &record)
{
    auto uri = HostUri::parse(record.uri);
    const HostKind kind = uri ? uri->kind : HostKind::Remote;
    Runtime rt;
    rt.thread = new QThread(this);
    rt.thread->setObjectName(QStringLiteral("host-") + record.name);
    rt.connection = new HostConnection(record.name, record.uri, kind);
    rt.connection->moveToThread(rt.thread);
    rt.since = QDateTime::currentDateTimeUtc();
    const QString id = record.id;
    connect(rt.thread, &QThread::finished, rt.connection, &QObject::deleteLater);
    connect(rt.connection, &HostConnection::stateChanged, this,
            [this, id](HostState s, const QString &e) { onStateChanged(id, s, e); });
    connect(rt.connection, &HostConnection::factsChanged, this,
            [this, id](const HostFacts &f) { onFactsChanged(id, f); });
    connect(rt.connection, &HostConnection::connected, this, [this, id] { onConnected(id); });
    connect(rt.connection, &HostConnection::domainLifecycle, this,
            [this, id](const QString &domain) { emit domainLifecycle(id, domain); });
    connect(rt.connection, &HostConnection::simulatedStateProblems, this, [this, id](const QStringList &problems) {
        emit hostWarning(id, tr("Some stored objects could not be re-created on this simulated host: %1")
                                 .arg(problems.join(QStringLiteral("; "))));
    });
    connect(rt.thread, &QThread::started, rt.connection, &HostConnection::start);
    m_runtime.insert(id, rt);
    rt.thread->start();
}

void HostManager::stopConnection(const QString &hostId)
{
    auto it = m_runtime.find(hostId);
    if (it == m_runtime.end())
        return;
    Runtime rt = *it;
    m_runtime.erase(it);
    HostConnection *conn = rt.connection;
    // Ordered shutdown: close the connection on its own thread, then end the thread, then wait.
    QMetaObject::invokeMethod(conn, [conn] { conn->stop(); }, Qt::BlockingQueuedConnection);
    rt.thread->quit();
    rt.thread->wait();
    delete rt.thread;
}

HostConnection *HostManager::connectionOf(const QString &hostId) const
{
    return m_runtime.value(hostId).connection;
}

void HostManager::onStateChanged(const QString &hostId, HostState state, const QString &error)
{
    auto it = m_runtime.find(hostId);
    if (it == m_runtime.end())
        return;
    const HostState previous = it->state;
    if (state != HostState::Connecting || !it->settled) {
        if (it->state != state)
            it->since = QDateTime::currentDateTimeUtc();
        it->state = state;
    }
    if (state == HostState::Down) {
        // Say it once, when a host that was up is lost; not on every failed reconnect.
        if (previous == HostState::Up)
            if (auto record = m_repo->byId(hostId))
                emit hostWarning(hostId, tr("Host %1 is down: %2").arg(record->name, error));
        it->settled = true;
        it->factsLive = false;
        if (it->lastError != error) {
            it->lastError = error;
            (void)m_repo->saveLastError(hostId, error);
        }
    } else if (state == HostState::Up) {
        it->lastError.clear();
    }
    emit hostChanged(hostId);
}

void HostManager::onFactsChanged(const QString &hostId, const HostFacts &facts)
{
    auto it = m_runtime.find(hostId);
    if (it == m_runtime.end())
        return;
    const bool firstFacts = !it->factsLive;
    it->facts = facts;
    it->factsLive = true;
    it->settled = true;
    // Store what rarely changes (capacity, capabilities, versions) once per connection, not every refresh.
    if (firstFacts)
        (void)m_repo->saveFacts(hostId, facts);
    emit hostChanged(hostId);
}

void HostManager::onConnected(const QString &hostId)
{
    auto record = m_repo->byId(hostId);
    auto it = m_runtime.find(hostId);
    if (!record || it == m_runtime.end())
        return;
    auto uri = HostUri::parse(record->uri);
    if (!uri || uri->kind != HostKind::Simulated)
        return;
    SimulatedState state;
    for (const auto &provider : std::as_const(m_providers))
        state.append(provider(*record));
    if (!state.isEmpty())
        QMetaObject::invokeMethod(it->connection, "applySimulatedState", Qt::QueuedConnection,
                                  Q_ARG(sd::SimulatedState, state));
}

void HostManager::addSimulatedStateProvider(SimulatedStateProvider provider)
{
    m_providers.append(std::move(provider));
}

// ---- changes ------------------------------------------------------------------------------------

Result<QString> HostManager::add(const RequestContext &ctx, const HostSpec &specIn)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("host:create")); !p)
        return p.error();
    HostSpec spec = specIn;
    spec.name = spec.name.trimmed();
    spec.availabilityZone = spec.availabilityZone.trimmed();
    for (const Result<void> &check :
         {validateName(spec.name), validateAvailabilityZone(spec.availabilityZone),
          validateRatio(tr("CPU allocation ratio"), spec.cpuAllocationRatio),
          validateRatio(tr("RAM allocation ratio"), spec.ramAllocationRatio),
          validateRatio(tr("Disk allocation ratio"), spec.diskAllocationRatio),
          validateReserved(tr("Reserved host memory (MB)"), spec.reservedHostMemoryMb),
          validateReserved(tr("Reserved host disk (MB)"), spec.reservedHostDiskMb)}) {
        if (!check)
            return check.error();
    }
    auto uri = HostUri::parse(spec.uri);
    if (!uri)
        return uri.error();
    spec.uri = uri->text;
    if (uri->kind == HostKind::Simulated && uri->path != QLatin1String("/default") && !QFileInfo(uri->path).isFile())
        return makeError(ErrorCode::BadRequest,
                         tr("URI '%1': node XML file %2 does not exist").arg(spec.uri, uri->path));
    if (auto other = m_repo->byName(spec.name))
        return makeError(ErrorCode::Conflict,
                         tr("Host name '%1' is already used (URI %2); choose another name").arg(spec.name, other->uri));
    if (auto other = m_repo->byUri(spec.uri))
        return makeError(ErrorCode::Conflict,
                         tr("URI '%1' is already added as host '%2'").arg(spec.uri, other->name));

    const HostKind kind = uri->kind;
    TaskSpec task;
    task.title = tr("Add host %1").arg(spec.name);
    task.action = QStringLiteral("host.add");
    task.targetKind = QStringLiteral("host");
    task.targetName = spec.name;
    task.cancellable = true;
    task.work = [spec, kind](TaskControl &control) -> Result<QVariant> {
        LibvirtEventLoop::ensureStarted();
        control.setProgress(10, tr("Connecting to %1").arg(spec.uri));
        virConnectPtr conn = virConnectOpenAuth(spec.uri.toUtf8().constData(), virConnectAuthPtrDefault, 0);
        if (!conn)
            return makeError(ErrorCode::HostUnavailable,
                             tr("Cannot connect to %1; check the URI, that libvirtd runs there and that you may "
                                "log in")
                                 .arg(spec.uri),
                             lastLibvirtError());
        if (control.isCancelled()) {
            virConnectClose(conn);
            return makeError(ErrorCode::Conflict, tr("Cancelled"));
        }
        control.setProgress(60, tr("Reading capacity and capabilities"));
        const HostFacts facts = HostProbe::collect(conn, kind);
        virConnectClose(conn);
        return QVariant::fromValue(facts);
    };
    task.finish = [this, ctx, spec](const Result<QVariant> &result) -> Result<QVariant> {
        if (!result)
            return result;
        // Checked again: another add may have taken the name while we were connecting.
        if (m_repo->byName(spec.name) || m_repo->byUri(spec.uri))
            return makeError(ErrorCode::Conflict, tr("Host '%1' or URI '%2' was added meanwhile").arg(spec.name, spec.uri));
        const HostRecord record = recordOf(newId(), spec);
        if (auto r = m_repo->insert(record, result->value<HostFacts>()); !r)
            return r.error();
        startConnection(record);
        emit hostChanged(record.id);
        return QVariant(record.id);
    };
    return m_tasks->start(ctx, std::move(task));
}

Result<QString> HostManager::remove(const RequestContext &ctx, const QString &nameOrId, bool force)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("host:delete")); !p)
        return p.error();
    auto record = find(nameOrId);
    if (!record)
        return record.error();
    const HostRecord host = *record;
    const auto rt = m_runtime.value(host.id);

    TaskSpec task;
    task.title = tr("Remove host %1").arg(host.name);
    task.action = QStringLiteral("host.remove");
    task.targetKind = QStringLiteral("host");
    task.targetId = host.id;
    task.targetName = host.name;
    // The check for StackDesk domains asks the host itself, on its own thread.
    task.runIn = rt.connection;
    task.work = [host, force, connection = rt.connection](TaskControl &control) -> Result<QVariant> {
        control.setProgress(20, tr("Looking for StackDesk domains on %1").arg(host.name));
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn) {
            if (force)
                return QVariant();
            return makeError(ErrorCode::HostUnavailable,
                             tr("Host %1 is down, so StackDesk cannot check it for its own domains; bring it up "
                                "first, or remove it with --force")
                                 .arg(host.name));
        }
        QStringList ours;
        for (const DomainSummary &d : HostProbe::listDomains(conn))
            if (d.ownedByStackDesk)
                ours.append(d.name);
        if (!ours.isEmpty() && !force)
            return makeError(ErrorCode::Conflict,
                             tr("Host %1 still has StackDesk domains: %2; delete or migrate them first")
                                 .arg(host.name, ours.join(QStringLiteral(", "))));
        return QVariant();
    };
    task.finish = [this, host](const Result<QVariant> &result) -> Result<QVariant> {
        if (!result)
            return result;
        stopConnection(host.id);
        if (auto r = m_repo->remove(host.id); !r)
            return r.error();
        emit hostRemoved(host.id);
        return QVariant(host.id);
    };
    return m_tasks->start(ctx, std::move(task));
}

Result<HostInfo> HostManager::save(const RequestContext &ctx, HostRecord record, const QString &action)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    if (auto r = m_repo->update(record); !r)
        return r.error();
    ActionLog(m_db).record(ctx, action, QStringLiteral("host"), record.id, record.name, started,
                           QStringLiteral("succeeded"), QString());
    emit hostChanged(record.id);
    return infoOf(*m_repo->byId(record.id));
}

Result<HostInfo> HostManager::enable(const RequestContext &ctx, const QString &nameOrId)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("host:enable")); !p)
        return p.error();
    auto record = find(nameOrId);
    if (!record)
        return record.error();
    HostRecord r = *record;
    r.enabled = true;
    r.disabledReason.clear();
    return save(ctx, r, QStringLiteral("host.enable"));
}

Result<HostInfo> HostManager::disable(const RequestContext &ctx, const QString &nameOrId, const QString &reason)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("host:disable")); !p)
        return p.error();
    auto record = find(nameOrId);
    if (!record)
        return record.error();
    if (reason.size() > 255)
        return makeError(ErrorCode::BadRequest, tr("Disable reason: longer than 255 characters"));
    HostRecord r = *record;
    r.enabled = false;
    r.disabledReason = reason.trimmed();
    return save(ctx, r, QStringLiteral("host.disable"));
}

Result<HostInfo> HostManager::update(const RequestContext &ctx, const QString &nameOrId, const HostUpdate &change)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("host:update")); !p)
        return p.error();
    auto record = find(nameOrId);
    if (!record)
        return record.error();
    HostRecord r = *record;
    // Check every field before changing any, so a bad value leaves the host as it was.
    if (change.name) {
        const QString name = change.name->trimmed();
        if (auto v = validateName(name); !v)
            return v.error();
        if (auto other = m_repo->byName(name); other && other->id != r.id)
            return makeError(ErrorCode::Conflict, tr("Host name '%1' is already used; choose another name").arg(name));
        r.name = name;
    }
    if (change.availabilityZone) {
        if (auto v = validateAvailabilityZone(change.availabilityZone->trimmed()); !v)
            return v.error();
        r.availabilityZone = change.availabilityZone->trimmed();
    }
    const struct
    {
        const std::optional<double> &value;
        double &target;
        QString field;
    } ratios[] = {{change.cpuAllocationRatio, r.cpuAllocationRatio, tr("CPU allocation ratio")},
                  {change.ramAllocationRatio, r.ramAllocationRatio, tr("RAM allocation ratio")},
                  {change.diskAllocationRatio, r.diskAllocationRatio, tr("Disk allocation ratio")}};
    for (const auto &ratio : ratios) {
        if (!ratio.value)
            continue;
        if (auto v = validateRatio(ratio.field, *ratio.value); !v)
            return v.error();
        ratio.target = *ratio.value;
    }
    if (change.reservedHostMemoryMb) {
        if (auto v = validateReserved(tr("Reserved host memory (MB)"), *change.reservedHostMemoryMb); !v)
            return v.error();
        r.reservedHostMemoryMb = *change.reservedHostMemoryMb;
    }
    if (change.reservedHostDiskMb) {
        if (auto v = validateReserved(tr("Reserved host disk (MB)"), *change.reservedHostDiskMb); !v)
            return v.error();
        r.reservedHostDiskMb = *change.reservedHostDiskMb;
    }
    return save(ctx, r, QStringLiteral("host.update"));
}

} // namespace sd
