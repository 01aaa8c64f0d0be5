// stackctl subnet create|list|show|set|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "networkoptions.h"
#include "networkvalues.h"

#include "engine.h"
#include "network/subnetservice.h"

namespace sd::cli {

namespace {

class SubnetCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::SubnetCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> listColumns(bool longList);
    static QList<Column> showColumns();
    static QVariantHash fields(const Subnet &subnet);
    static QList<OptionSpec> changeOptions(bool create);
    static CliResult<void> checkChange(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> SubnetCommands::listColumns(bool longList)
{
    // `openstack subnet list [--long]`.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("network_id"), tr("Network")},
        {QStringLiteral("cidr"), tr("Subnet")},
        {QStringLiteral("project_id"), tr("Project"), {}, longList},
        {QStringLiteral("enable_dhcp"), tr("DHCP"), {}, longList},
        {QStringLiteral("dns_nameservers"), tr("Name Servers"), {}, longList},
        {QStringLiteral("allocation_pools"), tr("Allocation Pools"), {}, longList},
        {QStringLiteral("host_routes"), tr("Host Routes"), {}, longList},
        {QStringLiteral("ip_version"), tr("IP Version"), {}, longList},
        {QStringLiteral("gateway_ip"), tr("Gateway"), {}, longList},
    };
}

QList<Column> SubnetCommands::showColumns()
{
    // `openstack subnet show`: Neutron's fields in alphabetical order.
    return {
        {QStringLiteral("allocation_pools"), tr("Allocation Pools")},
        {QStringLiteral("cidr"), tr("CIDR")},
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("dns_nameservers"), tr("DNS Name Servers")},
        {QStringLiteral("enable_dhcp"), tr("Enable DHCP")},
        {QStringLiteral("gateway_ip"), tr("Gateway IP")},
        {QStringLiteral("host_routes"), tr("Host Routes")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("ip_version"), tr("IP Version")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("network_id"), tr("Network ID")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("updated_at"), tr("Updated At")},
    };
}

QVariantHash SubnetCommands::fields(const Subnet &s)
{
    using namespace NetworkValues;
    return {
        {QStringLiteral("allocation_pools"), pools(s.allocationPools)},
        {QStringLiteral("cidr"), s.cidr},
        {QStringLiteral("created_at"), orNull(s.createdAt)},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("dns_nameservers"), s.dnsNameservers},
        {QStringLiteral("enable_dhcp"), s.enableDhcp},
        {QStringLiteral("gateway_ip"), orNull(s.gatewayIp)},
        {QStringLiteral("host_routes"), hostRoutes(s.hostRoutes)},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("ip_version"), s.ipVersion},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("network_id"), s.networkId},
        {QStringLiteral("project_id"), s.projectId},
        {QStringLiteral("updated_at"), orNull(s.updatedAt)},
    };
}

QList<OptionSpec> SubnetCommands::changeOptions(bool create)
{
    // Whole sentences for each command, so translators never see fragments.
    QList<OptionSpec> options = {
        {.names = {QStringLiteral("--gateway")},
         .valueName = QStringLiteral("IP"),
         .help = create
                     ? tr("the gateway address, `auto` (the subnet's first address, the default) or `none`")
                     : tr("the new gateway address, or `none` to remove it")},
        {.names = {QStringLiteral("--allocation-pool")},
         .valueName = QStringLiteral("start=IP,end=IP"),
         .help = create
                     ? tr("a range the addresses of ports come from (repeatable; default: the whole subnet "
                          "but the gateway)")
                     : tr("a range to add to the allocation pools (repeatable)"),
         .repeatable = true},
        {.names = {QStringLiteral("--dns-nameserver")},
         .valueName = QStringLiteral("IP"),
         .help = create ? tr("a DNS server that DHCP hands out (repeatable)")
                        : tr("a DNS server to add (repeatable)"),
         .repeatable = true},
        {.names = {QStringLiteral("--host-route")},
         .valueName = QStringLiteral("destination=CIDR,gateway=IP"),
         .help = create ? tr("a static route that DHCP hands out (repeatable)")
                        : tr("a static route to add (repeatable)"),
         .repeatable = true},
        NetworkOptions::description(tr("what the subnet is for")),
    };
    options += NetworkOptions::pair(QStringLiteral("dhcp"), tr("hand out addresses by DHCP (the default)"),
                                    QStringLiteral("no-dhcp"), tr("no DHCP: guests are configured by hand"));
    if (create)
        return options;
    return QList<OptionSpec>{NetworkOptions::name(tr("new subnet name"))} + options +
           QList<OptionSpec>{
               {.names = {QStringLiteral("--no-allocation-pool")},
                .help = tr("remove the allocation pools first (then --allocation-pool gives the new ones)")},
               {.names = {QStringLiteral("--no-dns-nameservers")},
                .help = tr("remove the DNS servers first (then --dns-nameserver gives the new ones)")},
               {.names = {QStringLiteral("--no-host-route")},
                .help = tr("remove the host routes first (then --host-route gives the new ones)")},
           };
}

