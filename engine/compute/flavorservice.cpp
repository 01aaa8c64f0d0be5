#include "flavorservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace sd {

FlavorService::FlavorService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_policy(policy)
{
}

Result<void> FlavorService::validate(const FlavorSpec &spec)
{
    if (auto n = checkedName(tr("Flavor name"), spec.name); !n)
        return n.error();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,255}$"));
    if (!spec.id.isEmpty() && !idPattern.match(spec.id).hasMatch())
        return makeError(ErrorCode::BadRequest,
                         tr("Flavor ID '%1': use 1-255 letters, digits, '.', '-' and '_'").arg(spec.id));
    if (spec.vcpus < 1 || spec.vcpus > 4096)
        return makeError(ErrorCode::BadRequest, tr("vCPUs %1: must be 1 to 4096").arg(spec.vcpus));
    if (spec.ramMb < kMinimumRamMb || spec.ramMb > 16 * 1024 * 1024)
        return makeError(ErrorCode::BadRequest,
                         tr("RAM %1 MB: must be %2 MB to 16 TiB").arg(spec.ramMb).arg(kMinimumRamMb));
    const struct
    {
        qint64 value;
        QString field;
    } sizes[] = {{spec.diskGb, tr("Root disk (GB)")},
                 {spec.ephemeralGb, tr("Ephemeral disk (GB)")},
                 {spec.swapMb, tr("Swap (MB)")}};
    for (const auto &s : sizes)
        if (s.value < 0 || s.value > 1024 * 1024)
            return makeError(ErrorCode::BadRequest,
                             tr("%1 %2: must be 0 to 1048576").arg(s.field).arg(s.value));
    for (auto it = spec.extraSpecs.cbegin(); it != spec.extraSpecs.cend(); ++it)
        if (auto v = validateExtraSpec(it.key(), it.value()); !v)
            return v;
    if (spec.isPublic && !spec.projects.isEmpty())
        return makeError(
            ErrorCode::BadRequest,
            tr("Flavor %1: project access is for private flavors; make it private").arg(spec.name));
    return {};
}

Result<void> FlavorService::validateExtraSpec(const QString &key, const QString &value)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_:. -]{1,255}$"));
    if (!keyPattern.match(key).hasMatch())
        return makeError(
            ErrorCode::BadRequest,
            tr("Extra spec key '%1': use 1-255 letters, digits, spaces, '_', ':', '.' and '-'").arg(key));
    if (value.size() > 255)
        return makeError(ErrorCode::BadRequest,
                         tr("Extra spec %1: value longer than 255 characters").arg(key));
    return {};
}

std::optional<Flavor> FlavorService::find(const QString &nameOrId) const
{
    QSqlDatabase db = m_db->connection();
    const QString id = idByNameOrId(db, "flavors", nameOrId);
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, name, description, vcpus, ram_mb, disk_gb, ephemeral_gb, swap_mb, is_public, "
        "created_at FROM flavors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Flavor f;
    f.id = q.value(0).toString();
    f.name = q.value(1).toString();
    f.description = q.value(2).toString();
    f.vcpus = q.value(3).toInt();
    f.ramMb = q.value(4).toLongLong();
    f.diskGb = q.value(5).toLongLong();
    f.ephemeralGb = q.value(6).toLongLong();
    f.swapMb = q.value(7).toLongLong();
    f.isPublic = q.value(8).toBool();
    f.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    QSqlQuery specs(db);
    specs.prepare(
        QStringLiteral("SELECT key, value FROM flavor_extra_specs WHERE flavor_id = ? ORDER BY key"));
    specs.addBindValue(id);
    specs.exec();
    while (specs.next())
        f.extraSpecs.insert(specs.value(0).toString(), specs.value(1).toString());
    QSqlQuery access(db);
    access.prepare(
        QStringLiteral("SELECT project_id FROM flavor_projects WHERE flavor_id = ? ORDER BY project_id"));
    access.addBindValue(id);
    access.exec();
    while (access.next())
        f.projectIds.append(access.value(0).toString());
    return f;
}

bool FlavorService::visibleTo(const RequestContext &ctx, const Flavor &flavor) const
{
    return ctx.isAdmin() || flavor.isPublic || flavor.projectIds.contains(ctx.projectId);
}

