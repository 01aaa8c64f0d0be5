// stackctl port create|list|show|set|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "networkoptions.h"
#include "networkvalues.h"

#include "engine.h"
#include "network/portservice.h"
#include "network/routerservice.h"

namespace sd::cli {

namespace {

class PortCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::PortCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> listColumns(bool longList);
    static QList<Column> showColumns();
    static QVariantHash fields(const Port &port);
    static QList<OptionSpec> changeOptions(bool create);
    static CliResult<void> checkChange(const ParsedArgs &args);
    static CliResult<void> print(CliContext &ctx, const QString &nameOrId);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> PortCommands::listColumns(bool longList)
{
    // `openstack port list [--long]`.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("mac_address"), tr("MAC Address")},
        {QStringLiteral("fixed_ips"), tr("Fixed IP Addresses")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("security_group_ids"), tr("Security Groups"), {}, longList},
        {QStringLiteral("device_owner"), tr("Device Owner"), {}, longList},
        {QStringLiteral("network_id"), tr("Network ID"), {}, false},
        {QStringLiteral("device_id"), tr("Device ID"), {}, false},
        {QStringLiteral("project_id"), tr("Project ID"), {}, false},
    };
}

QList<Column> PortCommands::showColumns()
{
    // `openstack port show`: Neutron's fields in alphabetical order.
    return {
        {QStringLiteral("admin_state_up"), tr("Admin State Up")},
        {QStringLiteral("binding_host_id"), tr("Binding Host ID")},
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("device_id"), tr("Device ID")},
        {QStringLiteral("device_owner"), tr("Device Owner")},
        {QStringLiteral("fixed_ips"), tr("Fixed IPs")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("mac_address"), tr("MAC Address")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("network_id"), tr("Network ID")},
        {QStringLiteral("port_security_enabled"), tr("Port Security Enabled")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("security_group_ids"), tr("Security Group IDs")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("updated_at"), tr("Updated At")},
    };
}

QVariantHash PortCommands::fields(const Port &p)
{
    using namespace NetworkValues;
    return {
        {QStringLiteral("admin_state_up"), p.adminStateUp},
        {QStringLiteral("binding_host_id"), orNull(p.hostId)},
        {QStringLiteral("created_at"), orNull(p.createdAt)},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("device_id"), p.deviceId},
        {QStringLiteral("device_owner"), p.deviceOwner},
        {QStringLiteral("fixed_ips"), fixedIps(p.fixedIps)},
        {QStringLiteral("id"), p.id},
        {QStringLiteral("mac_address"), p.macAddress},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("network_id"), p.networkId},
        {QStringLiteral("port_security_enabled"), p.portSecurityEnabled},
        {QStringLiteral("project_id"), p.projectId},
        {QStringLiteral("security_group_ids"), p.securityGroupIds},
        {QStringLiteral("status"), p.status()},
        {QStringLiteral("updated_at"), orNull(p.updatedAt)},
    };
}

QList<OptionSpec> PortCommands::changeOptions(bool create)
{
    return QList<OptionSpec>{
               {.names = {QStringLiteral("--fixed-ip")},
                .valueName = QStringLiteral("subnet=SUBNET,ip-address=IP"),
                .help =
                    create
                        ? tr("an address for the port: from this subnet, this address, or both (repeatable; "
                             "default: the next free address of the network's subnet)")
                        : tr("an address to add: from this subnet, this address, or both (repeatable)"),
                .repeatable = true},
               {.names = {QStringLiteral("--no-fixed-ip")},
                .help = create
                            ? tr("no address at all")
                            : tr("release the port's addresses first (then --fixed-ip gives the new ones)")},
               {.names = {QStringLiteral("--security-group")},
                .valueName = QStringLiteral("GROUP"),
                .help =
                    create ? tr("a security group (name or ID; repeatable; default: the project's `default`)")
                           : tr("a security group to add (name or ID; repeatable)"),
                .repeatable = true},
               {.names = {QStringLiteral("--no-security-group")},
                .help =
                    create
                        ? tr("no security group: only what port security itself allows")
                        : tr("remove the security groups first (then --security-group gives the new ones)")},
               NetworkOptions::description(tr("what the port is for")),
           } +
           NetworkOptions::pair(QStringLiteral("enable-port-security"),
                                tr("filter its traffic by its security groups and addresses (the default)"),
                                QStringLiteral("disable-port-security"),
                                tr("no filtering at all; needs no security groups")) +
           NetworkOptions::adminState(tr("administratively up (the default)"), tr("administratively down"));
}

