// stackctl floating ip create|list|show|set|unset|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "networkoptions.h"
#include "networkvalues.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/realize/networkrealizer.h"

namespace sd::cli {

namespace {

class FloatingIpCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::FloatingIpCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> listColumns(bool longList);
    static QList<Column> showColumns();
    static QVariantHash fields(const FloatingIp &ip);
    static QVariantHash showFields(CliContext &ctx, const FloatingIp &ip);
    static PositionalSpec floatingIpArgument(bool many = false);
    static OptionSpec fixedIpAddress(const QString &help);
    static CliResult<void> needsPort(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unset(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> FloatingIpCommands::listColumns(bool longList)
{
    // `openstack floating ip list [--long]`.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("floating_ip_address"), tr("Floating IP Address")},
        {QStringLiteral("fixed_ip_address"), tr("Fixed IP Address")},
        {QStringLiteral("port_id"), tr("Port")},
        {QStringLiteral("floating_network_id"), tr("Floating Network")},
        {QStringLiteral("project_id"), tr("Project")},
        {QStringLiteral("router_id"), tr("Router"), {}, longList},
        {QStringLiteral("status"), tr("Status"), {}, longList},
        {QStringLiteral("description"), tr("Description"), {}, longList},
    };
}

QList<Column> FloatingIpCommands::showColumns()
{
    // `openstack floating ip show`: Neutron's fields in alphabetical order.
    return {
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("fixed_ip_address"), tr("Fixed IP Address")},
        {QStringLiteral("floating_ip_address"), tr("Floating IP Address")},
        {QStringLiteral("floating_network_id"), tr("Floating Network ID")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("nat"), tr("NAT")},
        {QStringLiteral("port_id"), tr("Port ID")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("router_id"), tr("Router ID")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("updated_at"), tr("Updated At")},
    };
}

QVariantHash FloatingIpCommands::fields(const FloatingIp &f)
{
    using namespace NetworkValues;
    return {
        {QStringLiteral("created_at"), orNull(f.createdAt)},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("fixed_ip_address"), orNull(f.fixedIpAddress)},
        {QStringLiteral("floating_ip_address"), f.floatingIpAddress},
        {QStringLiteral("floating_network_id"), f.floatingNetworkId},
        {QStringLiteral("id"), f.id},
        {QStringLiteral("port_id"), orNull(f.portId)},
        {QStringLiteral("project_id"), f.projectId},
        {QStringLiteral("router_id"), orNull(f.routerId)},
        {QStringLiteral("status"), f.status()},
        {QStringLiteral("updated_at"), orNull(f.updatedAt)},
    };
}

// Whether the host of the port NATs the address, or why it is held in the model only. Null while the
// address is not associated, and for users who may not look at hosts.
QVariantHash FloatingIpCommands::showFields(CliContext &ctx, const FloatingIp &f)
{
    QVariantHash values = fields(f);
    if (f.portId.isEmpty())
        values.insert(QStringLiteral("nat"), QVariant());
    else if (f.hostId.isEmpty())
        values.insert(QStringLiteral("nat"),
                      tr("modelled only: the port is not bound to a host yet, so no host NATs %1")
                          .arg(f.floatingIpAddress));
    else if (ctx.engine().hosts().show(ctx.request(), f.hostId))
        values.insert(QStringLiteral("nat"), ctx.engine().networkRealizer().floatingIpRealization(f.hostId));
    return values;
}

PositionalSpec FloatingIpCommands::floatingIpArgument(bool many)
{
    return IdentityOptions::argument(QStringLiteral("FLOATING_IP"), tr("floating IP address or ID"), many);
}

OptionSpec FloatingIpCommands::fixedIpAddress(const QString &help)
{
    return {.names = {QStringLiteral("--fixed-ip-address")}, .valueName = QStringLiteral("IP"), .help = help};
}

CliResult<void> FloatingIpCommands::needsPort(const ParsedArgs &args)
{
    if (args.isSet(QStringLiteral("fixed-ip-address")) && !args.isSet(QStringLiteral("port")))
        return CliError::usage(tr("--fixed-ip-address %1: give --port too; the address is one of the port's")
                                   .arg(args.value(QStringLiteral("fixed-ip-address"))));
    return {};
}

QList<CommandSpec> FloatingIpCommands::all()
{
    const QStringList floatingIp = {QStringLiteral("floating"), QStringLiteral("ip")};
    const QString fixedHelp =
        tr("which of the port's addresses it reaches (default: its first IPv4 address)");
    return {
        {.words = floatingIp + QStringList{QStringLiteral("create")},
         .summary =
             tr("Allocate a floating IP from an external network, and optionally associate it with a port"),
         .options = {{.names = {QStringLiteral("--floating-ip-address")},
                      .valueName = QStringLiteral("IP"),
                      .help = tr("this address (default: any free one of the network)")},
                     {.names = {QStringLiteral("--port")},
                      .valueName = QStringLiteral("PORT"),
                      .help = tr("associate it with this port at once (name or ID)")},
                     fixedIpAddress(fixedHelp),
                     NetworkOptions::description(tr("what the floating IP is for")),
                     NetworkOptions::project(
                         tr("the project that owns it (administrators only; default: yours)"))},
         .positionals = {IdentityOptions::argument(QStringLiteral("NETWORK"),
                                                   tr("the external network it comes from (name or ID)"))},
         .columns = showColumns(),
         .run = create,
         .check = needsPort},
        {.words = floatingIp + QStringList{QStringLiteral("list")},
         .summary = tr("List the floating IPs you may see"),
         .options = {NetworkOptions::network(tr("only those from this external network"), false),
                     {.names = {QStringLiteral("--port")},
                      .valueName = QStringLiteral("PORT"),
                      .help = tr("only the one associated with this port")},
                     NetworkOptions::project(tr("only this project's floating IPs")),
                     NetworkOptions::longList(tr("also show router, status and description"))},
         .columns = listColumns(true),
         .run = list},
        {.words = floatingIp + QStringList{QStringLiteral("show")},
         .summary = tr("Show one floating IP"),
         .positionals = {floatingIpArgument()},
         .columns = showColumns(),
         .run = show},
        {.words = floatingIp + QStringList{QStringLiteral("set")},
         .summary = tr("Associate a floating IP with a port"),
         .options = {{.names = {QStringLiteral("--port")},
                      .valueName = QStringLiteral("PORT"),
                      .help = tr("the port it reaches (name or ID)"),
                      .required = true},
                     fixedIpAddress(fixedHelp)},
         .positionals = {floatingIpArgument()},
         .run = set},
        {.words = floatingIp + QStringList{QStringLiteral("unset")},
         .summary = tr("Disassociate a floating IP from its port; the address stays allocated"),
         .options = {{.names = {QStringLiteral("--port")}, .help = tr("disassociate it from its port")}},
         .positionals = {floatingIpArgument()},
         .run = unset,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("floating ip unset"),
                                                    {QStringLiteral("port")});
             }},
        {.words = floatingIp + QStringList{QStringLiteral("delete")},
         .summary = tr("Release floating IPs back to their external network"),
         .positionals = {floatingIpArgument(true)},
         .run = remove},
    };
}

