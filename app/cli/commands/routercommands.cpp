// stackctl router create|list|show|set|unset|delete, router add subnet, router remove subnet

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "networkoptions.h"
#include "networkvalues.h"

#include "engine.h"
#include "network/routerservice.h"

namespace sd::cli {

namespace {

class RouterCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::RouterCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> listColumns(bool longList);
    static QList<Column> showColumns();
    static QVariantHash fields(const Router &router);
    static PositionalSpec routerArgument(bool many = false);
    static OptionSpec gatewayOption();
    static CliResult<void> print(CliContext &ctx, const Router &router);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unset(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> addSubnet(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> removeSubnet(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> RouterCommands::listColumns(bool longList)
{
    // `openstack router list [--long]`.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("state"), tr("State")},
        {QStringLiteral("project_id"), tr("Project")},
        {QStringLiteral("external_gateway_info"), tr("External Gateway Info"), {}, longList},
        {QStringLiteral("admin_state_up"), tr("Admin State Up"), {}, false},
        {QStringLiteral("description"), tr("Description"), {}, false},
    };
}

QList<Column> RouterCommands::showColumns()
{
    // `openstack router show`: Neutron's fields in alphabetical order.
    return {
        {QStringLiteral("admin_state_up"), tr("Admin State Up")},
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("external_gateway_info"), tr("External Gateway Info")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("interfaces_info"), tr("Interfaces Info")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("project_name"), tr("Project")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("updated_at"), tr("Updated At")},
    };
}

QVariantHash RouterCommands::fields(const Router &r)
{
    using namespace NetworkValues;
    // Neutron's external_gateway_info: null without a gateway, else the network, SNAT and its addresses.
    QVariant gateway;
    if (!r.externalNetworkId.isEmpty())
        gateway = QVariantMap{{QStringLiteral("network_id"), r.externalNetworkId},
                              {QStringLiteral("enable_snat"), r.enableSnat},
                              {QStringLiteral("external_fixed_ips"), fixedIps(r.externalFixedIps)}};
    QVariantList interfaces;
    for (const RouterInterface &i : r.interfaces)
        interfaces.append(QVariantMap{{QStringLiteral("port_id"), i.portId},
                                      {QStringLiteral("subnet_id"), i.subnetId},
                                      {QStringLiteral("ip_address"), i.ipAddress}});
    return {
        {QStringLiteral("admin_state_up"), r.adminStateUp},
        {QStringLiteral("created_at"), orNull(r.createdAt)},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("external_gateway_info"), gateway},
        {QStringLiteral("id"), r.id},
        {QStringLiteral("interfaces_info"), interfaces},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("project_id"), r.projectId},
        {QStringLiteral("project_name"), orNull(r.projectName)},
        {QStringLiteral("state"), state(r.adminStateUp)},
        {QStringLiteral("status"), r.status()},
        {QStringLiteral("updated_at"), orNull(r.updatedAt)},
    };
}

PositionalSpec RouterCommands::routerArgument(bool many)
{
    return IdentityOptions::argument(QStringLiteral("ROUTER"), tr("router name or ID"), many);
}

OptionSpec RouterCommands::gatewayOption()
{
    return {.names = {QStringLiteral("--external-gateway")},
            .valueName = QStringLiteral("NETWORK"),
            .help = tr("the external network the router's gateway is on (name or ID)")};
}

QList<CommandSpec> RouterCommands::all()
{
    const QString router = QStringLiteral("router");
    const PositionalSpec subnet =
        IdentityOptions::argument(QStringLiteral("SUBNET"), tr("subnet name or ID"));
    const QList<OptionSpec> state = NetworkOptions::adminState(
        tr("administratively up: it routes (the default)"), tr("administratively down: it routes nothing"));
    const QStringList setKeys = {QStringLiteral("name"), QStringLiteral("description"),
                                 QStringLiteral("enable"), QStringLiteral("disable"),
                                 QStringLiteral("external-gateway")};
    const auto checkState = [](const ParsedArgs &args) {
        return IdentityOptions::checkExclusive(args, QStringLiteral("enable"), QStringLiteral("disable"));
    };
    return {
        {.words = {router, QStringLiteral("create")},
         .summary = tr("Create a router; give it a gateway and interfaces to connect networks"),
         .options =
             QList<OptionSpec>{gatewayOption(), NetworkOptions::description(tr("what the router is for")),
                               NetworkOptions::project(
                                   tr("the project that owns it (administrators only; default: yours)"))} +
             state,
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new router"))},
         .columns = showColumns(),
         .run = create,
         .check = checkState},
        {.words = {router, QStringLiteral("list")},
         .summary = tr("List the routers you may see"),
         .options = {NetworkOptions::project(tr("only this project's routers")),
                     NetworkOptions::longList(tr("also show the external gateway"))},
         .columns = listColumns(true),
         .run = list},
        {.words = {router, QStringLiteral("show")},
         .summary = tr("Show one router with its gateway and interfaces"),
         .positionals = {routerArgument()},
         .columns = showColumns(),
         .run = show},
        {.words = {router, QStringLiteral("set")},
         .summary = tr("Rename a router, change its state, or set its external gateway"),
         .options =
             QList<OptionSpec>{NetworkOptions::name(tr("new router name")),
                               NetworkOptions::description(tr("what the router is for")), gatewayOption()} +
             state,
         .positionals = {routerArgument()},
         .run = set,
         .check = [setKeys, checkState](const ParsedArgs &args) -> CliResult<void> {
             if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("router set"), setKeys); !r)
                 return r;
             return checkState(args);
         }},
        {.words = {router, QStringLiteral("unset")},
         .summary = tr("Remove a router's external gateway; refused while floating IPs use it"),
         .options = {{.names = {QStringLiteral("--external-gateway")},
                      .help = tr("remove the external gateway")}},
         .positionals = {routerArgument()},
         .run = unset,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("router unset"),
                                                    {QStringLiteral("external-gateway")});
             }},
        {.words = {router, QStringLiteral("add"), QStringLiteral("subnet")},
         .summary = tr("Connect a subnet to a router: the router takes the subnet's gateway address"),
         .positionals = {routerArgument(), subnet},
         .run = addSubnet},
        {.words = {router, QStringLiteral("remove"), QStringLiteral("subnet")},
         .summary = tr("Disconnect a subnet from a router"),
         .positionals = {routerArgument(), subnet},
         .run = removeSubnet},
        {.words = {router, QStringLiteral("delete")},
         .summary = tr("Delete routers; one with interfaces is refused (remove its subnets first)"),
         .positionals = {routerArgument(true)},
         .run = remove},
    };
}