CliResult<void> PortCommands::checkChange(const ParsedArgs &args)
{
    if (auto r = NetworkOptions::checkPairs(
            args, {{QStringLiteral("enable"), QStringLiteral("disable")},
                   {QStringLiteral("enable-port-security"), QStringLiteral("disable-port-security")}});
        !r)
        return r;
    if (auto f = NetworkOptions::fixedIps(args); !f)
        return f.error();
    return {};
}

QList<CommandSpec> PortCommands::all()
{
    const QString port = QStringLiteral("port");
    const PositionalSpec existing = IdentityOptions::argument(QStringLiteral("PORT"), tr("port name or ID"));
    const QStringList setKeys = {QStringLiteral("name"),
                                 QStringLiteral("description"),
                                 QStringLiteral("fixed-ip"),
                                 QStringLiteral("no-fixed-ip"),
                                 QStringLiteral("security-group"),
                                 QStringLiteral("no-security-group"),
                                 QStringLiteral("enable-port-security"),
                                 QStringLiteral("disable-port-security"),
                                 QStringLiteral("enable"),
                                 QStringLiteral("disable")};
    return {
        {.words = {port, QStringLiteral("create")},
         .summary = tr("Create a port on a network, with addresses from its subnets"),
         .options =
             QList<OptionSpec>{NetworkOptions::network(tr("the network it is on (name or ID)"), true),
                               {.names = {QStringLiteral("--mac-address")},
                                .valueName = QStringLiteral("MAC"),
                                .help = tr("its MAC address (default: a new fa:16:3e:xx:xx:xx)")},
                               NetworkOptions::project(
                                   tr("the project that owns it (administrators only; default: yours)"))} +
             changeOptions(true),
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new port"))},
         .columns = showColumns(),
         .run = create,
         .check = [](const ParsedArgs &args) -> CliResult<void> {
             if (auto r = NetworkOptions::checkPairs(
                     args, {{QStringLiteral("fixed-ip"), QStringLiteral("no-fixed-ip")},
                            {QStringLiteral("security-group"), QStringLiteral("no-security-group")}});
                 !r)
                 return r;
             return checkChange(args);
         }},
        {.words = {port, QStringLiteral("list")},
         .summary = tr("List the ports you may see"),
         .options = {NetworkOptions::network(tr("only ports on this network"), false),
                     {.names = {QStringLiteral("--device-owner")},
                      .valueName = QStringLiteral("OWNER"),
                      .help = tr("only ports with this device owner, e.g. network:router_interface")},
                     {.names = {QStringLiteral("--router")},
                      .valueName = QStringLiteral("ROUTER"),
                      .help = tr("only the ports of this router (name or ID)")},
                     NetworkOptions::project(tr("only this project's ports")),
                     NetworkOptions::longList(tr("also show security groups and device owner"))},
         .columns = listColumns(true),
         .run = list},
        {.words = {port, QStringLiteral("show")},
         .summary = tr("Show one port"),
         .positionals = {existing},
         .columns = showColumns(),
         .run = show},
        {.words = {port, QStringLiteral("set")},
         .summary = tr("Change a port's name, addresses, security groups, port security or state"),
         .options = QList<OptionSpec>{NetworkOptions::name(tr("new port name"))} + changeOptions(false),
         .positionals = {existing},
         .run = set,
         .check = [setKeys](const ParsedArgs &args) -> CliResult<void> {
             if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("port set"), setKeys); !r)
                 return r;
             return checkChange(args);
         }},
        {.words = {port, QStringLiteral("delete")},
         .summary =
             tr("Delete ports and release their addresses; router and floating IP ports go with those"),
         .positionals = {IdentityOptions::argument(QStringLiteral("PORT"), tr("port name or ID"), true)},
         .run = remove},
    };
}

