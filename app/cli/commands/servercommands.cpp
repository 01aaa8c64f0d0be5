// stackctl server create|list|show|delete|set|unset, server event list, console log show

#include "commands.h"

#include "clicontext.h"
#include "deleteeach.h"
#include "identityoptions.h"
#include "servercolumns.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QFile>

namespace sd::cli {

namespace {

// How long --wait waits for a build or a delete (TCG guests on a busy host are slow to start).
constexpr int kWaitMs = 600000;
// Hosts answer their first connection attempt within this (a dead one is reported as down).
constexpr int kSettleMs = 5000;

class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerCommands)

public:
    static QList<CommandSpec> all();

private:
    static CliResult<QMap<QString, QString>> pairs(const ParsedArgs &args, const QString &key);
    static CliResult<QList<NicRequest>> nics(const ParsedArgs &args);
    static CliResult<QString> groupHint(const ParsedArgs &args);
    static CliResult<void> checkCreate(const ParsedArgs &args);
    static QList<Column> eventColumns();

    static CliResult<void> create(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> list(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> show(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> remove(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> set(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> unset(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> events(CliContext &ctx, const ParsedArgs &args);
    static CliResult<void> consoleLog(CliContext &ctx, const ParsedArgs &args);
};

CliResult<QMap<QString, QString>> ServerCommands::pairs(const ParsedArgs &args, const QString &key)
{
    QMap<QString, QString> map;
    for (const QString &pair : args.values(key)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return CliError::usage(tr("--%1: '%2' is not KEY=VALUE").arg(key, pair));
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

CliResult<QList<NicRequest>> ServerCommands::nics(const ParsedArgs &args)
{
    QList<NicRequest> list;
    for (const QString &net : args.values(QStringLiteral("network")))
        list.append({net, {}, {}});
    for (const QString &port : args.values(QStringLiteral("port")))
        list.append({{}, {}, port});
    // --nic net-id=NET[,v4-fixed-ip=IP] | port-id=PORT, as the OpenStack client.
    for (const QString &nic : args.values(QStringLiteral("nic"))) {
        NicRequest r;
        for (const QString &part : nic.split(QLatin1Char(','))) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            const QString value = part.section(QLatin1Char('='), 1);
            if (key == QLatin1String("net-id"))
                r.network = value;
            else if (key == QLatin1String("v4-fixed-ip") || key == QLatin1String("v6-fixed-ip"))
                r.fixedIp = value;
            else if (key == QLatin1String("port-id"))
                r.port = value;
            else
                return CliError::usage(
                    tr("--nic: '%1' is not net-id=NET[,v4-fixed-ip=IP] or port-id=PORT").arg(nic));
        }
        if (r.network.isEmpty() == r.port.isEmpty())
            return CliError::usage(tr("--nic: '%1' needs either net-id or port-id").arg(nic));
        if (!r.port.isEmpty() && !r.fixedIp.isEmpty())
            return CliError::usage(tr("--nic: '%1': a fixed IP goes with net-id, not port-id").arg(nic));
        list.append(r);
    }
    return list;
}

CliResult<QString> ServerCommands::groupHint(const ParsedArgs &args)
{
    QString group;
    for (const QString &hint : args.values(QStringLiteral("hint"))) {
        if (!hint.startsWith(QLatin1String("group=")) || hint.size() == 6)
            return CliError::usage(tr("--hint: '%1': the hint StackDesk knows is group=SERVER_GROUP").arg(hint));
        group = hint.mid(6);
    }
    return group;
}

CliResult<void> ServerCommands::checkCreate(const ParsedArgs &args)
{
    // One boot source, as the OpenStack client: --image (with --boot-from-volume SIZE for a new root
    // volume), --volume, or --snapshot (a volume snapshot, copied to a new root volume).
    const int sources = int(args.isSet(QStringLiteral("image"))) + int(args.isSet(QStringLiteral("volume"))) +
                        int(args.isSet(QStringLiteral("snapshot")));
    if (sources != 1)
        return CliError::usage(tr("server create: give exactly one boot source: --image, --volume or --snapshot"));
    if (args.isSet(QStringLiteral("boot-from-volume")) && !args.isSet(QStringLiteral("image")))
        return CliError::usage(tr("--boot-from-volume goes with --image: it copies the image to a new root volume"));
    if (args.isSet(QStringLiteral("volume-type")) && args.isSet(QStringLiteral("volume")))
        return CliError::usage(tr("--volume-type is for a new root volume (--boot-from-volume or --snapshot), not --volume"));
    if (args.isSet(QStringLiteral("volume-type")) && args.isSet(QStringLiteral("image")) &&
        !args.isSet(QStringLiteral("boot-from-volume")))
        return CliError::usage(tr("--volume-type goes with --boot-from-volume"));
    if (args.isSet(QStringLiteral("delete-on-termination")) && args.isSet(QStringLiteral("image")) &&
        !args.isSet(QStringLiteral("boot-from-volume")))
        return CliError::usage(tr("--delete-on-termination is for a root volume: add --boot-from-volume SIZE, or "
                                  "boot from --volume or --snapshot"));
    if (auto size = args.integer(QStringLiteral("boot-from-volume")); !size)
        return size.error();
    else if (size->has_value() && (**size < 1 || **size > 16384))
        return CliError::usage(tr("--boot-from-volume: %1 GiB is not 1 to 16384 GiB").arg(**size));
    for (const char *key : {"property"})
        if (auto p = pairs(args, QLatin1String(key)); !p)
            return p.error();
    if (auto n = nics(args); !n)
        return n.error();
    if (auto g = groupHint(args); !g)
        return g.error();
    for (const char *key : {"min", "max"})
        if (auto v = args.integer(QLatin1String(key)); !v)
            return v.error();
        else if (v->has_value() && (**v < 1 || **v > 1000))
            return CliError::usage(tr("--%1: %2 is not 1 to 1000").arg(QLatin1String(key)).arg(**v));
    return {};
}

QList<Column> ServerCommands::eventColumns()
{
    // Nova's instance actions, as `openstack server event list` prints them.
    return {{QStringLiteral("request_id"), tr("Request ID")}, {QStringLiteral("action"), tr("Action")},
            {QStringLiteral("start_time"), tr("Start Time")},  {QStringLiteral("user"), tr("User")},
            {QStringLiteral("outcome"), tr("Outcome")},        {QStringLiteral("message"), tr("Message")}};
}

QList<CommandSpec> ServerCommands::all()
{
    const QString server = QStringLiteral("server");
    const PositionalSpec existing = IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"));
    // The engine runs inside stackctl, so stackctl always stays until the build has ended; --wait is
    // accepted for the OpenStack client's scripts.
    const OptionSpec wait{.names = {QStringLiteral("--wait")},
                          .help = tr("wait until the instance is built (stackctl always does: the build runs in it)")};
    const OptionSpec property{.names = {QStringLiteral("--property")},
                              .valueName = QStringLiteral("KEY=VALUE"),
                              .help = tr("metadata to set (repeatable)"),
                              .repeatable = true};
    return {
        {.words = {server, QStringLiteral("create")},
         .summary = tr("Launch an instance (or several with --min/--max)"),
         .options =
             {
                 {.names = {QStringLiteral("--flavor")}, .valueName = QStringLiteral("FLAVOR"), .help = tr("its size"), .required = true},
                 {.names = {QStringLiteral("--image")}, .valueName = QStringLiteral("IMAGE"), .help = tr("the image to boot")},
                 {.names = {QStringLiteral("--volume")},
                  .valueName = QStringLiteral("VOLUME"),
                  .help = tr("boot from this available, bootable volume (it becomes the root disk)")},
                 {.names = {QStringLiteral("--snapshot")},
                  .valueName = QStringLiteral("SNAPSHOT"),
                  .help = tr("boot from a new volume made from this volume snapshot")},
                 {.names = {QStringLiteral("--boot-from-volume")},
                  .valueName = QStringLiteral("SIZE"),
                  .help = tr("with --image: copy the image to a new root volume of SIZE GiB"),
                  .kind = ValueKind::Integer},
                 {.names = {QStringLiteral("--volume-type")},
                  .valueName = QStringLiteral("TYPE"),
                  .help = tr("the new root volume's type (default: the default type)")},
                 {.names = {QStringLiteral("--delete-on-termination")},
                  .help = tr("delete the root volume with the instance (default: keep it)")},
                 {.names = {QStringLiteral("--network")},
                  .valueName = QStringLiteral("NETWORK"),
                  .help = tr("a network to attach (repeatable; NIC order)"),
                  .repeatable = true},
                 {.names = {QStringLiteral("--nic")},
                  .valueName = QStringLiteral("net-id=NET[,v4-fixed-ip=IP]|port-id=PORT"),
                  .help = tr("a NIC with a fixed IP or an existing port (repeatable)"),
                  .repeatable = true},
                 {.names = {QStringLiteral("--port")},
                  .valueName = QStringLiteral("PORT"),
                  .help = tr("an existing, unused port (repeatable)"),
                  .repeatable = true},
                 {.names = {QStringLiteral("--security-group")},
                  .valueName = QStringLiteral("GROUP"),
                  .help = tr("security group for its new ports (repeatable; default: default)"),
                  .repeatable = true},
                 {.names = {QStringLiteral("--key-name")}, .valueName = QStringLiteral("KEYPAIR"), .help = tr("your key pair to inject")},
                 {.names = {QStringLiteral("--user-data")},
                  .valueName = QStringLiteral("FILE"),
                  .help = tr("user data (cloud-init) file, at most 64 KiB")},
                 {.names = {QStringLiteral("--password")},
                  .valueName = QStringLiteral("PASSWORD"),
                  .help = tr("admin password, passed to the guest in its seed")},
                 {.names = {QStringLiteral("--availability-zone")}, .valueName = QStringLiteral("ZONE"), .help = tr("where to place it")},
                 {.names = {QStringLiteral("--host")}, .valueName = QStringLiteral("HOST"), .help = tr("the host (administrators only)")},
                 {.names = {QStringLiteral("--min")}, .valueName = QStringLiteral("N"), .help = tr("launch at least N"), .kind = ValueKind::Integer},
                 {.names = {QStringLiteral("--max")}, .valueName = QStringLiteral("N"), .help = tr("launch at most N"), .kind = ValueKind::Integer},
                 {.names = {QStringLiteral("--hint")},
                  .valueName = QStringLiteral("group=SERVER_GROUP"),
                  .help = tr("scheduler hint: the server group"),
                  .repeatable = true},
                 {.names = {QStringLiteral("--description")}, .valueName = QStringLiteral("TEXT"), .help = tr("what it is for")},
                 property,
                 wait,
             },
         .positionals = {IdentityOptions::argument(QStringLiteral("NAME"), tr("name of the new instance"))},
         .columns = ServerColumns::show(),
         .run = create,
         .check = checkCreate},
        {.words = {server, QStringLiteral("list")},
         .summary = tr("List instances"),
         .options = {{.names = {QStringLiteral("--all-projects")}, .help = tr("every project's (administrators only)")},
                     {.names = {QStringLiteral("--project")}, .valueName = QStringLiteral("PROJECT"), .help = tr("one project's (administrators only)")},
                     {.names = {QStringLiteral("--host")}, .valueName = QStringLiteral("HOST"), .help = tr("one host's (administrators only)")},
                     {.names = {QStringLiteral("--status")}, .valueName = QStringLiteral("STATUS"), .help = tr("ACTIVE, SHUTOFF, ERROR, ...")},
                     {.names = {QStringLiteral("--name")}, .valueName = QStringLiteral("REGEX"), .help = tr("names matching a regular expression")},
                     {.names = {QStringLiteral("--long")}, .help = tr("also show states, zone, host, project and properties")}},
         .columns = ServerColumns::list(true),
         .run = list},
        {.words = {server, QStringLiteral("show")},
         .summary = tr("Show one instance"),
         .positionals = {existing},
         .columns = ServerColumns::show(),
         .run = show},
        {.words = {server, QStringLiteral("delete")},
         .summary = tr("Delete instances: their ports, addresses, disks and claims go with them"),
         .options = {{.names = {QStringLiteral("--wait")}, .help = tr("wait until they are gone")}},
         .positionals = {IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"), true)},
         .run = remove},
        {.words = {server, QStringLiteral("set")},
         .summary = tr("Rename an instance, describe it, or set its metadata"),
         .options = {{.names = {QStringLiteral("--name")}, .valueName = QStringLiteral("NAME"), .help = tr("new name")},
                     {.names = {QStringLiteral("--description")}, .valueName = QStringLiteral("TEXT"), .help = tr("new description")},
                     property},
         .positionals = {existing},
         .run = set,
         .check =
             [](const ParsedArgs &args) -> CliResult<void> {
                 if (auto r = IdentityOptions::checkAnyOf(args, QStringLiteral("server set"),
                                                          {QStringLiteral("name"), QStringLiteral("description"),
                                                           QStringLiteral("property")});
                     !r)
                     return r;
                 if (auto p = pairs(args, QStringLiteral("property")); !p)
                     return p.error();
                 return {};
             }},
        {.words = {server, QStringLiteral("unset")},
         .summary = tr("Remove metadata keys or the description of an instance"),
         .options = {{.names = {QStringLiteral("--property")},
                      .valueName = QStringLiteral("KEY"),
                      .help = tr("metadata key to remove (repeatable)"),
                      .repeatable = true},
                     {.names = {QStringLiteral("--description")}, .help = tr("clear the description")}},
         .positionals = {existing},
         .run = unset,
         .check =
             [](const ParsedArgs &args) {
                 return IdentityOptions::checkAnyOf(args, QStringLiteral("server unset"),
                                                    {QStringLiteral("property"), QStringLiteral("description")});
             }},
        {.words = {server, QStringLiteral("event"), QStringLiteral("list")},
         .summary = tr("The action log of an instance"),
         .positionals = {existing},
         .columns = eventColumns(),
         .run = events},
        {.words = {QStringLiteral("console"), QStringLiteral("log"), QStringLiteral("show")},
         .summary = tr("The last lines of an instance's serial console"),
         .options = {{.names = {QStringLiteral("--lines")},
                      .valueName = QStringLiteral("N"),
                      .help = tr("how many lines (default 100)"),
                      .kind = ValueKind::Integer}},
         .positionals = {existing},
         .run = consoleLog},
    };
}

CliResult<void> ServerCommands::create(CliContext &ctx, const ParsedArgs &args)
{
    LaunchSpec spec;
    spec.name = args.positionals.at(0);
    spec.flavor = args.value(QStringLiteral("flavor"));
    spec.image = args.value(QStringLiteral("image"));
    if (args.isSet(QStringLiteral("volume"))) {
        spec.bootSource = BootSource::Volume;
        spec.bootVolume = args.value(QStringLiteral("volume"));
    } else if (args.isSet(QStringLiteral("snapshot"))) {
        spec.bootSource = BootSource::VolumeSnapshot;
        spec.bootSnapshot = args.value(QStringLiteral("snapshot"));
    }
    spec.newVolume = args.isSet(QStringLiteral("boot-from-volume"));
    spec.newVolumeSizeGb = args.integer(QStringLiteral("boot-from-volume"))->value_or(0);
    spec.newVolumeType = args.value(QStringLiteral("volume-type"));
    spec.deleteVolumeOnTermination = args.isSet(QStringLiteral("delete-on-termination"));
    spec.nics = *nics(args);
    spec.securityGroups = args.values(QStringLiteral("security-group"));
    spec.keyName = args.value(QStringLiteral("key-name"));
    spec.adminPassword = args.value(QStringLiteral("password"));
    spec.availabilityZone = args.value(QStringLiteral("availability-zone"));
    spec.host = args.value(QStringLiteral("host"));
    spec.description = args.value(QStringLiteral("description"));
    spec.serverGroup = *groupHint(args);
    spec.metadata = *pairs(args, QStringLiteral("property"));
    spec.minCount = int(args.integer(QStringLiteral("min"))->value_or(1));
    spec.maxCount = int(args.integer(QStringLiteral("max"))->value_or(spec.minCount));
    if (spec.maxCount < spec.minCount)
        return CliError::usage(tr("--max %1 is below --min %2").arg(spec.maxCount).arg(spec.minCount));
    if (args.isSet(QStringLiteral("user-data"))) {
        QFile f(args.value(QStringLiteral("user-data")));
        if (!f.open(QIODevice::ReadOnly))
            return CliError{ExitUserError, tr("--user-data %1: cannot be read: %2").arg(f.fileName(), f.errorString()), {}};
        spec.userData = f.read(qint64(64) * 1024 + 1);
    }
    // The scheduler places on hosts that are up: let them answer first.
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    auto made = ctx.engine().instances().launch(ctx.request(), spec);
    if (!made)
        return CliError::fromEngine(made.error());
    QList<Instance> shown = *made;
    for (Instance &i : shown)
        if (auto settled = ctx.engine().instances().waitUntilSettled(i.id, kWaitMs))
            i = *settled;
    for (const Instance &i : shown)
        ctx.printOne(ServerColumns::show(), ServerColumns::showRow(i));
    for (const Instance &i : shown)
        if (i.vmState == VmState::Error)
            return CliError{ExitUserError, tr("Error creating server %1: %2").arg(i.name, i.fault.message), i.fault.details};
    return {};
}

CliResult<void> ServerCommands::list(CliContext &ctx, const ParsedArgs &args)
{
    InstanceListFilter filter;
    filter.allProjects = args.isSet(QStringLiteral("all-projects"));
    filter.project = args.value(QStringLiteral("project"));
    filter.host = args.value(QStringLiteral("host"));
    filter.status = args.value(QStringLiteral("status"));
    filter.nameRegex = args.value(QStringLiteral("name"));
    auto instances = ctx.engine().instances().list(ctx.request(), filter);
    if (!instances)
        return CliError::fromEngine(instances.error());
    QList<Row> rows;
    for (const Instance &i : *instances)
        rows.append(ServerColumns::listRow(i));
    ctx.printList(ServerColumns::list(args.isSet(QStringLiteral("long"))), rows);
    return {};
}

CliResult<void> ServerCommands::show(CliContext &ctx, const ParsedArgs &args)
{
    auto i = ctx.engine().instances().show(ctx.request(), args.positionals.at(0));
    if (!i)
        return CliError::fromEngine(i.error());
    ctx.printOne(ServerColumns::show(), ServerColumns::showRow(*i));
    return {};
}

CliResult<void> ServerCommands::remove(CliContext &ctx, const ParsedArgs &args)
{
    const bool wait = args.isSet(QStringLiteral("wait"));
    InstanceService &instances = ctx.engine().instances();
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    return deleteEach(ctx, args.positionals, tr("Failed to delete server with name or ID '%1': %2"),
                      tr("%1 of %2 servers failed to delete."), [&](const QString &name) -> Result<void> {
                          auto shown = instances.show(ctx.request(), name);
                          if (!shown)
                              return shown.error();
                          auto task = instances.remove(ctx.request(), name);
                          if (!task)
                              return task.error();
                          // Without --wait the delete still runs to its end: stackctl waits for its tasks before
                          // it exits, as for every host change.
                          if (!task->isEmpty()) {
                              auto done = ctx.engine().tasks().wait(*task);
                              if (!done)
                                  return done.error();
                          }
                          if (wait)
                              if (auto settled = instances.waitUntilSettled(shown->id, kWaitMs); !settled)
                                  return settled.error();
                          return {};
                      });
}

CliResult<void> ServerCommands::set(CliContext &ctx, const ParsedArgs &args)
{
    InstanceUpdate u;
    if (args.isSet(QStringLiteral("name")))
        u.name = args.value(QStringLiteral("name"));
    if (args.isSet(QStringLiteral("description")))
        u.description = args.value(QStringLiteral("description"));
    u.setMetadata = *pairs(args, QStringLiteral("property"));
    if (auto r = ctx.engine().instances().update(ctx.request(), args.positionals.at(0), u); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> ServerCommands::unset(CliContext &ctx, const ParsedArgs &args)
{
    InstanceUpdate u;
    if (args.isSet(QStringLiteral("description")))
        u.description = QString();
    u.unsetMetadata = args.values(QStringLiteral("property"));
    if (auto r = ctx.engine().instances().update(ctx.request(), args.positionals.at(0), u); !r)
        return CliError::fromEngine(r.error());
    return {};
}

CliResult<void> ServerCommands::events(CliContext &ctx, const ParsedArgs &args)
{
    auto list = ctx.engine().instances().events(ctx.request(), args.positionals.at(0));
    if (!list)
        return CliError::fromEngine(list.error());
    QList<Row> rows;
    for (const ActionLogEntry &e : *list)
        rows.append({e.requestId, e.action, e.startedAt, e.userName, e.outcome, e.message});
    ctx.printList(eventColumns(), rows);
    return {};
}

CliResult<void> ServerCommands::consoleLog(CliContext &ctx, const ParsedArgs &args)
{
    auto lines = args.integer(QStringLiteral("lines"));
    if (!lines)
        return lines.error();
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    auto task = ctx.engine().instances().consoleLog(ctx.request(), args.positionals.at(0), int(lines->value_or(100)));
    if (!task)
        return CliError::fromEngine(task.error());
    auto text = ctx.engine().tasks().wait(*task);
    if (!text)
        return CliError::fromEngine(text.error());
    ctx.out() << text->toString() << '\n';
    return {};
}

} // namespace

QList<CommandSpec> serverCommands()
{
    return ServerCommands::all();
}

} // namespace sd::cli