CliResult<void> SubnetCommands::checkChange(const ParsedArgs &args)
{
    if (auto r = IdentityOptions::checkExclusive(args, QStringLiteral("dhcp"), QStringLiteral("no-dhcp")); !r)
        return r;
    if (auto p = NetworkOptions::allocationPools(args); !p)
        return p.error();
    if (auto h = NetworkOptions::hostRoutes(args); !h)
        return h.error();
    if (auto v = NetworkOptions::ipVersion(args); !v)
        return v.error();
    return {};
}

QList<CommandSpec> SubnetCommands::all()
{
    const QString subnet = QStringLiteral("subnet");
    const PositionalSpec existing =
        IdentityOptions::argument(QStringLiteral("SUBNET"), tr("subnet name or ID"));
    const QStringList setKeys = {QStringLiteral("name"),
                                 QStringLiteral("description"),
                                 QStringLiteral("gateway"),
                                 QStringLiteral("allocation-pool"),
                                 QStringLiteral("dns-nameserver"),
                                 QStringLiteral("host-route"),
                                 QStringLiteral("dhcp"),
                                 QStringLiteral("no-dhcp"),
                                 QStringLiteral("no-allocation-pool"),
                                 QStringLiteral("no-dns-nameservers"),
                                 QStringLiteral("no-host-route")};
    return {
        {.words = {subnet, QStringLiteral("create")},
         .summary =
             tr("Create a subnet on a network: its CIDR, gateway, allocation pools, DNS servers and routes"),
         .options =
             QList<OptionSpec>{NetworkOptions::network(tr("the network it belongs to (name or ID)"), true),
                               {.names = {QStringLiteral("--subnet-range")},
                                .valueName = QStringLiteral("CIDR"),
                                .help = tr("its addresses, such as 10.0.0.0/24 or fd00::/64"),
                                .required = true},
                               {.names = {QStringLiteral("--ip-version")},
                                .valueName = QStringLiteral("4|6"),
                                .help = tr("4 or 6 (default: what --subnet-range is)")}} +
             changeOptions(true),
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new subnet"))},
         .columns = showColumns(),
         .run = create,
         .check = checkChange},
        {.words = {subnet, QStringLiteral("list")},
         .summary = tr("List the subnets of the networks you may use"),
         .options = {NetworkOptions::network(tr("only this network's subnets"), false),
                     {.names = {QStringLiteral("--ip-version")},
                      .valueName = QStringLiteral("4|6"),
                      .help = tr("only IPv4 or only IPv6 subnets")},
                     NetworkOptions::longList(tr("also show project, DHCP, name servers, pools, routes, IP "
                                                 "version and gateway"))},
         .columns = listColumns(true),
         .run = list,
         .check = [](const ParsedArgs &args) -> CliResult<void> {
             if (auto v = NetworkOptions::ipVersion(args); !v)
                 return v.error();
             return {};
         }},
        {.words = {subnet, QStringLiteral("show")},
         .summary = tr("Show one subnet"),
         .positionals = {existing},
         .columns = showColumns(),
         .run = show},
        {.words = {subnet, QStringLiteral("set")},
         .summary = tr("Change a subnet's name, gateway, DHCP, allocation pools, DNS servers or host routes"),
         .options = changeOptions(false),
         .positionals = {existing},
         .run = set,
         .check = [setKeys](const ParsedArgs &args) -> CliResult<void> {
             if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("subnet set"), setKeys); !r)
                 return r;
             return checkChange(args);
         }},
        {.words = {subnet, QStringLiteral("delete")},
         .summary = tr("Delete subnets; one whose addresses ports still hold is refused"),
         .positionals = {IdentityOptions::argument(QStringLiteral("SUBNET"), tr("subnet name or ID"), true)},
         .run = remove},
    };
}

