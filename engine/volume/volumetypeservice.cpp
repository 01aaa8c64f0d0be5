#include "volumetypeservice.h"

#include "compute/instance/hostcall.h"
#include "core/ids.h"
#include "core/namecheck.h"
#include "hosts/hostconnection.h"
#include "hosts/hostinfo.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"
#include "volumerepository.h"
#include "volumestorage.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace sd {

namespace {

const QString kKind = QStringLiteral("volume_type");

QStringList projectIdsOf(QSqlDatabase db, const QString &typeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT project_id FROM volume_type_access WHERE type_id = ? ORDER BY project_id"));
    bindValues(q, {typeId});
    QStringList ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

// The real hosts that are up: where a new type's pool is prepared at once. Simulated hosts get theirs
// when a volume lands there (the test driver checks nothing a preparation could find).
QList<HostInfo> realUpHosts(HostManager *hosts)
{
    QList<HostInfo> list;
    auto all = hosts->list(RequestContext::system());
    if (!all)
        return list;
    for (const HostInfo &h : *all)
        if (h.kind != HostKind::Simulated && h.state == HostState::Up)
            list.append(h);
    return list;
}

} // namespace

VolumeTypeService::VolumeTypeService(std::shared_ptr<Database> db, const Policy *policy, ActionLog *log,
                                     HostManager *hosts, TaskRunner *tasks, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy), m_log(log), m_hosts(hosts), m_tasks(tasks)
{
}

Result<void> VolumeTypeService::validateName(const QString &name)
{
    // The name names the libvirt pool on every host (stackdesk-vt-NAME): libvirt's pool names are
    // file names of its config, so keep them to a safe alphabet.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!re.match(name).hasMatch())
        return makeError(ErrorCode::BadRequest,
                         tr("Volume type name '%1': use 1 to 64 letters, digits, '.', '_' or '-', starting with a "
                            "letter or digit (it names the storage pool on every host)")
                             .arg(name));
    return {};
}

Result<void> VolumeTypeService::validateExtraSpec(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty() || key.size() > 255)
        return makeError(ErrorCode::BadRequest, tr("Extra spec key '%1': give 1 to 255 characters").arg(key));
    if (value.size() > 255)
        return makeError(ErrorCode::BadRequest,
                         tr("Extra spec %1: the value has %2 characters, at most 255").arg(key).arg(value.size()));
    return {};
}

std::optional<VolumeType> VolumeTypeService::find(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, description, pool_type, pool_options, is_public, extra_specs, "
                             "created_at FROM volume_types WHERE id = ?"));
    bindValues(q, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    VolumeType t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.description = q.value(2).toString();
    t.poolType = poolTypeFromName(q.value(3).toString()).value_or(PoolType::Dir);
    t.poolOptions = VolumeRepository::fromJson(q.value(4).toString());
    t.isPublic = q.value(5).toBool();
    t.extraSpecs = VolumeRepository::fromJson(q.value(6).toString());
    t.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    t.projectIds = projectIdsOf(db, t.id);
    return t;
}

Result<VolumeType> VolumeTypeService::visible(const RequestContext &ctx, const QString &nameOrId) const
{
    QSqlDatabase db = m_db->connection();
    const QString id = idByNameOrId(db, "volume_types", nameOrId);
    auto type = id.isEmpty() ? std::nullopt : find(id);
    if (!type || (!ctx.isAdmin() && !type->isPublic && !type->projectIds.contains(ctx.projectId)))
        return makeError(ErrorCode::NotFound, tr("Volume type '%1': no such volume type").arg(nameOrId));
    return *type;
}

Result<QList<VolumeType>> VolumeTypeService::list(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_type:list")); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM volume_types ORDER BY name"));
    QList<VolumeType> list;
    if (q.exec())
        while (q.next())
            if (auto t = find(q.value(0).toString());
                t && (ctx.isAdmin() || t->isPublic || t->projectIds.contains(ctx.projectId)))
                list.append(*t);
    return list;
}

