// stackctl security group rule create|list|show|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "networkoptions.h"
#include "networkvalues.h"

#include "engine.h"
#include "network/securitygroupservice.h"

#include <limits>

namespace sd::cli {

namespace {

class SecurityGroupRuleCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::SecurityGroupRuleCommands)

public:
    static QList<CommandSpec> all();

private:
    // `withGroup`: the Security Group column joins the table, for a list of every group's rules.
    static QList<Column> listColumns(bool withGroup);
    static QList<Column> showColumns();
    static QList<OptionSpec> directions(const QString &ingressHelp, const QString &egressHelp);
    static CliResult<void> checkCreate(const ParsedArgs &args);
    static CliResult<SecurityGroupRuleSpec> spec(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> SecurityGroupRuleCommands::listColumns(bool withGroup)
{
    // `openstack security group rule list [GROUP]`.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("protocol"), tr("IP Protocol")},
        {QStringLiteral("ethertype"), tr("Ethertype")},
        {QStringLiteral("remote_ip_prefix"), tr("IP Range")},
        {QStringLiteral("port_range"), tr("Port Range")},
        {QStringLiteral("direction"), tr("Direction")},
        {QStringLiteral("remote_group_id"), tr("Remote Security Group")},
        {QStringLiteral("security_group_id"), tr("Security Group"), {}, withGroup},
        {QStringLiteral("port_range_min"), tr("Port Range Min"), {}, false},
        {QStringLiteral("port_range_max"), tr("Port Range Max"), {}, false},
        {QStringLiteral("description"), tr("Description"), {}, false},
    };
}

QList<Column> SecurityGroupRuleCommands::showColumns()
{
    // `openstack security group rule show`: Neutron's fields in alphabetical order.
    return {
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("direction"), tr("Direction")},
        {QStringLiteral("ethertype"), tr("Ethertype")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("port_range_max"), tr("Port Range Max")},
        {QStringLiteral("port_range_min"), tr("Port Range Min")},
        {QStringLiteral("protocol"), tr("Protocol")},
        {QStringLiteral("remote_group_id"), tr("Remote Group ID")},
        {QStringLiteral("remote_ip_prefix"), tr("Remote IP Prefix")},
        {QStringLiteral("security_group_id"), tr("Security Group ID")},
    };
}

QList<OptionSpec> SecurityGroupRuleCommands::directions(const QString &ingressHelp, const QString &egressHelp)
{
    return NetworkOptions::pair(QStringLiteral("ingress"), ingressHelp, QStringLiteral("egress"), egressHelp);
}

