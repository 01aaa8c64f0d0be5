// InstanceService::addSecurityGroup and removeSecurityGroup (`server add|remove security group`, Horizon's
// Edit Security Groups): Nova's instance groups are the groups of all the instance's ports. Only the store
// changes here; the realizer, told by portChanged, redefines the ports' network filters on the hosts that
// enforce them (simulated hosts model them only).

#include "instanceservice.h"

#include "instanceports.h"
#include "network/networkrepository.h"
#include "network/networkscope.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"

namespace sd {

namespace {

// The group of the instance's project a name or id means; `default` is made when the project has none yet.
Result<SecurityGroup> groupOfProject(QSqlDatabase &db, const Instance &instance, const QString &nameOrId)
{
    if (nameOrId.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, InstanceService::tr("Security group: give a name or an ID"));
    QList<SecurityGroup> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "security_groups", nameOrId))
        if (auto g = NetworkRepository::securityGroup(db, id); g && g->projectId == instance.projectId)
            found.append(*g);
    if (found.isEmpty() && nameOrId == QLatin1String("default")) {
        auto id = SecurityGroupService::ensureDefault(db, instance.projectId);
        if (!id)
            return id.error();
        if (auto g = NetworkRepository::securityGroup(db, *id))
            found.append(*g);
    }
    if (found.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            InstanceService::tr("Security group '%1': project %2 of instance %3 has no such group")
                .arg(nameOrId, instance.projectName, instance.name));
    return NetworkScope::pick(found, InstanceService::tr("Security group"), nameOrId);
}

// The instance's ports, each able to carry security groups.
Result<QList<Port>> filteredPorts(QSqlDatabase &db, const Instance &instance)
{
    const QList<Port> ports = InstancePorts::of(db, instance.id);
    if (ports.isEmpty())
        return makeError(
            ErrorCode::Conflict,
            InstanceService::tr("Instance %1 has no ports: there is nothing for a security group to filter")
                .arg(instance.name));
    for (const Port &p : ports)
        if (!p.portSecurityEnabled)
            return makeError(
                ErrorCode::Conflict,
                InstanceService::tr("Port %1 of instance %2 has port security off; security groups need it "
                                    "(port set --enable-port-security)")
                    .arg(p.name.isEmpty() ? p.id : p.name, instance.name));
    return ports;
}

// What both actions share: the instance checked first, one audited transaction that changes the groups
// of its ports (change returns the ports it changed), then the notifications.
Result<void> changeGroups(InstanceService *service, const RequestContext &ctx, const QString &nameOrId,
                          InstanceAction action, const QString &logAction,
                          const std::function<Result<QStringList>(QSqlDatabase &, const Instance &)> &change)
{
    auto instance = service->checkedFor(ctx, nameOrId, action);
    if (!instance)
        return instance.error();
    QStringList changed;
    auto done = auditedOn(
        service->services().log, ctx, logAction, QStringLiteral("instance"), instance->id, instance->name,
        [&]() -> Result<void> {
            return service->database()->transaction([&](QSqlDatabase &db) -> Result<void> {
                auto ports = change(db, *instance);
                if (!ports)
                    return ports.error();
                changed = *ports;
                return execSql(db, QStringLiteral("UPDATE ports SET updated_at = ? WHERE device_id = ?"),
                               {nowText(), instance->id});
            });
        });
    if (!done)
        return done;
    for (const QString &port : changed)
        emit service->services().ports->portChanged(port);
    service->notifyChanged(instance->id);
    return {};
}

} // namespace

Result<void> InstanceService::addSecurityGroup(const RequestContext &ctx, const QString &nameOrId,
                                               const QString &group)
{
    return changeGroups(
        this, ctx, nameOrId, InstanceAction::AddSecurityGroup, QStringLiteral("server.add_security_group"),
        [&](QSqlDatabase &db, const Instance &instance) -> Result<QStringList> {
            auto g = groupOfProject(db, instance, group);
            if (!g)
                return g.error();
            auto ports = filteredPorts(db, instance);
            if (!ports)
                return ports.error();
            QStringList changed;
            for (const Port &p : *ports) {
                if (p.securityGroupIds.contains(g->id))
                    continue;
                if (auto e = execSql(
                        db,
                        QStringLiteral("INSERT INTO port_security_groups (port_id, security_group_id) "
                                       "VALUES (?,?)"),
                        {p.id, g->id});
                    !e)
                    return e.error();
                changed << p.id;
            }
            if (changed.isEmpty())
                return makeError(
                    ErrorCode::Conflict,
                    tr("Security group '%1' is already on instance %2").arg(g->name, instance.name));
            return changed;
        });
}

Result<void> InstanceService::removeSecurityGroup(const RequestContext &ctx, const QString &nameOrId,
                                                  const QString &group)
{
    return changeGroups(
        this, ctx, nameOrId, InstanceAction::RemoveSecurityGroup,
        QStringLiteral("server.remove_security_group"),
        [&](QSqlDatabase &db, const Instance &instance) -> Result<QStringList> {
            auto g = groupOfProject(db, instance, group);
            if (!g)
                return g.error();
            QStringList changed;
            for (const Port &p : InstancePorts::of(db, instance.id)) {
                if (!p.securityGroupIds.contains(g->id))
                    continue;
                if (auto e = execSql(db,
                                     QStringLiteral("DELETE FROM port_security_groups WHERE port_id = ? AND "
                                                    "security_group_id = ?"),
                                     {p.id, g->id});
                    !e)
                    return e.error();
                changed << p.id;
            }
            if (changed.isEmpty())
                return makeError(ErrorCode::NotFound,
                                 tr("Instance %1 has no security group '%2'").arg(instance.name, g->name));
            return changed;
        });
}

} // namespace sd