CliResult<void> RouterCommands::print(CliContext &ctx, const Router &router)
{
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(router)));
    return {};
}

CliResult<void> RouterCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    RouterSpec spec;
    spec.name = args.positionals.at(0);
    spec.description = args.value(QStringLiteral("description"));
    spec.project = args.value(QStringLiteral("project"));
    spec.adminStateUp = !args.isSet(QStringLiteral("disable"));
    spec.externalNetwork = args.value(QStringLiteral("external-gateway"));
    auto created = ctx.engine().routers().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    return print(ctx, *created);
}

CliResult<void> RouterCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    auto routers = ctx.engine().routers().list(ctx.request(), args.value(QStringLiteral("project")));
    if (!routers)
        return CliError::fromEngine(routers.error());
    const QList<Column> columns = listColumns(args.isSet(QStringLiteral("long")));
    QList<Row> rows;
    for (const Router &router : *routers)
        rows.append(NetworkValues::row(columns, fields(router)));
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> RouterCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto router = ctx.engine().routers().show(ctx.request(), args.positionals.at(0));
    if (!router)
        return CliError::fromEngine(router.error());
    return print(ctx, *router);
}

CliResult<void> RouterCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    RouterService &routers = ctx.engine().routers();
    auto router = routers.show(ctx.request(), args.positionals.at(0));
    if (!router)
        return CliError::fromEngine(router.error());
    // The id from here on: a rename must not lose the router for the steps after it. The gateway goes
    // first: it is what is most often refused, and a refusal should leave the rest untouched.
    const QString id = router->id;
    if (args.isSet(QStringLiteral("external-gateway")))
        if (auto r = routers.setGateway(ctx.request(), id, args.value(QStringLiteral("external-gateway")));
            !r)
            return CliError::fromEngine(r.error());
    if (auto up = NetworkOptions::choice(args, QStringLiteral("enable"), QStringLiteral("disable")))
        if (auto r = routers.setAdminState(ctx.request(), id, *up); !r)
            return CliError::fromEngine(r.error());
    if (args.isSet(QStringLiteral("name")) || args.isSet(QStringLiteral("description"))) {
        const QString name =
            args.isSet(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : router->name;
        const QString description = args.isSet(QStringLiteral("description"))
                                        ? args.value(QStringLiteral("description"))
                                        : router->description;
        if (auto r = routers.rename(ctx.request(), id, name, description); !r)
            return CliError::fromEngine(r.error());
    }
    return {};
}

CliResult<void> RouterCommands::unset(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().routers().clearGateway(ctx.request(), args.positionals.at(0)); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> RouterCommands::addSubnet(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().routers().addInterface(ctx.request(), args.positionals.at(0),
                                                     args.positionals.at(1));
        !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> RouterCommands::removeSubnet(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().routers().removeInterface(ctx.request(), args.positionals.at(0),
                                                        args.positionals.at(1));
        !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> RouterCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete router with name or ID '%1': %2"),
                      tr("%1 of %2 routers failed to delete."), [&ctx](const QString &router) {
                          return ctx.engine().routers().remove(ctx.request(), router);
                      });
}

} // namespace

QList<CommandSpec> routerCommands()
{
    return RouterCommands::all();
}

} // namespace sd::cli
