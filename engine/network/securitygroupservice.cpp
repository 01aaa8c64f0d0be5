#include "securitygroupservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "ipnet.h"
#include "networkrepository.h"
#include "networkscope.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"

#include <QSqlQuery>

namespace sd {

namespace {

const QString kDefault = QStringLiteral("default");

Result<void> insertRule(QSqlDatabase &db, const SecurityGroupRule &r)
{
    return execSql(db,
                   QStringLiteral("INSERT INTO security_group_rules (id, security_group_id, direction, ethertype, "
                                  "protocol, port_range_min, port_range_max, remote_ip_prefix, remote_group_id, "
                                  "description, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                   {r.id, r.securityGroupId, r.direction, r.ethertype, r.protocol, r.portRangeMin, r.portRangeMax,
                    r.remoteIpPrefix, r.remoteGroupId.isEmpty() ? QVariant() : QVariant(r.remoteGroupId),
                    r.description, nowText()});
}

bool sameRule(const SecurityGroupRule &a, const SecurityGroupRule &b)
{
    return a.direction == b.direction && a.ethertype == b.ethertype && a.protocol == b.protocol
           && a.portRangeMin == b.portRangeMin && a.portRangeMax == b.portRangeMax
           && a.remoteIpPrefix == b.remoteIpPrefix && a.remoteGroupId == b.remoteGroupId;
}

} // namespace

SecurityGroupService::SecurityGroupService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                                           QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_quotas(quotas), m_repo(std::make_unique<NetworkRepository>(db))
{
    m_quotas->registerUsageCounter(QStringLiteral("security_groups"), [](QSqlDatabase &db, const QString &project) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM security_groups WHERE project_id = ?"), {project});
    });
    m_quotas->registerUsageCounter(QStringLiteral("security_group_rules"), [](QSqlDatabase &db, const QString &project) {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM security_group_rules r JOIN security_groups g ON "
                                            "g.id = r.security_group_id WHERE g.project_id = ?"),
                         {project});
    });
}

SecurityGroupService::~SecurityGroupService() = default;

Result<QString> SecurityGroupService::ensureDefault(QSqlDatabase &db, const QString &projectId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM security_groups WHERE project_id = ? AND name = ?"));
    bindValues(q, {projectId, kDefault});
    if (q.exec() && q.next())
        return q.value(0).toString();
    const QString id = newId();
    const QString now = nowText();
    if (auto e = execSql(db,
                         QStringLiteral("INSERT INTO security_groups (id, name, description, project_id, created_at, "
                                        "updated_at) VALUES (?,?,?,?,?,?)"),
                         {id, kDefault, tr("Default security group"), projectId, now, now});
        !e)
        return e.error();
    // Neutron's default: all egress; ingress only from members of the same group.
    for (const QString &ethertype : {QStringLiteral("IPv4"), QStringLiteral("IPv6")}) {
        SecurityGroupRule egress;
        egress.id = newId();
        egress.securityGroupId = id;
        egress.direction = QStringLiteral("egress");
        egress.ethertype = ethertype;
        SecurityGroupRule ingress = egress;
        ingress.id = newId();
        ingress.direction = QStringLiteral("ingress");
        ingress.remoteGroupId = id;
        for (const auto &rule : {egress, ingress})
            if (auto e = insertRule(db, rule); !e)
                return e.error();
    }
    return id;
}