Result<QList<Flavor>> FlavorService::list(const RequestContext &ctx) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("flavor:list")); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    // Nova lists flavors by size.
    q.exec(QStringLiteral("SELECT id FROM flavors ORDER BY ram_mb, vcpus, disk_gb, name"));
    QList<Flavor> list;
    while (q.next())
        if (auto f = find(q.value(0).toString()); f && visibleTo(ctx, *f))
            list.append(*f);
    return list;
}

Result<Flavor> FlavorService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("flavor:show")); !p)
        return p.error();
    const auto f = find(nameOrId);
    // A private flavor of another project is "not found", as in Nova.
    if (!f || !visibleTo(ctx, *f))
        return makeError(ErrorCode::NotFound, tr("Flavor '%1': no such flavor").arg(nameOrId));
    return *f;
}

Result<Flavor> FlavorService::editable(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("flavor:update")); !p)
        return p.error();
    if (auto f = find(nameOrId))
        return *f;
    return makeError(ErrorCode::NotFound, tr("Flavor '%1': no such flavor").arg(nameOrId));
}

Result<Flavor> FlavorService::changed(const QString &id)
{
    emit flavorChanged(id);
    return *find(id);
}

Result<Flavor> FlavorService::create(const RequestContext &ctx, const FlavorSpec &specIn)
{
    return audited(
        m_log, ctx, QStringLiteral("flavor.create"), QStringLiteral("flavor"), specIn.name,
        [&]() -> Result<Flavor> {
            if (auto p = m_policy->check(ctx, QStringLiteral("flavor:create")); !p)
                return p.error();
            FlavorSpec spec = specIn;
            spec.name = spec.name.trimmed();
            if (auto v = validate(spec); !v)
                return v.error();
            const QString id = spec.id.isEmpty() ? newId() : spec.id;
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (!idByNameOrId(db, "flavors", spec.name).isEmpty())
                    return makeError(
                        ErrorCode::Conflict,
                        tr("Flavor name '%1' is already used; choose another name").arg(spec.name));
                if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM flavors WHERE id = ?"), {id}) > 0)
                    return makeError(ErrorCode::Conflict, tr("Flavor ID '%1' is already used").arg(id));
                if (auto e = execSql(
                        db,
                        QStringLiteral(
                            "INSERT INTO flavors (id, name, description, vcpus, ram_mb, disk_gb, "
                            "ephemeral_gb, swap_mb, is_public, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                        {id, spec.name, spec.description, spec.vcpus, spec.ramMb, spec.diskGb,
                         spec.ephemeralGb, spec.swapMb, spec.isPublic,
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                    !e)
                    return e;
                for (auto it = spec.extraSpecs.cbegin(); it != spec.extraSpecs.cend(); ++it)
                    if (auto e = execSql(
                            db,
                            QStringLiteral(
                                "INSERT INTO flavor_extra_specs (flavor_id, key, value) VALUES (?,?,?)"),
                            {id, it.key(), it.value()});
                        !e)
                        return e;
                for (const QString &project : spec.projects) {
                    const QString pid = idByNameOrId(db, "projects", project);
                    if (pid.isEmpty())
                        return makeError(ErrorCode::NotFound,
                                         tr("Project '%1': no such project").arg(project));
                    if (auto e = execSql(
                            db,
                            QStringLiteral(
                                "INSERT OR IGNORE INTO flavor_projects (flavor_id, project_id) VALUES (?,?)"),
                            {id, pid});
                        !e)
                        return e;
                }
                return {};
            });
            if (!r)
                return r.error();
            return changed(id);
        });
}

Result<void> FlavorService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    return audited(
        m_log, ctx, QStringLiteral("flavor.delete"), QStringLiteral("flavor"), nameOrId,
        [&]() -> Result<void> {
            if (auto p = m_policy->check(ctx, QStringLiteral("flavor:delete")); !p)
                return p;
            const auto f = find(nameOrId);
            if (!f)
                return makeError(ErrorCode::NotFound, tr("Flavor '%1': no such flavor").arg(nameOrId));
            QSqlDatabase db = m_db->connection();
            if (auto e = execSql(db, QStringLiteral("DELETE FROM flavors WHERE id = ?"), {f->id}); !e)
                return e;
            emit flavorRemoved(f->id);
            return {};
        });
}

