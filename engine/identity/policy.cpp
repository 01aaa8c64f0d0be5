#include "policy.h"

namespace sd {

Policy::Policy()
{
    const struct
    {
        const char *action;
        Rule rule;
    } rules[] = {
        // Hosts are the cloud's hardware: like Nova's os-hypervisors and os-services, admins only.
        {"host:list", Rule::AdminOnly}, {"host:show", Rule::AdminOnly}, {"host:create", Rule::AdminOnly},
        {"host:update", Rule::AdminOnly}, {"host:delete", Rule::AdminOnly}, {"host:enable", Rule::AdminOnly},
        {"host:disable", Rule::AdminOnly}, {"task:list", Rule::AdminOnly}, {"action_log:list", Rule::AdminOnly},
        // Keystone: identity is the cloud admin's; everyone may see the projects they belong to.
        {"project:list", Rule::LoggedIn}, {"project:show", Rule::Reader}, {"project:create", Rule::AdminOnly},
        {"project:update", Rule::AdminOnly}, {"project:delete", Rule::AdminOnly},
        {"user:list", Rule::AdminOnly}, {"user:show", Rule::LoggedIn}, {"user:create", Rule::AdminOnly},
        {"user:update", Rule::AdminOnly}, {"user:delete", Rule::AdminOnly},
        {"user:change_password", Rule::LoggedIn},
        {"role:list", Rule::LoggedIn}, {"role:create", Rule::AdminOnly}, {"role:delete", Rule::AdminOnly},
        {"role_assignment:list", Rule::LoggedIn}, {"role_assignment:create", Rule::AdminOnly},
        {"role_assignment:delete", Rule::AdminOnly},
        {"group:list", Rule::AdminOnly}, {"group:show", Rule::AdminOnly}, {"group:create", Rule::AdminOnly},
        {"group:update", Rule::AdminOnly}, {"group:delete", Rule::AdminOnly},
        {"token:issue", Rule::LoggedIn},
        // Quotas: a project's members may read its limits; only admins change them.
        {"quota:show", Rule::Reader}, {"quota:update", Rule::AdminOnly}, {"quota:defaults", Rule::LoggedIn},
        {"quota:update_defaults", Rule::AdminOnly},
        {"settings:update", Rule::AdminOnly},
        // Nova: everyone may see flavors (the service hides private ones of other projects); admins manage them.
        {"flavor:list", Rule::LoggedIn}, {"flavor:show", Rule::LoggedIn}, {"flavor:create", Rule::AdminOnly},
        {"flavor:update", Rule::AdminOnly}, {"flavor:delete", Rule::AdminOnly},
        // Nova: key pairs are each user's own; the service checks ownership (only admins name another user).
        {"keypair:list", Rule::LoggedIn}, {"keypair:show", Rule::LoggedIn},
        {"keypair:create", Rule::LoggedIn}, {"keypair:delete", Rule::LoggedIn},
        // Server groups belong to a project: its members manage them, anyone in it may look.
        {"server_group:list", Rule::LoggedIn}, {"server_group:show", Rule::LoggedIn},
        {"server_group:create", Rule::Member}, {"server_group:delete", Rule::Member},
        // Glance: members manage their project's images (the service hides images they may not see);
        // making an image public, deactivating it and filling hosts' image caches are the admin's.
        {"image:list", Rule::LoggedIn}, {"image:show", Rule::LoggedIn}, {"image:download", Rule::LoggedIn},
        {"image:create", Rule::Member}, {"image:update", Rule::Member}, {"image:delete", Rule::Member},
        {"image:member:add", Rule::Member}, {"image:member:remove", Rule::Member},
        {"image:publicize", Rule::AdminOnly}, {"image:deactivate", Rule::AdminOnly},
        {"image:reactivate", Rule::AdminOnly}, {"image:cache", Rule::AdminOnly},
        // Neutron: members build their project's networks; shared and external networks, and resources in
        // other projects, are the admin's. Services hide what a project may not see.
        {"network:list", Rule::LoggedIn}, {"network:show", Rule::LoggedIn}, {"network:create", Rule::Member},
        {"network:update", Rule::Member}, {"network:delete", Rule::Member}, {"network:shared", Rule::AdminOnly},
        {"network:external", Rule::AdminOnly},
        {"subnet:list", Rule::LoggedIn}, {"subnet:show", Rule::LoggedIn}, {"subnet:create", Rule::Member},
        {"subnet:update", Rule::Member}, {"subnet:delete", Rule::Member},
        {"port:list", Rule::LoggedIn}, {"port:show", Rule::LoggedIn}, {"port:create", Rule::Member},
        {"port:update", Rule::Member}, {"port:delete", Rule::Member},
        {"router:list", Rule::LoggedIn}, {"router:show", Rule::LoggedIn}, {"router:create", Rule::Member},
        {"router:update", Rule::Member}, {"router:delete", Rule::Member},
        {"floating_ip:list", Rule::LoggedIn}, {"floating_ip:show", Rule::LoggedIn},
        {"floating_ip:create", Rule::Member}, {"floating_ip:update", Rule::Member},
        {"floating_ip:delete", Rule::Member},
        {"security_group:list", Rule::LoggedIn}, {"security_group:show", Rule::LoggedIn},
        {"security_group:create", Rule::Member}, {"security_group:update", Rule::Member},
        {"security_group:delete", Rule::Member},
        // Nova's servers: members act on their project's instances; lock by an admin binds the owner.
        {"server:list", Rule::LoggedIn}, {"server:show", Rule::LoggedIn}, {"server:create", Rule::Member},
        {"server:update", Rule::Member}, {"server:delete", Rule::Member}, {"server:start", Rule::Member},
        {"server:stop", Rule::Member}, {"server:reboot", Rule::Member}, {"server:reboot_hard", Rule::Member},
        {"server:pause", Rule::Member}, {"server:unpause", Rule::Member}, {"server:suspend", Rule::Member},
        {"server:resume", Rule::Member}, {"server:lock", Rule::Member}, {"server:unlock", Rule::Member},
        {"server:console", Rule::Member}, {"server:shelve", Rule::Member}, {"server:unshelve", Rule::Member},
        {"server:rescue", Rule::Member}, {"server:unrescue", Rule::Member}, {"server:resize", Rule::Member},
        {"server:confirmResize", Rule::Member}, {"server:revertResize", Rule::Member},
        {"server:rebuild", Rule::Member}, {"server:createImage", Rule::Member},
        // Cold migration is the members' since Nova 2025.2 (they cannot choose the host); live
        // migration and choosing a host stay the admin's.
        {"server:migrate", Rule::Member}, {"server:migrate:host", Rule::AdminOnly},
        {"server:live-migration", Rule::AdminOnly}, {"server:attach_interface", Rule::Member},
        {"server:detach_interface", Rule::Member}, {"server:addSecurityGroup", Rule::Member},
        {"server:removeSecurityGroup", Rule::Member}, {"server:addFloatingIp", Rule::Member},
        {"server:removeFloatingIp", Rule::Member}, {"server:attach_volume", Rule::Member},
        {"server:detach_volume", Rule::Member},
        // Cinder: volume types are storage backends, the admin's; members see the ones open to them.
        {"volume_type:list", Rule::LoggedIn}, {"volume_type:show", Rule::LoggedIn},
        {"volume_type:create", Rule::AdminOnly}, {"volume_type:update", Rule::AdminOnly},
        {"volume_type:delete", Rule::AdminOnly}, {"volume_type:access", Rule::AdminOnly},
        // Members manage their project's volumes, snapshots, backups and transfers.
        {"volume:list", Rule::LoggedIn}, {"volume:show", Rule::LoggedIn}, {"volume:create", Rule::Member},
        {"volume:update", Rule::Member}, {"volume:delete", Rule::Member}, {"volume:extend", Rule::Member},
        {"volume:retype", Rule::Member}, {"volume:upload_image", Rule::Member},
        {"volume_snapshot:list", Rule::LoggedIn}, {"volume_snapshot:show", Rule::LoggedIn},
        {"volume_snapshot:create", Rule::Member}, {"volume_snapshot:update", Rule::Member},
        {"volume_snapshot:delete", Rule::Member},
        {"volume_backup:list", Rule::LoggedIn}, {"volume_backup:show", Rule::LoggedIn},
        {"volume_backup:create", Rule::Member}, {"volume_backup:restore", Rule::Member},
        {"volume_backup:delete", Rule::Member},
        {"volume_transfer:list", Rule::LoggedIn}, {"volume_transfer:create", Rule::Member},
        {"volume_transfer:accept", Rule::Member}, {"volume_transfer:delete", Rule::Member},
    };
    for (const auto &r : rules)
        m_rules.insert(QLatin1String(r.action), r.rule);
}

Result<void> Policy::check(const RequestContext &ctx, const QString &action, const QString &targetProjectId) const
{
    if (!ctx.isValid())
        return makeError(ErrorCode::Forbidden, tr("%1: you are not logged in").arg(action));
    const auto it = m_rules.constFind(action);
    if (it == m_rules.constEnd())
        // An action without a rule is a programming error; refuse rather than allow by accident.
        return makeError(ErrorCode::Forbidden, tr("%1: no policy rule allows this action").arg(action));
    if (ctx.isAdmin())
        return {};
    const bool inProject = targetProjectId.isEmpty() || targetProjectId == ctx.projectId;
    switch (*it) {
    case Rule::AdminOnly:
        break;
    case Rule::Member:
        if (inProject && ctx.roles.contains(QLatin1String("member")))
            return {};
        break;
    case Rule::Reader:
        if (inProject && !ctx.roles.isEmpty())
            return {};
        break;
    case Rule::LoggedIn:
        return {};
    }
    return makeError(ErrorCode::Forbidden,
                     tr("%1: not allowed for user %2 in project %3").arg(action, ctx.userName, ctx.projectName));
}

} // namespace sd