Result<SecurityGroupRule> SecurityGroupService::resolveRule(const SecurityGroupRuleSpec &spec)
{
    SecurityGroupRule r;
    r.direction = spec.direction.toLower();
    if (r.direction != QLatin1String("ingress") && r.direction != QLatin1String("egress"))
        return makeError(ErrorCode::BadRequest, tr("Direction '%1': use ingress or egress").arg(spec.direction));
    if (spec.ethertype.compare(QLatin1String("IPv4"), Qt::CaseInsensitive) == 0)
        r.ethertype = QStringLiteral("IPv4");
    else if (spec.ethertype.compare(QLatin1String("IPv6"), Qt::CaseInsensitive) == 0)
        r.ethertype = QStringLiteral("IPv6");
    else
        return makeError(ErrorCode::BadRequest, tr("Ethertype '%1': use IPv4 or IPv6").arg(spec.ethertype));
    const QString protocol = spec.protocol.trimmed().toLower();
    bool numeric = false;
    const int number = protocol.toInt(&numeric);
    if (protocol.isEmpty() || protocol == QLatin1String("any"))
        r.protocol.clear();
    else if (protocol == QLatin1String("tcp") || protocol == QLatin1String("udp"))
        r.protocol = protocol;
    else if (protocol == QLatin1String("icmp") || protocol == QLatin1String("icmpv6") || protocol == QLatin1String("ipv6-icmp"))
        r.protocol = r.ethertype == QLatin1String("IPv6") ? QStringLiteral("icmpv6") : QStringLiteral("icmp");
    else if (numeric && number >= 0 && number <= 255)
        r.protocol = QString::number(number);
    else
        return makeError(ErrorCode::BadRequest,
                         tr("Protocol '%1': use tcp, udp, icmp, any or a number 0-255").arg(spec.protocol));

    const bool ports = r.protocol == QLatin1String("tcp") || r.protocol == QLatin1String("udp");
    const bool icmp = r.protocol.startsWith(QLatin1String("icmp"));
    if (spec.portRangeMin || spec.portRangeMax) {
        if (!ports && !icmp)
            return makeError(ErrorCode::BadRequest,
                             tr("Port range: only tcp and udp rules have ports (this rule's protocol is %1)")
                                 .arg(r.protocol.isEmpty() ? QStringLiteral("any") : r.protocol));
        const int min = spec.portRangeMin.value_or(-1);
        const int max = spec.portRangeMax.value_or(ports ? min : -1);
        if (ports) {
            if (min < 1 || min > 65535 || max < 1 || max > 65535)
                return makeError(ErrorCode::BadRequest, tr("Port range %1:%2: ports are 1-65535").arg(min).arg(max));
            if (min > max)
                return makeError(ErrorCode::BadRequest,
                                 tr("Port range %1:%2: the first port must not be above the last").arg(min).arg(max));
        } else {
            if (min < 0 || min > 255 || max > 255 || (max >= 0 && min < 0))
                return makeError(ErrorCode::BadRequest, tr("ICMP type %1 / code %2: both are 0-255").arg(min).arg(max));
        }
        r.portRangeMin = min;
        r.portRangeMax = max;
    }
    if (!spec.remoteIpPrefix.isEmpty() && !spec.remoteGroup.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Give a remote IP prefix or a remote group, not both"));
    if (!spec.remoteIpPrefix.isEmpty()) {
        auto net = IpNetwork::parse(spec.remoteIpPrefix, tr("Remote IP"));
        if (!net)
            return net.error();
        if ((net->version() == 4) != (r.ethertype == QLatin1String("IPv4")))
            return makeError(ErrorCode::BadRequest, tr("Remote IP %1 is IPv%2 but the rule is %3")
                                                        .arg(net->toString()).arg(net->version()).arg(r.ethertype));
        r.remoteIpPrefix = net->toString();
    }
    if (spec.description.size() > 255)
        return makeError(ErrorCode::BadRequest, tr("Description: at most 255 characters"));
    r.description = spec.description;
    return r;
}

QString SecurityGroupService::scopedProject(const RequestContext &ctx, const QString &project) const
{
    if (project.isEmpty())
        return ctx.isAdmin() ? QString() : ctx.projectId;
    QSqlDatabase db = m_repo->connection();
    return idByNameOrId(db, "projects", project);
}

Result<QList<SecurityGroup>> SecurityGroupService::list(const RequestContext &ctx, const QString &project)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("security_group:list")); !p)
        return p.error();
    // The engine's own context (the network realizer reads the whole model) has no project of its own.
    if (!ctx.projectId.isEmpty())
        if (auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                if (auto id = ensureDefault(db, ctx.projectId); !id)
                    return id.error();
                return {};
            });
            !r)
            return r.error();
    const QString projectId = scopedProject(ctx, project);
    if (!project.isEmpty() && projectId.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
    QSqlDatabase db = m_repo->connection();
    QList<SecurityGroup> result;
    for (const SecurityGroup &g : NetworkRepository::securityGroups(db))
        if (NetworkScope::visible(ctx, g.projectId) && (projectId.isEmpty() || g.projectId == projectId))
            result.append(g);
    return result;
}

Result<SecurityGroup> SecurityGroupService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("security_group:show")); !p)
        return p.error();
    // A project's default group exists from its first use, whichever call that is (as in Neutron).
    if (nameOrId == kDefault && !ctx.projectId.isEmpty())
        (void)m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            if (auto id = ensureDefault(db, ctx.projectId); !id)
                return id.error();
            return {};
        });
    QSqlDatabase db = m_repo->connection();
    QList<SecurityGroup> found;
    for (const QString &id : NetworkRepository::idsByNameOrId(db, "security_groups", nameOrId))
        if (auto g = NetworkRepository::securityGroup(db, id); g && NetworkScope::visible(ctx, g->projectId))
            found.append(*g);
    // "default" means the caller's own project's default group, even for an admin who sees them all.
    if (found.size() > 1)
        for (const SecurityGroup &g : std::as_const(found))
            if (g.projectId == ctx.projectId)
                return g;
    return NetworkScope::pick(found, tr("Security group"), nameOrId);
}

