// stackctl network create|list|show|set|delete

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "networkoptions.h"
#include "networkvalues.h"

#include "engine.h"
#include "network/networkservice.h"

#include <limits>

namespace sd::cli {

namespace {

class NetworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::NetworkCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<Column> listColumns(bool longList);
    static QList<Column> showColumns();
    static QVariantHash fields(const Network &network);
    static QList<OptionSpec> changeOptions();
    static CliResult<void> checkChange(const ParsedArgs &args);
    static CliResult<std::optional<int>> mtu(const ParsedArgs &args);

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
};

QList<Column> NetworkCommands::listColumns(bool longList)
{
    // `openstack network list [--long]`.
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("status"), tr("Status"), {}, longList},
        {QStringLiteral("project_id"), tr("Project"), {}, longList},
        {QStringLiteral("state"), tr("State"), {}, longList},
        {QStringLiteral("shared"), tr("Shared"), {}, longList},
        {QStringLiteral("subnets"), tr("Subnets")},
        {QStringLiteral("router:external"), tr("External"), {}, longList},
        {QStringLiteral("mtu"), tr("MTU"), {}, longList},
        {QStringLiteral("admin_state_up"), tr("Admin State Up"), {}, false},
        {QStringLiteral("description"), tr("Description"), {}, false},
    };
}

QList<Column> NetworkCommands::showColumns()
{
    // `openstack network show`: Neutron's fields in alphabetical order.
    return {
        {QStringLiteral("admin_state_up"), tr("Admin State Up")},
        {QStringLiteral("created_at"), tr("Created At")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("mtu"), tr("MTU")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("project_id"), tr("Project ID")},
        {QStringLiteral("project_name"), tr("Project")},
        {QStringLiteral("router:external"), tr("External")},
        {QStringLiteral("shared"), tr("Shared")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("subnets"), tr("Subnets")},
        {QStringLiteral("updated_at"), tr("Updated At")},
    };
}

QVariantHash NetworkCommands::fields(const Network &n)
{
    using namespace NetworkValues;
    return {
        {QStringLiteral("admin_state_up"), n.adminStateUp},
        {QStringLiteral("created_at"), orNull(n.createdAt)},
        {QStringLiteral("description"), n.description},
        {QStringLiteral("id"), n.id},
        {QStringLiteral("mtu"), n.mtu},
        {QStringLiteral("name"), n.name},
        {QStringLiteral("project_id"), n.projectId},
        {QStringLiteral("project_name"), orNull(n.projectName)},
        {QStringLiteral("router:external"), n.external},
        {QStringLiteral("shared"), n.shared},
        // Neutron reports a network that is administratively down as DOWN.
        {QStringLiteral("status"), n.adminStateUp ? QStringLiteral("ACTIVE") : QStringLiteral("DOWN")},
        {QStringLiteral("state"), state(n.adminStateUp)},
        {QStringLiteral("subnets"), n.subnetIds},
        {QStringLiteral("updated_at"), orNull(n.updatedAt)},
    };
}

QList<OptionSpec> NetworkCommands::changeOptions()
{
    return NetworkOptions::adminState(tr("administratively up: the network carries traffic (the default)"),
                                      tr("administratively down: the network carries no traffic")) +
           NetworkOptions::pair(
               QStringLiteral("share"), tr("every project may attach ports to it (administrators only)"),
               QStringLiteral("no-share"), tr("only its own project uses it (the default)")) +
           NetworkOptions::pair(QStringLiteral("external"),
                                tr("router gateways and floating IPs come from it (administrators only)"),
                                QStringLiteral("internal"), tr("a tenant network (the default)")) +
           QList<OptionSpec>{{.names = {QStringLiteral("--mtu")},
                              .valueName = QStringLiteral("MTU"),
                              .help = tr("the largest packet in bytes (default 1500)"),
                              .kind = ValueKind::Integer},
                             NetworkOptions::description(tr("what the network is for"))};
}

CliResult<void> NetworkCommands::checkChange(const ParsedArgs &args)
{
    if (auto r = NetworkOptions::checkPairs(args, {{QStringLiteral("enable"), QStringLiteral("disable")},
                                                   {QStringLiteral("share"), QStringLiteral("no-share")},
                                                   {QStringLiteral("external"), QStringLiteral("internal")}});
        !r)
        return r;
    if (auto m = mtu(args); !m)
        return m.error();
    return {};
}

CliResult<std::optional<int>> NetworkCommands::mtu(const ParsedArgs &args)
{
    auto value = args.integer(QStringLiteral("mtu"));
    if (!value)
        return value.error();
    if (!value->has_value())
        return std::optional<int>();
    // What fits an int goes to the engine, which says which MTUs it accepts.
    if (**value < std::numeric_limits<int>::min() || **value > std::numeric_limits<int>::max())
        return CliError::usage(tr("--mtu %1: out of range").arg(args.value(QStringLiteral("mtu"))));
    return std::optional<int>(int(**value));
}