QList<CommandSpec> SecurityGroupRuleCommands::all()
{
    const QStringList rule = {QStringLiteral("security"), QStringLiteral("group"), QStringLiteral("rule")};
    const auto integer = [](const QString &name, const QString &valueName, const QString &help) {
        return OptionSpec{.names = {QStringLiteral("--") + name},
                          .valueName = valueName,
                          .help = help,
                          .kind = ValueKind::Integer};
    };
    return {
        {.words = rule + QStringList{QStringLiteral("create")},
         .summary = tr("Add a rule to a security group: what traffic it lets through"),
         .options =
             QList<OptionSpec>{
                 {.names = {QStringLiteral("--protocol")},
                  .valueName = QStringLiteral("PROTOCOL"),
                  .help = tr("tcp, udp, icmp, icmpv6, any or an IP protocol number 0-255 (default: any)")},
                 {.names = {QStringLiteral("--dst-port")},
                  .valueName = QStringLiteral("PORT[:PORT]"),
                  .help = tr("a destination port or range, such as 22 or 8000:8080 (tcp and udp)")},
                 integer(QStringLiteral("icmp-type"), QStringLiteral("TYPE"),
                         tr("the ICMP type (icmp and icmpv6)")),
                 integer(QStringLiteral("icmp-code"), QStringLiteral("CODE"),
                         tr("the ICMP code (icmp and icmpv6; needs --icmp-type)")),
                 {.names = {QStringLiteral("--remote-ip")},
                  .valueName = QStringLiteral("CIDR"),
                  .help = tr("traffic from (ingress) or to (egress) these addresses (default: anywhere)")},
                 {.names = {QStringLiteral("--remote-group")},
                  .valueName = QStringLiteral("GROUP"),
                  .help = tr("traffic from or to the ports of this group of the same project (name or ID)")},
                 {.names = {QStringLiteral("--ethertype")},
                  .valueName = QStringLiteral("IPv4|IPv6"),
                  .help = tr("IPv4 or IPv6 (default: that of --remote-ip, IPv6 for icmpv6, else IPv4)")},
                 NetworkOptions::description(tr("what the rule is for"))} +
             directions(tr("traffic to the ports (the default)"), tr("traffic from the ports")),
         .positionals = {IdentityOptions::argument(QStringLiteral("GROUP"),
                                                   tr("the security group it joins (name or ID)"))},
         .columns = showColumns(),
         .run = create,
         .check = checkCreate},
        {.words = rule + QStringList{QStringLiteral("list")},
         .summary = tr("List the rules of one security group, or of every group you may see"),
         .options =
             QList<OptionSpec>{
                 {.names = {QStringLiteral("--protocol")},
                  .valueName = QStringLiteral("PROTOCOL"),
                  .help = tr("only rules for this protocol (tcp, udp, icmp, icmpv6, any or N)")}} +
             directions(tr("only ingress rules"), tr("only egress rules")),
         .positionals = {{.name = QStringLiteral("GROUP"),
                          .help = tr("security group name or ID"),
                          .optional = true}},
         .columns = listColumns(true),
         .run = list,
         .check = [](const ParsedArgs &args) -> CliResult<void> {
             if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("ingress"),
                                                          QStringLiteral("egress"));
                 !r)
                 return r;
             if (auto p = NetworkOptions::protocol(args); !p)
                 return p.error();
             return {};
         }},
        {.words = rule + QStringList{QStringLiteral("show")},
         .summary = tr("Show one security group rule"),
         .positionals = {IdentityOptions::argument(QStringLiteral("RULE"), tr("rule ID"))},
         .columns = showColumns(),
         .run = show},
        {.words = rule + QStringList{QStringLiteral("delete")},
         .summary = tr("Delete security group rules; ports using the group follow at once"),
         .positionals = {IdentityOptions::argument(QStringLiteral("RULE"), tr("rule ID"), true)},
         .run = remove},
    };
}

CliResult<void> SecurityGroupRuleCommands::checkCreate(const ParsedArgs &args)
{
    if (auto r =
            NetworkOptions::checkPairs(args, {{QStringLiteral("ingress"), QStringLiteral("egress")},
                                              {QStringLiteral("remote-ip"), QStringLiteral("remote-group")}});
        !r)
        return r;
    if (args.isSet(QStringLiteral("icmp-code")) && !args.isSet(QStringLiteral("icmp-type")))
        return CliError::usage(
            tr("--icmp-code %1: give --icmp-type too").arg(args.value(QStringLiteral("icmp-code"))));
    if (auto s = spec(args); !s)
        return s.error();
    return {};
}

