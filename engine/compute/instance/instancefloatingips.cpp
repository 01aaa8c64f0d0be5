// InstanceService::addFloatingIp and removeFloatingIp (`server add|remove floating ip`, Horizon's Associate /
// Disassociate Floating IP): which of the instance's ports and fixed IPs the address goes to is decided
// here; the association itself is FloatingIpService's, whose change the realizer turns into NAT rules on
// the hosts that realise them.

#include "instanceservice.h"

#include "instanceports.h"
#include "network/floatingipservice.h"
#include "network/ipnet.h"
#include "network/networkrepository.h"
#include "network/realize/networkrealizer.h"
#include "store/database.h"
#include "tasks/actionlog.h"

#include <QSet>

namespace sd {

namespace {

struct FixedIpChoice
{
    QString portId;
    QString address;
};

// The instance's fixed IP the floating IP should reach: the one asked for, else the first IPv4 address
// on a subnet that a router joins to the floating IP's network, one without a floating IP of its own
// first (Nova's first fixed IP, minus the ones Neutron would refuse).
Result<FixedIpChoice> chooseFixedIp(QSqlDatabase &db, const Instance &instance, const FloatingIp &fip,
                                    const QString &fixedIp)
{
    QSet<QString> reachable;
    for (const Router &r : NetworkRepository::routers(db, QStringLiteral("WHERE r.external_network_id = ?"),
                                                      {fip.floatingNetworkId}))
        for (const RouterInterface &i : r.interfaces)
            reachable.insert(i.subnetId);
    std::optional<FixedIpChoice> first, free;
    bool hasFixedIp = fixedIp.isEmpty();
    for (const Port &p : InstancePorts::of(db, instance.id)) {
        QSet<QString> taken;
        for (const FloatingIp &f :
             NetworkRepository::floatingIps(db, QStringLiteral("WHERE f.port_id = ?"), {p.id}))
            if (f.id != fip.id)
                taken.insert(f.fixedIpAddress);
        for (const FixedIp &ip : p.fixedIps) {
            const auto parsed = IpAddress::parse(ip.ipAddress);
            if (!fixedIp.isEmpty() && ip.ipAddress != fixedIp)
                continue;
            hasFixedIp = true;
            if (!reachable.contains(ip.subnetId) || !parsed || parsed->version != 4)
                continue;
            if (!first)
                first = FixedIpChoice{p.id, ip.ipAddress};
            if (!free && !taken.contains(ip.ipAddress))
                free = FixedIpChoice{p.id, ip.ipAddress};
        }
    }
    if (!hasFixedIp)
        return makeError(
            ErrorCode::NotFound,
            InstanceService::tr("Fixed IP %1: instance %2 has no such address").arg(fixedIp, instance.name));
    if (free)
        return *free;
    if (first)
        return *first; // FloatingIpService names the floating IP it already has
    if (!fixedIp.isEmpty())
        return makeError(
            ErrorCode::BadRequest,
            InstanceService::tr("Floating IP %1: no router links its network to fixed IP %2 of instance %3")
                .arg(fip.floatingIpAddress, fixedIp, instance.name));
    return makeError(
        ErrorCode::BadRequest,
        InstanceService::tr("Floating IP %1: no router links its network to the networks of instance %2")
            .arg(fip.floatingIpAddress, instance.name));
}

// What both actions share: the instance checked first, the floating IP found as the caller may see it,
// then change in the instance's action log, and the instance's row told to update.
Result<void> withFloatingIp(
    InstanceService *service, const RequestContext &ctx, const QString &nameOrId, InstanceAction action,
    const QString &logAction, const QString &floatingIp,
    const std::function<Result<void>(FloatingIpService &, const Instance &, const FloatingIp &)> &change)
{
    auto instance = service->checkedFor(ctx, nameOrId, action);
    if (!instance)
        return instance.error();
    auto done =
        auditedOn(service->services().log, ctx, logAction, QStringLiteral("instance"), instance->id,
                  instance->name, [&]() -> Result<void> {
                      FloatingIpService *floatingIps = service->services().realizer->services().floatingIps;
                      if (!floatingIps)
                          return makeError(ErrorCode::Internal,
                                           InstanceService::tr("This engine has no floating IP service"));
                      auto fip = floatingIps->show(ctx, floatingIp);
                      if (!fip)
                          return fip.error();
                      return change(*floatingIps, *instance, *fip);
                  });
    if (done)
        service->notifyChanged(instance->id);
    return done;
}

} // namespace

Result<void> InstanceService::addFloatingIp(const RequestContext &ctx, const QString &nameOrId,
                                            const QString &floatingIp, const QString &fixedIp)
{
    return withFloatingIp(
        this, ctx, nameOrId, InstanceAction::AddFloatingIp, QStringLiteral("server.add_floating_ip"),
        floatingIp,
        [&](FloatingIpService &floatingIps, const Instance &instance, const FloatingIp &fip) -> Result<void> {
            if (fip.projectId != instance.projectId)
                return makeError(ErrorCode::Forbidden,
                                 tr("Floating IP %1 belongs to another project than instance %2")
                                     .arg(fip.floatingIpAddress, instance.name));
            QSqlDatabase db = m_db->connection();
            auto choice = chooseFixedIp(db, instance, fip, fixedIp);
            if (!choice)
                return choice.error();
            if (fip.portId == choice->portId && fip.fixedIpAddress == choice->address)
                return makeError(ErrorCode::Conflict,
                                 tr("Floating IP %1 is on instance %2 already (fixed IP %3)")
                                     .arg(fip.floatingIpAddress, instance.name, choice->address));
            // As Nova: a floating IP associated elsewhere moves to this instance.
            if (auto associated = floatingIps.associate(ctx, fip.id, choice->portId, choice->address);
                !associated)
                return associated.error();
            return {};
        });
}

Result<void> InstanceService::removeFloatingIp(const RequestContext &ctx, const QString &nameOrId,
                                               const QString &floatingIp)
{
    return withFloatingIp(
        this, ctx, nameOrId, InstanceAction::RemoveFloatingIp, QStringLiteral("server.remove_floating_ip"),
        floatingIp,
        [&](FloatingIpService &floatingIps, const Instance &instance, const FloatingIp &fip) -> Result<void> {
            QSqlDatabase db = m_db->connection();
            const QList<Port> ports = InstancePorts::of(db, instance.id);
            if (fip.portId.isEmpty() ||
                std::none_of(ports.cbegin(), ports.cend(), [&](const Port &p) { return p.id == fip.portId; }))
                return makeError(
                    ErrorCode::Conflict,
                    tr("Floating IP %1 is not on instance %2").arg(fip.floatingIpAddress, instance.name));
            if (auto disassociated = floatingIps.disassociate(ctx, fip.id); !disassociated)
                return disassociated.error();
            return {};
        });
}

} // namespace sd