Result<VolumeType> VolumeTypeService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_type:show")); !p)
        return p.error();
    return visible(ctx, nameOrId);
}

Result<VolumeType> VolumeTypeService::defaultType(const RequestContext &ctx) const
{
    if (auto standard = visible(ctx, QLatin1String(kDefaultName)))
        return standard;
    auto all = list(ctx);
    if (!all)
        return all.error();
    for (const VolumeType &t : *all)
        if (t.isPublic)
            return t;
    return makeError(ErrorCode::BadRequest,
                     tr("Volume type: there is no public volume type; give one, or ask an administrator to "
                        "create one"));
}

Result<void> VolumeTypeService::seedDefault()
{
    QSqlDatabase db = m_db->connection();
    if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM volume_types")) > 0)
        return {};
    return execSql(db,
                   QStringLiteral("INSERT INTO volume_types (id, name, description, pool_type, pool_options, "
                                  "is_public, extra_specs, created_at) VALUES (?, ?, ?, 'dir', ?, 1, '{}', ?)"),
                   {newId(), QLatin1String(kDefaultName),
                    tr("Files on each host's disk (a dir pool at %1)").arg(QLatin1String(kDefaultPath)),
                    VolumeRepository::toJson({{QStringLiteral("path"), QLatin1String(kDefaultPath)}}),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

Result<QString> VolumeTypeService::create(const RequestContext &ctx, const VolumeTypeSpec &spec)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const auto refused = [&](const Error &e) -> Result<QString> {
        m_log->record(ctx, QStringLiteral("volume_type.create"), kKind, QString(), spec.name, started,
                      QStringLiteral("failed"), e.toString());
        return e;
    };
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_type:create")); !p)
        return refused(p.error());
    if (auto n = validateName(spec.name); !n)
        return refused(n.error());
    auto description = checkedText(tr("Description"), spec.description);
    if (!description)
        return refused(description.error());
    if (auto o = VolumeStorage::validatePoolOptions(spec.poolType, spec.poolOptions); !o)
        return refused(o.error());
    for (auto it = spec.extraSpecs.cbegin(); it != spec.extraSpecs.cend(); ++it)
        if (auto e = validateExtraSpec(it.key(), it.value()); !e)
            return refused(e.error());
    QSqlDatabase db = m_db->connection();
    if (!idByNameOrId(db, "volume_types", spec.name).isEmpty())
        return refused(makeError(ErrorCode::Conflict, tr("Volume type %1 exists already").arg(spec.name)));

    VolumeType type;
    type.id = newId();
    type.name = spec.name;
    type.description = *description;
    type.poolType = spec.poolType;
    type.poolOptions = spec.poolOptions;
    type.isPublic = spec.isPublic;
    type.extraSpecs = spec.extraSpecs;
    type.createdAt = started;
    if (auto stored = execSql(db,
                              QStringLiteral("INSERT INTO volume_types (id, name, description, pool_type, pool_options, "
                                             "is_public, extra_specs, created_at) VALUES (?,?,?,?,?,?,?,?)"),
                              {type.id, type.name, type.description, poolTypeName(type.poolType),
                               VolumeRepository::toJson(type.poolOptions), type.isPublic,
                               VolumeRepository::toJson(type.extraSpecs), type.createdAt.toString(Qt::ISODateWithMs)});
        !stored)
        return refused(stored.error());
    emit typeChanged(type.id);

    const QList<HostInfo> hosts = realUpHosts(m_hosts);
    if (hosts.isEmpty()) {
        m_log->record(ctx, QStringLiteral("volume_type.create"), kKind, type.id, type.name, started,
                      QStringLiteral("succeeded"), QString());
        return QString();
    }
    // Each host's pool is prepared on that host's worker, one after the other; the first refusal undoes
    // the pools made so far and the type itself, so a bad path leaves nothing behind.
    struct Target
    {
        QString name;
        HostConnection *connection;
    };
    QList<Target> targets;
    for (const HostInfo &h : hosts)
        targets.append({h.record.name, m_hosts->connectionOf(h.record.id)});
    TaskSpec task;
    task.title = tr("Prepare volume type %1 on %n host(s)", nullptr, int(targets.size())).arg(type.name);
    task.action = QStringLiteral("volume_type.create");
    task.targetKind = kKind;
    task.targetId = type.id;
    task.targetName = type.name;
    task.work = [targets, type](TaskControl &control) -> Result<QVariant> {
        QList<Target> done;
        for (const Target &t : targets) {
            control.setProgress(int(done.size() * 100 / targets.size()),
                                tr("Preparing the pool of %1 on %2").arg(type.name, t.name));
            auto r = HostCall::run<bool>(t.connection, t.name, [type, name = t.name](virConnectPtr conn) -> Result<bool> {
                auto pool = VolumeStorage::ensurePool(conn, type, name, false);
                if (!pool)
                    return pool.error();
                return true;
            });
            if (!r) {
                for (const Target &undo : done)
                    (void)HostCall::run<bool>(undo.connection, undo.name, [type](virConnectPtr conn) -> Result<bool> {
                        (void)VolumeStorage::removePool(conn, type);
                        return true;
                    });
                return r.error();
            }
            done.append(t);
        }
        return QVariant(type.id);
    };
    task.finish = [this, id = type.id](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            QSqlDatabase db = m_db->connection();
            (void)execSql(db, QStringLiteral("DELETE FROM volume_types WHERE id = ?"), {id});
            emit typeRemoved(id);
        }
        return r;
    };
    return m_tasks->start(ctx, std::move(task));
}

Result<VolumeType> VolumeTypeService::update(const RequestContext &ctx, const QString &nameOrId,
                                             const VolumeTypeUpdate &change)
{
    return auditedOn(m_log, ctx, QStringLiteral("volume_type.update"), kKind, QString(), nameOrId,
                     [&]() -> Result<VolumeType> {
                         if (auto p = m_policy->check(ctx, QStringLiteral("volume_type:update")); !p)
                             return p.error();
                         auto type = visible(ctx, nameOrId);
                         if (!type)
                             return type.error();
                         VolumeType t = *type;
                         if (change.description) {
                             auto d = checkedText(tr("Description"), *change.description);
                             if (!d)
                                 return d.error();
                             t.description = *d;
                         }
                         if (change.isPublic)
                             t.isPublic = *change.isPublic;
                         for (auto it = change.setExtraSpecs.cbegin(); it != change.setExtraSpecs.cend(); ++it) {
                             if (auto e = validateExtraSpec(it.key(), it.value()); !e)
                                 return e.error();
                             t.extraSpecs.insert(it.key(), it.value());
                         }
                         for (const QString &key : change.unsetExtraSpecs) {
                             if (!t.extraSpecs.contains(key))
                                 return makeError(ErrorCode::NotFound,
                                                  tr("Volume type %1 has no extra spec %2").arg(t.name, key));
                             t.extraSpecs.remove(key);
                         }
                         QSqlDatabase db = m_db->connection();
                         if (auto w = execSql(db,
                                              QStringLiteral("UPDATE volume_types SET description = ?, is_public = ?, "
                                                             "extra_specs = ? WHERE id = ?"),
                                              {t.description, t.isPublic, VolumeRepository::toJson(t.extraSpecs), t.id});
                             !w)
                             return w.error();
                         emit typeChanged(t.id);
                         return *find(t.id);
                     });
}

Result<QString> VolumeTypeService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_type:delete")); !p)
        return p.error();
    auto type = visible(ctx, nameOrId);
    if (!type)
        return type.error();
    QSqlDatabase db = m_db->connection();
    const qint64 used = countRows(db, QStringLiteral("SELECT COUNT(*) FROM volumes WHERE type_id = ?"), {type->id});
    if (used > 0) {
        const Error e = makeError(ErrorCode::Conflict,
                                  tr("Volume type %1 is used by %n volume(s): delete or retype them first", nullptr,
                                     int(used))
                                      .arg(type->name));
        m_log->record(ctx, QStringLiteral("volume_type.delete"), kKind, type->id, type->name, started,
                      QStringLiteral("failed"), e.toString());
        return e;
    }
    if (auto w = execSql(db, QStringLiteral("DELETE FROM volume_types WHERE id = ?"), {type->id}); !w)
        return w.error();
    emit typeRemoved(type->id);
    // Its pools go from the hosts that are up; a host that is down keeps an empty pool, which harms
    // nothing and is reused if a type of that name comes back.
    QList<HostInfo> hosts;
    if (auto all = m_hosts->list(RequestContext::system()))
        for (const HostInfo &h : *all)
            if (h.state == HostState::Up)
                hosts.append(h);
    if (hosts.isEmpty()) {
        m_log->record(ctx, QStringLiteral("volume_type.delete"), kKind, type->id, type->name, started,
                      QStringLiteral("succeeded"), QString());
        return QString();
    }
    QList<QPair<QString, HostConnection *>> targets;
    for (const HostInfo &h : hosts)
        targets.append({h.record.name, m_hosts->connectionOf(h.record.id)});
    TaskSpec task;
    task.title = tr("Remove the pools of volume type %1").arg(type->name);
    task.action = QStringLiteral("volume_type.delete");
    task.targetKind = kKind;
    task.targetId = type->id;
    task.targetName = type->name;
    task.work = [targets, t = *type](TaskControl &) -> Result<QVariant> {
        for (const auto &target : targets)
            (void)HostCall::run<bool>(target.second, target.first, [t](virConnectPtr conn) -> Result<bool> {
                (void)VolumeStorage::removePool(conn, t);
                return true;
            });
        return QVariant(t.id);
    };
    return m_tasks->start(ctx, std::move(task));
}