QList<CommandSpec> NetworkCommands::all()
{
    const QString network = QStringLiteral("network");
    const PositionalSpec existing =
        IdentityOptions::argument(QStringLiteral("NETWORK"), tr("network name or ID"));
    const QStringList setKeys = {
        QStringLiteral("name"),     QStringLiteral("description"), QStringLiteral("enable"),
        QStringLiteral("disable"),  QStringLiteral("share"),       QStringLiteral("no-share"),
        QStringLiteral("external"), QStringLiteral("internal"),    QStringLiteral("mtu")};
    return {
        {.words = {network, QStringLiteral("create")},
         .summary = tr("Create a network; add a subnet to it with `subnet create`"),
         .options = changeOptions() + QList<OptionSpec>{NetworkOptions::project(tr(
                                          "the project that owns it (administrators only; default: yours)"))},
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new network"))},
         .columns = showColumns(),
         .run = create,
         .check = checkChange},
        {.words = {network, QStringLiteral("list")},
         .summary = tr("List the networks you may use: your project's, shared and external ones"),
         .options =
             NetworkOptions::pair(QStringLiteral("external"), tr("only external networks"),
                                  QStringLiteral("internal"), tr("only tenant networks")) +
             QList<OptionSpec>{NetworkOptions::project(tr("only this project's networks")),
                               NetworkOptions::longList(tr("also show status, project, state, sharing, "
                                                           "external and MTU"))},
         .columns = listColumns(true),
         .run = list,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkExclusive(args, QStringLiteral("external"),
                                                        QStringLiteral("internal"));
             }},
        {.words = {network, QStringLiteral("show")},
         .summary = tr("Show one network"),
         .positionals = {existing},
         .columns = showColumns(),
         .run = show},
        {.words = {network, QStringLiteral("set")},
         .summary = tr("Rename a network or change its state, sharing, external flag, MTU or description"),
         .options = QList<OptionSpec>{NetworkOptions::name(tr("new network name"))} + changeOptions(),
         .positionals = {existing},
         .run = set,
         .check = [setKeys](const ParsedArgs &args) -> CliResult<void> {
             if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("network set"), setKeys); !r)
                 return r;
             return checkChange(args);
         }},
        {.words = {network, QStringLiteral("delete")},
         .summary = tr("Delete networks and their subnets; a network whose ports are in use is refused"),
         .positionals = {IdentityOptions::argument(QStringLiteral("NETWORK"), tr("network name or ID"),
                                                   true)},
         .run = remove},
    };
}

CliResult<void> NetworkCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    NetworkSpec spec;
    spec.name = args.positionals.at(0);
    spec.description = args.value(QStringLiteral("description"));
    spec.project = args.value(QStringLiteral("project"));
    spec.adminStateUp = !args.isSet(QStringLiteral("disable"));
    spec.shared = args.isSet(QStringLiteral("share"));
    spec.external = args.isSet(QStringLiteral("external"));
    // checkChange has vetted --mtu.
    spec.mtu = mtu(args)->value_or(spec.mtu);
    auto created = ctx.engine().networks().create(ctx.request(), spec);
    if (!created)
        return CliError::fromEngine(created.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(*created)));
    return {};
}

CliResult<void> NetworkCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    NetworkFilter filter;
    filter.external = NetworkOptions::choice(args, QStringLiteral("external"), QStringLiteral("internal"));
    filter.project = args.value(QStringLiteral("project"));
    auto networks = ctx.engine().networks().list(ctx.request(), filter);
    if (!networks)
        return CliError::fromEngine(networks.error());
    const QList<Column> columns = listColumns(args.isSet(QStringLiteral("long")));
    QList<Row> rows;
    for (const Network &network : *networks)
        rows.append(NetworkValues::row(columns, fields(network)));
    ctx.printList(columns, rows);
    return {};
}

CliResult<void> NetworkCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto network = ctx.engine().networks().show(ctx.request(), args.positionals.at(0));
    if (!network)
        return CliError::fromEngine(network.error());
    ctx.printOne(showColumns(), NetworkValues::row(showColumns(), fields(*network)));
    return {};
}

CliResult<void> NetworkCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    NetworkUpdate change;
    if (args.isSet(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        change.description = args.value(QStringLiteral("description"));
    change.adminStateUp = NetworkOptions::choice(args, QStringLiteral("enable"), QStringLiteral("disable"));
    change.shared = NetworkOptions::choice(args, QStringLiteral("share"), QStringLiteral("no-share"));
    change.external = NetworkOptions::choice(args, QStringLiteral("external"), QStringLiteral("internal"));
    change.mtu = *mtu(args);
    if (auto r = ctx.engine().networks().update(ctx.request(), args.positionals.at(0), change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> NetworkCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    return deleteEach(ctx, args.positionals, tr("Failed to delete network with name or ID '%1': %2"),
                      tr("%1 of %2 networks failed to delete."), [&ctx](const QString &network) {
                          return ctx.engine().networks().remove(ctx.request(), network);
                      });
}

} // namespace

QList<CommandSpec> networkCommands()
{
    return NetworkCommands::all();
}

} // namespace sd::cli
