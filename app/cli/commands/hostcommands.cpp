// stackctl host list|show|add|remove|enable|disable|set

#include "commands.h"

#include "clicontext.h"
#include "hostcolumns.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "tasks/taskrunner.h"

namespace sd::cli {

namespace {

// Reads wait this long for every host's first connection, so `state` says up or down, not connecting.
constexpr int settleTimeoutMs = 5000;

class HostCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::HostCommands)

public:
    static QList<CommandSpec> all();

private:
    static QList<OptionSpec> capacityOptions();
    static PositionalSpec hostArgument() { return {QStringLiteral("HOST"), tr("host name or ID")}; }

    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> add(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> enable(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> disable(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> checkSet(const ParsedArgs &args);
    static CliResult<void> printHost(CliContext &ctx, const QString &nameOrId);
};

QList<OptionSpec> HostCommands::capacityOptions()
{
    return {
        {.names = {QStringLiteral("--availability-zone")},
         .valueName = QStringLiteral("AZ"),
         .help = tr("availability zone (default: nova)")},
        {.names = {QStringLiteral("--cpu-allocation-ratio")},
         .valueName = QStringLiteral("RATIO"),
         .help = tr("vCPUs per physical CPU (default: 16.0)"),
         .kind = ValueKind::Number},
        {.names = {QStringLiteral("--ram-allocation-ratio")},
         .valueName = QStringLiteral("RATIO"),
         .help = tr("RAM overcommit (default: 1.5)"),
         .kind = ValueKind::Number},
        {.names = {QStringLiteral("--disk-allocation-ratio")},
         .valueName = QStringLiteral("RATIO"),
         .help = tr("disk overcommit (default: 1.0)"),
         .kind = ValueKind::Number},
        {.names = {QStringLiteral("--reserved-host-memory-mb")},
         .valueName = QStringLiteral("MB"),
         .help = tr("RAM in MB kept for the host itself (default: 512)"),
         .kind = ValueKind::Integer},
        {.names = {QStringLiteral("--reserved-host-disk-mb")},
         .valueName = QStringLiteral("MB"),
         .help = tr("disk in MB kept for the host itself (default: 0)"),
         .kind = ValueKind::Integer},
    };
}

QList<CommandSpec> HostCommands::all()
{
    const QString host = QStringLiteral("host");
    const OptionSpec uri{.names = {QStringLiteral("--uri")},
                         .valueName = QStringLiteral("URI"),
                         .help = tr("libvirt URI, e.g. qemu+ssh://root@host/system or test:///default"),
                         .required = true};
    const OptionSpec force{.names = {QStringLiteral("--force")},
                           .help = tr("remove even if the host is down and cannot be checked")};
    const OptionSpec reason{.names = {QStringLiteral("--reason")},
                            .valueName = QStringLiteral("TEXT"),
                            .help = tr("why the host is disabled, shown with it")};
    const OptionSpec name{.names = {QStringLiteral("--name")},
                          .valueName = QStringLiteral("NAME"),
                          .help = tr("new host name")};
    return {
        {.words = {host, QStringLiteral("list")},
         .summary = tr("List hosts with their state and capacity"),
         .columns = HostColumns::columns(),
         .run = list},
        {.words = {host, QStringLiteral("show")},
         .summary = tr("Show one host in detail"),
         .positionals = {hostArgument()},
         .columns = HostColumns::columns(),
         .run = show},
        {.words = {host, QStringLiteral("add")},
         .summary = tr("Add a libvirt host; it is stored only once libvirt answers"),
         .options = QList<OptionSpec>{uri} + capacityOptions(),
         .positionals = {{QStringLiteral("NAME"), tr("name of the new host, e.g. compute-4")}},
         .columns = HostColumns::columns(),
         .run = add},
        {.words = {host, QStringLiteral("remove")},
         .summary = tr("Remove a host; refused while StackDesk's domains are on it"),
         .options = {force},
         .positionals = {hostArgument()},
         .run = remove},
        {.words = {host, QStringLiteral("enable")},
         .summary = tr("Let the scheduler place instances on a host"),
         .positionals = {hostArgument()},
         .run = enable},
        {.words = {host, QStringLiteral("disable")},
         .summary = tr("Keep the scheduler away from a host"),
         .options = {reason},
         .positionals = {hostArgument()},
         .run = disable},
        {.words = {host, QStringLiteral("set")},
         .summary = tr("Change a host's name, zone, ratios or reserves"),
         .options = QList<OptionSpec>{name} + capacityOptions(),
         .positionals = {hostArgument()},
         .run = set,
         .check = checkSet},
    };
}

CliResult<void> HostCommands::list(CliContext &ctx, const ParsedArgs &)
{
    ctx.engine().hosts().waitUntilSettled(settleTimeoutMs);
    auto hosts = ctx.engine().hosts().list(ctx.request());
    if (!hosts)
        return CliError::fromEngine(hosts.error());
    QList<Row> rows;
    for (const HostInfo &info : hosts.value())
        rows.append(HostColumns::row(info));
    ctx.printList(HostColumns::columns(), rows);
    return {};
}

CliResult<void> HostCommands::printHost(CliContext &ctx, const QString &nameOrId)
{
    ctx.engine().hosts().waitUntilSettled(settleTimeoutMs);
    auto info = ctx.engine().hosts().show(ctx.request(), nameOrId);
    if (!info)
        return CliError::fromEngine(info.error());
    ctx.printOne(HostColumns::columns(), HostColumns::row(info.value()));
    return {};
}

CliResult<void> HostCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    return printHost(ctx, args.positionals.at(0));
}

CliResult<void> HostCommands::add(CliContext &ctx, const ParsedArgs &args)
{
    HostSpec spec;
    spec.name = args.positionals.at(0);
    spec.uri = args.value(QStringLiteral("uri"));
    if (args.isSet(QStringLiteral("availability-zone")))
        spec.availabilityZone = args.value(QStringLiteral("availability-zone"));
    // The command line checked every number already, so these cannot fail here.
    spec.cpuAllocationRatio =
        args.number(QStringLiteral("cpu-allocation-ratio"))->value_or(spec.cpuAllocationRatio);
    spec.ramAllocationRatio =
        args.number(QStringLiteral("ram-allocation-ratio"))->value_or(spec.ramAllocationRatio);
    spec.diskAllocationRatio =
        args.number(QStringLiteral("disk-allocation-ratio"))->value_or(spec.diskAllocationRatio);
    spec.reservedHostMemoryMb =
        args.integer(QStringLiteral("reserved-host-memory-mb"))->value_or(spec.reservedHostMemoryMb);
    spec.reservedHostDiskMb =
        args.integer(QStringLiteral("reserved-host-disk-mb"))->value_or(spec.reservedHostDiskMb);

    auto task = ctx.engine().hosts().add(ctx.request(), spec);
    if (!task)
        return CliError::fromEngine(task.error());
    auto done = ctx.engine().tasks().wait(task.value());
    if (!done)
        return CliError::fromEngine(done.error());
    return printHost(ctx, done.value().toString());
}

CliResult<void> HostCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    // The removal asks the host for StackDesk's domains, so its connection must have had its chance first.
    ctx.engine().hosts().waitUntilSettled(settleTimeoutMs);
    auto task = ctx.engine().hosts().remove(ctx.request(), args.positionals.at(0),
                                            args.isSet(QStringLiteral("force")));
    if (!task)
        return CliError::fromEngine(task.error());
    if (auto done = ctx.engine().tasks().wait(task.value()); !done)
        return CliError::fromEngine(done.error());
    return {};
}

CliResult<void> HostCommands::enable(CliContext &ctx, const ParsedArgs &args)
{
    if (auto r = ctx.engine().hosts().enable(ctx.request(), args.positionals.at(0)); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> HostCommands::disable(CliContext &ctx, const ParsedArgs &args)
{
    const QString reason = args.value(QStringLiteral("reason"));
    if (auto r = ctx.engine().hosts().disable(ctx.request(), args.positionals.at(0), reason); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> HostCommands::checkSet(const ParsedArgs &args)
{
    static const QStringList keys = {
        QStringLiteral("name"),
        QStringLiteral("availability-zone"),
        QStringLiteral("cpu-allocation-ratio"),
        QStringLiteral("ram-allocation-ratio"),
        QStringLiteral("disk-allocation-ratio"),
        QStringLiteral("reserved-host-memory-mb"),
        QStringLiteral("reserved-host-disk-mb"),
    };
    for (const QString &key : keys)
        if (args.isSet(key))
            return {};
    return CliError::usage(
        tr("host set: nothing to change; give at least one of --%1").arg(keys.join(QStringLiteral(", --"))));
}

CliResult<void> HostCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    HostUpdate change;
    if (args.isSet(QStringLiteral("name")))
        change.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("availability-zone")))
        change.availabilityZone = args.value(QStringLiteral("availability-zone"));
    change.cpuAllocationRatio = *args.number(QStringLiteral("cpu-allocation-ratio"));
    change.ramAllocationRatio = *args.number(QStringLiteral("ram-allocation-ratio"));
    change.diskAllocationRatio = *args.number(QStringLiteral("disk-allocation-ratio"));
    change.reservedHostMemoryMb = *args.integer(QStringLiteral("reserved-host-memory-mb"));
    change.reservedHostDiskMb = *args.integer(QStringLiteral("reserved-host-disk-mb"));
    if (auto r = ctx.engine().hosts().update(ctx.request(), args.positionals.at(0), change); !r)
        return CliError::fromEngine(r.error());
    return {};
}

} // namespace

QList<CommandSpec> hostCommands()
{
    return HostCommands::all();
}

} // namespace sd::cli