CliResult<SecurityGroupRuleSpec> SecurityGroupRuleCommands::spec(const ParsedArgs &args)
{
    auto protocol = NetworkOptions::protocol(args);
    if (!protocol)
        return protocol.error();
    auto ethertype = NetworkOptions::ethertype(args);
    if (!ethertype)
        return ethertype.error();
    auto ports = NetworkOptions::portRange(args);
    if (!ports)
        return ports.error();

    SecurityGroupRuleSpec spec;
    spec.group = args.positionals.at(0);
    spec.protocol = protocol->value_or(QString());
    spec.direction =
        args.isSet(QStringLiteral("egress")) ? QStringLiteral("egress") : QStringLiteral("ingress");
    spec.description = args.value(QStringLiteral("description"));
    spec.remoteIpPrefix = args.value(QStringLiteral("remote-ip"));
    spec.remoteGroup = args.value(QStringLiteral("remote-group"));
    // As the OpenStack client: the ethertype follows the remote CIDR, or ICMPv6.
    if (ethertype->has_value())
        spec.ethertype = **ethertype;
    else if (spec.remoteIpPrefix.contains(QLatin1Char(':')) || spec.protocol == QLatin1String("icmpv6"))
        spec.ethertype = QStringLiteral("IPv6");
    else
        spec.ethertype = QStringLiteral("IPv4");

    // Ports mean type and code for ICMP; the two kinds of options never mix (refusals, as the bad
    // input).
    const bool icmp = NetworkOptions::isIcmp(spec.protocol);
    if (ports->has_value()) {
        if (icmp)
            return CliError{
                ExitUserError,
                tr("--dst-port %1: not allowed with protocol %2; give --icmp-type and --icmp-code")
                    .arg(args.value(QStringLiteral("dst-port")), spec.protocol),
                {}};
        spec.portRangeMin = (*ports)->min;
        spec.portRangeMax = (*ports)->max;
    }
    for (const char *key : {"icmp-type", "icmp-code"}) {
        const QString name = QLatin1String(key);
        auto value = args.integer(name);
        if (!value)
            return value.error();
        if (!value->has_value())
            continue;
        if (!icmp)
            return CliError{ExitUserError,
                            tr("--%1 %2: only for protocol icmp or icmpv6").arg(name, args.value(name)),
                            {}};
        // The engine checks 0-255 and names the value; it needs it to fit an int to do so.
        const qint64 number = **value;
        if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
            return CliError::usage(tr("--%1 %2: out of range").arg(name, args.value(name)));
        if (name == QLatin1String("icmp-type"))
            spec.portRangeMin = int(number);
        else
            spec.portRangeMax = int(number);
    }
    return spec;
}

CliResult<void> SecurityGroupRuleCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    // checkCreate has vetted every option.
    auto created = ctx.engine().securityGroups().createRule(ctx.request(), *spec(args));
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), NetworkValues::rule(*created)));
    return {};
}

CliResult<void> SecurityGroupRuleCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    const QString group = args.positionals.value(0);
    auto rules = ctx.engine().securityGroups().rules(ctx.request(), group);
    if (!rules)
        return CliError::fromEngine(rules.error());
    const std::optional<QString> protocol = *NetworkOptions::protocol(args);
    const QList<Column> columns = listColumns(group.isEmpty());
    QList<Row> rows;
    for (const SecurityGroupRule &rule : *rules) {
        if (protocol && rule.protocol != *protocol)
            continue;
        if ((args.isSet(QStringLiteral("ingress")) && rule.direction != QLatin1String("ingress")) ||
            (args.isSet(QStringLiteral("egress")) && rule.direction != QLatin1String("egress")))
            continue;
        rows.append(NetworkValues::row(columns, NetworkValues::rule(rule)));
    }
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> SecurityGroupRuleCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    const QString id = args.positionals.at(0);
    auto rules = ctx.engine().securityGroups().rules(ctx.request());
    if (!rules)
        return CliError::fromEngine(rules.error());
    for (const SecurityGroupRule &rule : *rules) {
        if (rule.id != id)
            continue;
        ctx.printOne(showColumns(), NetworkValues::row(showColumns(), NetworkValues::rule(rule)));
        return {};
    }
    return CliError{ExitUserError, tr("No security group rule with ID '%1' that you may see").arg(id), {}};
}

CliResult<void> SecurityGroupRuleCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete security group rule with ID '%1': %2"),
                      tr("%1 of %2 security group rules failed to delete."), [&ctx](const QString &rule) {
                          return ctx.engine().securityGroups().removeRule(ctx.request(), rule);
                      });
}

} // namespace

QList<CommandSpec> securityGroupRuleCommands()
{
    return SecurityGroupRuleCommands::all();
}

} // namespace sd::cli