Result<SecurityGroup> SecurityGroupService::editable(const RequestContext &ctx, const QString &nameOrId) const
{
    auto group = show(ctx, nameOrId);
    if (!group)
        return group.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("security_group:update"), group->projectId); !p)
        return p.error();
    return group;
}

Result<SecurityGroup> SecurityGroupService::reloaded(const QString &id)
{
    QSqlDatabase db = m_repo->connection();
    auto group = NetworkRepository::securityGroup(db, id);
    if (!group)
        return makeError(ErrorCode::NotFound, tr("Security group %1: not found").arg(id));
    emit securityGroupChanged(id);
    return *group;
}

Result<SecurityGroup> SecurityGroupService::create(const RequestContext &ctx, const QString &name,
                                                   const QString &description, const QString &project)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("security_group:create")); !p)
        return p.error();
    auto checked = checkedName(tr("Security group name"), name);
    if (!checked)
        return checked.error();
    if (auto d = checkedText(tr("Description"), description); !d)
        return d.error();
    const QString id = newId();
    return audited(m_log, ctx, QStringLiteral("security_group.create"), QStringLiteral("security_group"), *checked,
                   [&]() -> Result<SecurityGroup> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           auto target = NetworkScope::targetProject(db, ctx, project);
                           if (!target)
                               return target.error();
                           if (*checked == kDefault
                               && countRows(db, QStringLiteral("SELECT COUNT(*) FROM security_groups WHERE project_id = ? "
                                                               "AND name = ?"),
                                            {*target, kDefault}) > 0)
                               return makeError(ErrorCode::Conflict,
                                                tr("Security group name 'default' is the project's own; choose another"));
                           if (auto q = m_quotas->check(db, *target, {{QStringLiteral("security_groups"), 1}}); !q)
                               return q;
                           const QString now = nowText();
                           if (auto e = execSql(db,
                                                QStringLiteral("INSERT INTO security_groups (id, name, description, "
                                                               "project_id, created_at, updated_at) VALUES (?,?,?,?,?,?)"),
                                                {id, *checked, description, *target, now, now});
                               !e)
                               return e;
                           // As Neutron: a new group lets its members send anything out.
                           for (const QString &ethertype : {QStringLiteral("IPv4"), QStringLiteral("IPv6")}) {
                               SecurityGroupRule egress;
                               egress.id = newId();
                               egress.securityGroupId = id;
                               egress.direction = QStringLiteral("egress");
                               egress.ethertype = ethertype;
                               if (auto e = insertRule(db, egress); !e)
                                   return e;
                           }
                           return {};
                       });
                       if (!r)
                           return r.error();
                       return reloaded(id);
                   });
}

Result<SecurityGroup> SecurityGroupService::update(const RequestContext &ctx, const QString &nameOrId,
                                                   const QString &name, const QString &description)
{
    auto group = editable(ctx, nameOrId);
    if (!group)
        return group.error();
    auto checked = checkedName(tr("Security group name"), name.isEmpty() ? group->name : name);
    if (!checked)
        return checked.error();
    if (group->name == kDefault && *checked != kDefault)
        return makeError(ErrorCode::Conflict, tr("The default security group cannot be renamed"));
    return audited(m_log, ctx, QStringLiteral("security_group.update"), QStringLiteral("security_group"), group->name,
                   [&]() -> Result<SecurityGroup> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) {
                           return execSql(db,
                                          QStringLiteral("UPDATE security_groups SET name = ?, description = ?, "
                                                         "updated_at = ? WHERE id = ?"),
                                          {*checked, description, nowText(), group->id});
                       });
                       if (!r)
                           return r.error();
                       return reloaded(group->id);
                   });
}