Result<Flavor> FlavorService::setDescription(const RequestContext &ctx, const QString &nameOrId,
                                             const QString &description)
{
    return audited(
        m_log, ctx, QStringLiteral("flavor.update"), QStringLiteral("flavor"), nameOrId,
        [&]() -> Result<Flavor> {
            const auto f = editable(ctx, nameOrId);
            if (!f)
                return f.error();
            auto text = checkedText(tr("Flavor description"), description);
            if (!text)
                return text.error();
            QSqlDatabase db = m_db->connection();
            if (auto e = execSql(db, QStringLiteral("UPDATE flavors SET description = ? WHERE id = ?"),
                                 {*text, f->id});
                !e)
                return e.error();
            return changed(f->id);
        });
}

Result<Flavor> FlavorService::setExtraSpecs(const RequestContext &ctx, const QString &nameOrId,
                                            const QMap<QString, QString> &specs)
{
    return audited(
        m_log, ctx, QStringLiteral("flavor.update"), QStringLiteral("flavor"), nameOrId,
        [&]() -> Result<Flavor> {
            const auto f = editable(ctx, nameOrId);
            if (!f)
                return f.error();
            for (auto it = specs.cbegin(); it != specs.cend(); ++it)
                if (auto v = validateExtraSpec(it.key(), it.value()); !v)
                    return v.error();
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                for (auto it = specs.cbegin(); it != specs.cend(); ++it)
                    if (auto e = execSql(
                            db,
                            QStringLiteral(
                                "INSERT INTO flavor_extra_specs (flavor_id, key, value) VALUES (?,?,?) "
                                "ON CONFLICT(flavor_id, key) DO UPDATE SET value = excluded.value"),
                            {f->id, it.key(), it.value()});
                        !e)
                        return e;
                return {};
            });
            if (!r)
                return r.error();
            return changed(f->id);
        });
}

Result<Flavor> FlavorService::unsetExtraSpecs(const RequestContext &ctx, const QString &nameOrId,
                                              const QStringList &keys)
{
    return audited(
        m_log, ctx, QStringLiteral("flavor.update"), QStringLiteral("flavor"), nameOrId,
        [&]() -> Result<Flavor> {
            const auto f = editable(ctx, nameOrId);
            if (!f)
                return f.error();
            for (const QString &key : keys)
                if (!f->extraSpecs.contains(key))
                    return makeError(ErrorCode::NotFound,
                                     tr("Flavor %1 has no extra spec '%2'").arg(f->name, key));
            auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                for (const QString &key : keys)
                    if (auto e = execSql(
                            db,
                            QStringLiteral("DELETE FROM flavor_extra_specs WHERE flavor_id = ? AND key = ?"),
                            {f->id, key});
                        !e)
                        return e;
                return {};
            });
            if (!r)
                return r.error();
            return changed(f->id);
        });
}

Result<Flavor> FlavorService::addProjectAccess(const RequestContext &ctx, const QString &nameOrId,
                                               const QString &project)
{
    return audited(
        m_log, ctx, QStringLiteral("flavor.access"), QStringLiteral("flavor"), nameOrId,
        [&]() -> Result<Flavor> {
            const auto f = editable(ctx, nameOrId);
            if (!f)
                return f.error();
            if (f->isPublic)
                return makeError(ErrorCode::Conflict,
                                 tr("Flavor %1 is public: every project may use it already").arg(f->name));
            QSqlDatabase db = m_db->connection();
            const QString pid = idByNameOrId(db, "projects", project);
            if (pid.isEmpty())
                return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
            if (auto e =
                    execSql(db,
                            QStringLiteral(
                                "INSERT OR IGNORE INTO flavor_projects (flavor_id, project_id) VALUES (?,?)"),
                            {f->id, pid});
                !e)
                return e.error();
            return changed(f->id);
        });
}

Result<Flavor> FlavorService::removeProjectAccess(const RequestContext &ctx, const QString &nameOrId,
                                                  const QString &project)
{
    return audited(
        m_log, ctx, QStringLiteral("flavor.access"), QStringLiteral("flavor"), nameOrId,
        [&]() -> Result<Flavor> {
            const auto f = editable(ctx, nameOrId);
            if (!f)
                return f.error();
            QSqlDatabase db = m_db->connection();
            const QString pid = idByNameOrId(db, "projects", project);
            if (pid.isEmpty() || !f->projectIds.contains(pid))
                return makeError(ErrorCode::NotFound,
                                 tr("Flavor %1: project '%2' has no access to remove").arg(f->name, project));
            if (auto e = execSql(
                    db, QStringLiteral("DELETE FROM flavor_projects WHERE flavor_id = ? AND project_id = ?"),
                    {f->id, pid});
                !e)
                return e.error();
            return changed(f->id);
        });
}

} // namespace sd
