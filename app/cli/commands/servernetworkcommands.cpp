// stackctl server add|remove port|network|security group|floating ip SERVER ...: the instance's network
// actions (Horizon's Attach / Detach Interface, Edit Security Groups, Associate / Disassociate Floating IP).

#include "commands.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "network/networkservice.h"
#include "tasks/taskrunner.h"

namespace sd::cli {

namespace {

class ServerNetworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerNetworkCommands)

public:
    static QList<CommandSpec> all();

private:
    // Waits for the task an interface change started (the CLI's calls end when the host is done).
    static CliResult<void> finished(CliContext &ctx, const Result<QString> &task);
    static CliResult<void> done(const Result<void> &r);
    static CliResult<void> addPort(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> addNetwork(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> removePort(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> removeNetwork(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> addSecurityGroup(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> removeSecurityGroup(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> addFloatingIp(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> removeFloatingIp(CliContext &ctx, const ParsedArgs &args);
};

constexpr int kSettleMs = 5000;

CliResult<void> ServerNetworkCommands::finished(CliContext &ctx, const Result<QString> &task)
{
    if (!task)
        return CliError::fromEngine(task.error());
    if (!task->isEmpty())
        if (auto done = ctx.engine().tasks().wait(*task); !done)
            return CliError::fromEngine(done.error());
    return {};
}

CliResult<void> ServerNetworkCommands::done(const Result<void> &r)
{
    if (!r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> ServerNetworkCommands::addPort(CliContext &ctx, const ParsedArgs &args)
{
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    InterfaceRequest request;
    request.port = args.positionals.at(1);
    return finished(ctx,
                    ctx.engine().instances().attachInterface(ctx.request(), args.positionals.at(0), request));
}

CliResult<void> ServerNetworkCommands::addNetwork(CliContext &ctx, const ParsedArgs &args)
{
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    InterfaceRequest request;
    request.network = args.positionals.at(1);
    request.fixedIp = args.value(QStringLiteral("fixed-ip"));
    return finished(ctx,
                    ctx.engine().instances().attachInterface(ctx.request(), args.positionals.at(0), request));
}

CliResult<void> ServerNetworkCommands::removePort(CliContext &ctx, const ParsedArgs &args)
{
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    return finished(ctx, ctx.engine().instances().detachInterface(ctx.request(), args.positionals.at(0),
                                                                  args.positionals.at(1)));
}

// As the OpenStack client: every port of the server on that network goes.
CliResult<void> ServerNetworkCommands::removeNetwork(CliContext &ctx, const ParsedArgs &args)
{
    InstanceService &instances = ctx.engine().instances();
    auto server = instances.show(ctx.request(), args.positionals.at(0));
    if (!server)
        return CliError::fromEngine(server.error());
    auto network = ctx.engine().networks().show(ctx.request(), args.positionals.at(1));
    if (!network)
        return CliError::fromEngine(network.error());
    QStringList ports;
    for (const InstanceAddress &a : server->addresses)
        if (a.networkId == network->id && !a.floating && !ports.contains(a.portId))
            ports << a.portId;
    if (ports.isEmpty())
        return CliError{
            ExitUserError, tr("Server %1 has no port on network %2").arg(server->name, network->name), {}};
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    for (const QString &port : ports)
        if (auto r = finished(ctx, instances.detachInterface(ctx.request(), server->id, port)); !r)
            return r;
    return {};
}

CliResult<void> ServerNetworkCommands::addSecurityGroup(CliContext &ctx, const ParsedArgs &args)
{
    return done(ctx.engine().instances().addSecurityGroup(ctx.request(), args.positionals.at(0),
                                                          args.positionals.at(1)));
}

CliResult<void> ServerNetworkCommands::removeSecurityGroup(CliContext &ctx, const ParsedArgs &args)
{
    return done(ctx.engine().instances().removeSecurityGroup(ctx.request(), args.positionals.at(0),
                                                             args.positionals.at(1)));
}

CliResult<void> ServerNetworkCommands::addFloatingIp(CliContext &ctx, const ParsedArgs &args)
{
    return done(ctx.engine().instances().addFloatingIp(ctx.request(), args.positionals.at(0),
                                                       args.positionals.at(1),
                                                       args.value(QStringLiteral("fixed-ip-address"))));
}

CliResult<void> ServerNetworkCommands::removeFloatingIp(CliContext &ctx, const ParsedArgs &args)
{
    return done(ctx.engine().instances().removeFloatingIp(ctx.request(), args.positionals.at(0),
                                                          args.positionals.at(1)));
}

QList<CommandSpec> ServerNetworkCommands::all()
{
    const PositionalSpec server =
        IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"));
    const auto words = [](const char *verb, const char *what) {
        return QStringList{QStringLiteral("server"), QLatin1String(verb)} +
               QString::fromLatin1(what).split(QLatin1Char(' '));
    };
    return {
        {.words = words("add", "port"),
         .summary = tr("Attach an existing, unused port to a server (hot-plugged while it runs)"),
         .positionals = {server, IdentityOptions::argument(QStringLiteral("PORT"), tr("port name or ID"))},
         .run = addPort},
        {.words = words("add", "network"),
         .summary = tr("Attach a new port on a network to a server (hot-plugged while it runs)"),
         .options = {{.names = {QStringLiteral("--fixed-ip")},
                      .valueName = QStringLiteral("IP"),
                      .help = tr("the new port's address (default: a free one of the network)")}},
         .positionals = {server,
                         IdentityOptions::argument(QStringLiteral("NETWORK"), tr("network name or ID"))},
         .run = addNetwork},
        {.words = words("remove", "port"),
         .summary = tr("Detach a port from a server; a port the server made is deleted"),
         .positionals = {server, IdentityOptions::argument(QStringLiteral("PORT"), tr("port name or ID"))},
         .run = removePort},
        {.words = words("remove", "network"),
         .summary = tr("Detach every port of a server on a network"),
         .positionals = {server,
                         IdentityOptions::argument(QStringLiteral("NETWORK"), tr("network name or ID"))},
         .run = removeNetwork},
        {.words = words("add", "security group"),
         .summary = tr("Add a security group to every port of a server"),
         .positionals = {server,
                         IdentityOptions::argument(QStringLiteral("GROUP"), tr("security group name or ID"))},
         .run = addSecurityGroup},
        {.words = words("remove", "security group"),
         .summary = tr("Remove a security group from every port of a server"),
         .positionals = {server,
                         IdentityOptions::argument(QStringLiteral("GROUP"), tr("security group name or ID"))},
         .run = removeSecurityGroup},
        {.words = words("add", "floating ip"),
         .summary = tr("Associate a floating IP with a server"),
         .options = {{.names = {QStringLiteral("--fixed-ip-address")},
                      .valueName = QStringLiteral("IP"),
                      .help =
                          tr("which of the server's fixed IPs it reaches (default: the first one a router "
                             "links to the floating IP's network)")}},
         .positionals = {server,
                         IdentityOptions::argument(QStringLiteral("IP"), tr("floating IP address or ID"))},
         .run = addFloatingIp},
        {.words = words("remove", "floating ip"),
         .summary = tr("Disassociate a floating IP from a server; the address stays allocated"),
         .positionals = {server,
                         IdentityOptions::argument(QStringLiteral("IP"), tr("floating IP address or ID"))},
         .run = removeFloatingIp},
    };
}

} // namespace

QList<CommandSpec> serverNetworkCommands()
{
    return ServerNetworkCommands::all();
}

} // namespace sd::cli