Result<void> SecurityGroupService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    auto group = editable(ctx, nameOrId);
    if (!group)
        return group.error();
    if (group->name == kDefault)
        return makeError(ErrorCode::Conflict, tr("The default security group cannot be deleted"));
    return audited(m_log, ctx, QStringLiteral("security_group.delete"), QStringLiteral("security_group"), group->name,
                   [&]() -> Result<void> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           QSqlQuery q(db);
                           q.prepare(QStringLiteral("SELECT p.id, p.name FROM port_security_groups g JOIN ports p ON "
                                                    "p.id = g.port_id WHERE g.security_group_id = ?"));
                           bindValues(q, {group->id});
                           q.exec();
                           QStringList ports;
                           while (q.next())
                               ports << (q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString());
                           if (!ports.isEmpty())
                               return makeError(ErrorCode::Conflict, tr("Security group %1 is used by ports %2")
                                                                         .arg(group->name, ports.join(QStringLiteral(", "))));
                           return execSql(db, QStringLiteral("DELETE FROM security_groups WHERE id = ?"), {group->id});
                       });
                       if (!r)
                           return r;
                       emit securityGroupRemoved(group->id);
                       return {};
                   });
}

Result<SecurityGroupRule> SecurityGroupService::createRule(const RequestContext &ctx, const SecurityGroupRuleSpec &spec)
{
    auto group = editable(ctx, spec.group);
    if (!group)
        return group.error();
    auto resolved = resolveRule(spec);
    if (!resolved)
        return resolved.error();
    SecurityGroupRule ruleValue = *resolved;
    SecurityGroupRule *rule = &ruleValue;
    rule->id = newId();
    rule->securityGroupId = group->id;
    if (!spec.remoteGroup.isEmpty()) {
        QSqlDatabase db = m_repo->connection();
        QList<SecurityGroup> found;
        for (const QString &id : NetworkRepository::idsByNameOrId(db, "security_groups", spec.remoteGroup))
            if (auto g = NetworkRepository::securityGroup(db, id); g && NetworkScope::visible(ctx, g->projectId))
                found.append(*g);
        if (found.size() > 1)
            found.removeIf([&](const SecurityGroup &g) { return g.projectId != group->projectId; });
        auto remote = NetworkScope::pick(found, tr("Remote group"), spec.remoteGroup);
        if (!remote)
            return remote.error();
        if (remote->projectId != group->projectId)
            return makeError(ErrorCode::BadRequest, tr("Remote group %1 belongs to another project; a rule may only name "
                                                       "groups of its own project")
                                                        .arg(spec.remoteGroup));
        rule->remoteGroupId = remote->id;
    }
    for (const SecurityGroupRule &existing : group->rules)
        if (sameRule(existing, *rule))
            return makeError(ErrorCode::Conflict, tr("Security group %1 has this rule already (%2)").arg(group->name, existing.id));
    return audited(m_log, ctx, QStringLiteral("security_group_rule.create"), QStringLiteral("security_group"), group->name,
                   [&]() -> Result<SecurityGroupRule> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           if (auto q = m_quotas->check(db, group->projectId, {{QStringLiteral("security_group_rules"), 1}}); !q)
                               return q;
                           return insertRule(db, *rule);
                       });
                       if (!r)
                           return r.error();
                       auto reloadedGroup = reloaded(group->id);
                       for (const SecurityGroupRule &x : reloadedGroup->rules)
                           if (x.id == rule->id)
                               return x;
                       return *rule;
                   });
}

Result<void> SecurityGroupService::removeRule(const RequestContext &ctx, const QString &ruleId)
{
    QSqlDatabase db = m_repo->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT security_group_id FROM security_group_rules WHERE id = ?"));
    bindValues(q, {ruleId});
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::NotFound, tr("Security group rule '%1': not found").arg(ruleId));
    auto group = editable(ctx, q.value(0).toString());
    if (!group)
        return makeError(ErrorCode::NotFound, tr("Security group rule '%1': not found").arg(ruleId));
    return audited(m_log, ctx, QStringLiteral("security_group_rule.delete"), QStringLiteral("security_group"), group->name,
                   [&]() -> Result<void> {
                       if (auto r = m_db->transaction([&](QSqlDatabase &tx) {
                               return execSql(tx, QStringLiteral("DELETE FROM security_group_rules WHERE id = ?"), {ruleId});
                           });
                           !r)
                           return r;
                       (void)reloaded(group->id);
                       return {};
                   });
}

Result<QList<SecurityGroupRule>> SecurityGroupService::rules(const RequestContext &ctx, const QString &group) const
{
    QList<SecurityGroupRule> result;
    if (!group.isEmpty()) {
        auto g = show(ctx, group);
        if (!g)
            return g.error();
        return g->rules;
    }
    if (auto p = m_policy->check(ctx, QStringLiteral("security_group:list")); !p)
        return p.error();
    QSqlDatabase db = m_repo->connection();
    for (const SecurityGroup &g : NetworkRepository::securityGroups(db))
        if (NetworkScope::visible(ctx, g.projectId))
            result += g.rules;
    return result;
}

} // namespace sd