Result<VolumeType> VolumeTypeService::addAccess(const RequestContext &ctx, const QString &nameOrId,
                                                const QString &project)
{
    return auditedOn(m_log, ctx, QStringLiteral("volume_type.add_access"), kKind, QString(), nameOrId,
                     [&]() -> Result<VolumeType> {
                         if (auto p = m_policy->check(ctx, QStringLiteral("volume_type:access")); !p)
                             return p.error();
                         auto type = visible(ctx, nameOrId);
                         if (!type)
                             return type.error();
                         if (type->isPublic)
                             return makeError(ErrorCode::Conflict,
                                              tr("Volume type %1 is public: every project has it already")
                                                  .arg(type->name));
                         QSqlDatabase db = m_db->connection();
                         const QString projectId = idByNameOrId(db, "projects", project);
                         if (projectId.isEmpty())
                             return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
                         if (auto w = execSql(db,
                                              QStringLiteral("INSERT OR IGNORE INTO volume_type_access (type_id, "
                                                             "project_id) VALUES (?, ?)"),
                                              {type->id, projectId});
                             !w)
                             return w.error();
                         emit typeChanged(type->id);
                         return *find(type->id);
                     });
}

Result<VolumeType> VolumeTypeService::removeAccess(const RequestContext &ctx, const QString &nameOrId,
                                                   const QString &project)
{
    return auditedOn(m_log, ctx, QStringLiteral("volume_type.remove_access"), kKind, QString(), nameOrId,
                     [&]() -> Result<VolumeType> {
                         if (auto p = m_policy->check(ctx, QStringLiteral("volume_type:access")); !p)
                             return p.error();
                         auto type = visible(ctx, nameOrId);
                         if (!type)
                             return type.error();
                         QSqlDatabase db = m_db->connection();
                         const QString projectId = idByNameOrId(db, "projects", project);
                         if (projectId.isEmpty() || !type->projectIds.contains(projectId))
                             return makeError(ErrorCode::NotFound,
                                              tr("Volume type %1: project '%2' has no access to remove")
                                                  .arg(type->name, project));
                         if (auto w = execSql(db,
                                              QStringLiteral("DELETE FROM volume_type_access WHERE type_id = ? AND "
                                                             "project_id = ?"),
                                              {type->id, projectId});
                             !w)
                             return w.error();
                         emit typeChanged(type->id);
                         return *find(type->id);
                     });
}

} // namespace sd