CliResult<void> FloatingIpCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    FloatingIpSpec spec;
    spec.network = args.positionals.at(0);
    spec.project = args.value(QStringLiteral("project"));
    spec.floatingIpAddress = args.value(QStringLiteral("floating-ip-address"));
    spec.port = args.value(QStringLiteral("port"));
    spec.fixedIpAddress = args.value(QStringLiteral("fixed-ip-address"));
    spec.description = args.value(QStringLiteral("description"));
    auto created = ctx.engine().floatingIps().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), showFields(ctx, *created)));
    return {};
}

CliResult<void> FloatingIpCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    // --network and --port take names too; the records hold ids.
    QString networkId;
    if (args.isSet(QStringLiteral("network"))) {
        auto network = ctx.engine().networks().show(ctx.request(), args.value(QStringLiteral("network")));
        if (!network)
            return CliError::fromEngine(network.error());
        networkId = network->id;
    }
    QString portId;
    if (args.isSet(QStringLiteral("port"))) {
        auto port = ctx.engine().ports().show(ctx.request(), args.value(QStringLiteral("port")));
        if (!port)
            return CliError::fromEngine(port.error());
        portId = port->id;
    }
    auto ips = ctx.engine().floatingIps().list(ctx.request(), args.value(QStringLiteral("project")));
    if (!ips)
        return CliError::fromEngine(ips.error());
    const QList<Column> columns = listColumns(args.isSet(QStringLiteral("long")));
    QList<Row> rows;
    for (const FloatingIp &ip : *ips) {
        if ((!networkId.isEmpty() && ip.floatingNetworkId != networkId) ||
            (!portId.isEmpty() && ip.portId != portId))
            continue;
        rows.append(NetworkValues::row(columns, fields(ip)));
    }
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> FloatingIpCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto ip = ctx.engine().floatingIps().show(ctx.request(), args.positionals.at(0));
    if (!ip)
        return CliError::fromEngine(ip.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), showFields(ctx, *ip)));
    return {};
}

CliResult<void> FloatingIpCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().floatingIps().associate(ctx.request(), args.positionals.at(0),
                                                      args.value(QStringLiteral("port")),
                                                      args.value(QStringLiteral("fixed-ip-address")));
        !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> FloatingIpCommands::unset(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().floatingIps().disassociate(ctx.request(), args.positionals.at(0)); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> FloatingIpCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete floating IP with address or ID '%1': %2"),
                      tr("%1 of %2 floating IPs failed to delete."), [&ctx](const QString &ip) {
                          return ctx.engine().floatingIps().remove(ctx.request(), ip);
                      });
}

} // namespace

QList<CommandSpec> floatingIpCommands()
{
    return FloatingIpCommands::all();
}

} // namespace sd::cli