CliResult<void> PortCommands::print(CliContext &ctx, const QString &nameOrId)
{
    auto port = ctx.engine().ports().show(ctx.request(), nameOrId);
    if (!port)
        return CliError::fromEngine(port.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(*port)));
    return {};
}

CliResult<void> PortCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    PortSpec spec;
    spec.name = args.positionals.at(0);
    spec.description = args.value(QStringLiteral("description"));
    spec.network = args.value(QStringLiteral("network"));
    spec.project = args.value(QStringLiteral("project"));
    // The check has vetted --fixed-ip.
    spec.fixedIps = *NetworkOptions::fixedIps(args);
    spec.noFixedIp = args.isSet(QStringLiteral("no-fixed-ip"));
    spec.macAddress = args.value(QStringLiteral("mac-address"));
    spec.securityGroups = args.values(QStringLiteral("security-group"));
    spec.portSecurityEnabled = !args.isSet(QStringLiteral("disable-port-security"));
    spec.adminStateUp = !args.isSet(QStringLiteral("disable"));
    spec.noSecurityGroups = args.isSet(QStringLiteral("no-security-group"));
    auto created = ctx.engine().ports().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(*created)));
    return {};
}

CliResult<void> PortCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    PortFilter filter;
    filter.network = args.value(QStringLiteral("network"));
    filter.deviceOwner = args.value(QStringLiteral("device-owner"));
    filter.project = args.value(QStringLiteral("project"));
    if (args.isSet(QStringLiteral("router"))) {
        auto router = ctx.engine().routers().show(ctx.request(), args.value(QStringLiteral("router")));
        if (!router)
            return CliError::fromEngine(router.error());
        filter.deviceId = router->id;
    }
    auto ports = ctx.engine().ports().list(ctx.request(), filter);
    if (!ports)
        return CliError::fromEngine(ports.error());
    const QList<Column> columns = listColumns(args.isSet(QStringLiteral("long")));
    QList<Row> rows;
    for (const Port &port : *ports)
        rows.append(NetworkValues::row(columns, fields(port)));
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> PortCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    return print(ctx, args.positionals.at(0));
}

CliResult<void> PortCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    PortService &ports = ctx.engine().ports();
    const QString name = args.positionals.at(0);
    PortUpdate change;
    if (args.isSet(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        change.description = args.value(QStringLiteral("description"));
    change.adminStateUp = NetworkOptions::choice(args, QStringLiteral("enable"), QStringLiteral("disable"));
    change.portSecurityEnabled = NetworkOptions::choice(args, QStringLiteral("enable-port-security"),
                                                        QStringLiteral("disable-port-security"));

    // As the OpenStack client: --fixed-ip and --security-group add to what the port has; --no-fixed-ip and
    // --no-security-group clear it first.
    const bool ips = args.isSet(QStringLiteral("fixed-ip")) || args.isSet(QStringLiteral("no-fixed-ip"));
    const bool groups =
        args.isSet(QStringLiteral("security-group")) || args.isSet(QStringLiteral("no-security-group"));
    if (ips || groups) {
        auto current = ports.show(ctx.request(), name);
        if (!current)
            return CliError::fromEngine(current.error());
        if (ips) {
            QList<FixedIpRequest> requests;
            if (!args.isSet(QStringLiteral("no-fixed-ip")))
                for (const FixedIp &ip : current->fixedIps)
                    requests.append({ip.subnetId, ip.ipAddress});
            change.fixedIps = requests + *NetworkOptions::fixedIps(args);
        }
        if (groups) {
            QStringList kept =
                args.isSet(QStringLiteral("no-security-group")) ? QStringList() : current->securityGroupIds;
            change.securityGroups = kept + args.values(QStringLiteral("security-group"));
        }
    }
    if (auto r = ports.update(ctx.request(), name, change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> PortCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete port with name or ID '%1': %2"),
                      tr("%1 of %2 ports failed to delete."), [&ctx](const QString &port) {
                          return ctx.engine().ports().remove(ctx.request(), port);
                      });
}

} // namespace

QList<CommandSpec> portCommands()
{
    return PortCommands::all();
}

} // namespace sd::cli