CliResult<void> SubnetCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    // checkChange has vetted the structured options, so the results below are values.
    SubnetSpec spec;
    spec.name = args.positionals.at(0);
    spec.description = args.value(QStringLiteral("description"));
    spec.network = args.value(QStringLiteral("network"));
    spec.cidr = args.value(QStringLiteral("subnet-range"));
    spec.ipVersion = *NetworkOptions::ipVersion(args);
    const QString gateway = args.value(QStringLiteral("gateway"));
    if (gateway == QLatin1String("none"))
        spec.noGateway = true;
    else if (gateway != QLatin1String("auto"))
        spec.gatewayIp = gateway;
    spec.enableDhcp = !args.isSet(QStringLiteral("no-dhcp"));
    spec.allocationPools = *NetworkOptions::allocationPools(args);
    spec.dnsNameservers = args.values(QStringLiteral("dns-nameserver"));
    spec.hostRoutes = *NetworkOptions::hostRoutes(args);
    auto created = ctx.engine().subnets().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(*created)));
    return {};
}

CliResult<void> SubnetCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto subnets = ctx.engine().subnets().list(ctx.request(), args.value(QStringLiteral("network")));
    if (!subnets)
        return CliError::fromEngine(subnets.error());
    const int version = *NetworkOptions::ipVersion(args);
    const QList<Column> columns = listColumns(args.isSet(QStringLiteral("long")));
    QList<Row> rows;
    for (const Subnet &subnet : *subnets)
        if (version == 0 || subnet.ipVersion == version)
            rows.append(NetworkValues::row(columns, fields(subnet)));
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> SubnetCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto subnet = ctx.engine().subnets().show(ctx.request(), args.positionals.at(0));
    if (!subnet)
        return CliError::fromEngine(subnet.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(*subnet)));
    return {};
}

CliResult<void> SubnetCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    SubnetService &subnets = ctx.engine().subnets();
    const QString name = args.positionals.at(0);
    SubnetUpdate change;
    if (args.isSet(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        change.description = args.value(QStringLiteral("description"));
    if (args.isSet(QStringLiteral("gateway"))) {
        const QString gateway = args.value(QStringLiteral("gateway"));
        change.noGateway = gateway == QLatin1String("none");
        change.gatewayIp = change.noGateway ? QString() : gateway;
    }
    change.enableDhcp = NetworkOptions::choice(args, QStringLiteral("dhcp"), QStringLiteral("no-dhcp"));

    // As the OpenStack client: the list options add to what the subnet has, the --no-* ones clear it first.
    const bool pools =
        args.isSet(QStringLiteral("allocation-pool")) || args.isSet(QStringLiteral("no-allocation-pool"));
    const bool dns =
        args.isSet(QStringLiteral("dns-nameserver")) || args.isSet(QStringLiteral("no-dns-nameservers"));
    const bool routes =
        args.isSet(QStringLiteral("host-route")) || args.isSet(QStringLiteral("no-host-route"));
    if (pools || dns || routes) {
        auto current = subnets.show(ctx.request(), name);
        if (!current)
            return CliError::fromEngine(current.error());
        if (pools)
            change.allocationPools =
                (args.isSet(QStringLiteral("no-allocation-pool")) ? QList<AllocationPool>()
                                                                  : current->allocationPools) +
                *NetworkOptions::allocationPools(args);
        if (dns)
            change.dnsNameservers =
                (args.isSet(QStringLiteral("no-dns-nameservers")) ? QStringList() : current->dnsNameservers) +
                args.values(QStringLiteral("dns-nameserver"));
        if (routes)
            change.hostRoutes =
                (args.isSet(QStringLiteral("no-host-route")) ? QList<HostRoute>() : current->hostRoutes) +
                *NetworkOptions::hostRoutes(args);
    }
    if (auto r = subnets.update(ctx.request(), name, change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> SubnetCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete subnet with name or ID '%1': %2"),
                      tr("%1 of %2 subnets failed to delete."), [&ctx](const QString &subnet) {
                          return ctx.engine().subnets().remove(ctx.request(), subnet);
                      });
}

} // namespace

QList<CommandSpec> subnetCommands()
{
    return SubnetCommands::all();
}

} // namespace sd::cli
