#include "networkoptions.h"

#include "identityoptions.h"

namespace sd::cli {

namespace {

// A port number as a user types it: decimal digits only ("0x16", " 22" and "+22" are typing mistakes).
std::optional<int> portNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const QChar c : text)
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    return text.toInt();
}

} // namespace

OptionSpec NetworkOptions::name(const QString &help)
{
    return {.names = {QStringLiteral("--name")}, .valueName = QStringLiteral("NAME"), .help = help};
}

OptionSpec NetworkOptions::description(const QString &help)
{
    return {
        .names = {QStringLiteral("--description")}, .valueName = QStringLiteral("DESCRIPTION"), .help = help};
}

OptionSpec NetworkOptions::project(const QString &help)
{
    return {.names = {QStringLiteral("--project")}, .valueName = QStringLiteral("PROJECT"), .help = help};
}

OptionSpec NetworkOptions::longList(const QString &help)
{
    return {.names = {QStringLiteral("--long")}, .help = help};
}

OptionSpec NetworkOptions::network(const QString &help, bool required)
{
    return {.names = {QStringLiteral("--network")},
            .valueName = QStringLiteral("NETWORK"),
            .help = help,
            .required = required};
}

QList<OptionSpec> NetworkOptions::adminState(const QString &enableHelp, const QString &disableHelp)
{
    return pair(QStringLiteral("enable"), enableHelp, QStringLiteral("disable"), disableHelp);
}

QList<OptionSpec> NetworkOptions::pair(const QString &on, const QString &onHelp, const QString &off,
                                       const QString &offHelp)
{
    return {{.names = {QStringLiteral("--") + on}, .help = onHelp},
            {.names = {QStringLiteral("--") + off}, .help = offHelp}};
}

std::optional<bool> NetworkOptions::choice(const ParsedArgs &args, const QString &on, const QString &off)
{
    if (args.isSet(on))
        return true;
    if (args.isSet(off))
        return false;
    return std::nullopt;
}

CliResult<void> NetworkOptions::checkPairs(const ParsedArgs &args,
                                           const QList<QPair<QString, QString>> &pairs)
{
    for (const auto &p : pairs)
        if (auto r = IdentityOptions::checkExclusive(args, p.first, p.second); !r)
            return r;
    return {};
}

CliResult<QMap<QString, QString>> NetworkOptions::keyValues(const QString &option, const QString &text,
                                                            const QStringList &required,
                                                            const QStringList &optional,
                                                            const QString &expected)
{
    const auto refuse = [&](const QString &why) {
        return CliError::usage(tr("%1 %2: %3").arg(option, text, why));
    };
    QMap<QString, QString> values;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq < 0)
            return refuse(tr("expected %1").arg(expected));
        const QString key = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        if (!required.contains(key) && !optional.contains(key))
            return refuse(tr("unknown key '%1'; expected %2").arg(key, expected));
        if (values.contains(key))
            return refuse(tr("'%1' is given twice").arg(key));
        if (value.isEmpty())
            return refuse(tr("'%1' has no value; expected %2").arg(key, expected));
        values.insert(key, value);
    }
    for (const QString &key : required)
        if (!values.contains(key))
            return refuse(tr("expected %1").arg(expected));
    return values;
}

CliResult<QList<AllocationPool>> NetworkOptions::allocationPools(const ParsedArgs &args)
{
    QList<AllocationPool> pools;
    for (const QString &text : args.values(QStringLiteral("allocation-pool"))) {
        auto kv = keyValues(QStringLiteral("--allocation-pool"), text,
                            {QStringLiteral("start"), QStringLiteral("end")}, {},
                            QStringLiteral("start=IP,end=IP"));
        if (!kv)
            return kv.error();
        pools.append({kv->value(QStringLiteral("start")), kv->value(QStringLiteral("end"))});
    }
    return pools;
}

CliResult<QList<HostRoute>> NetworkOptions::hostRoutes(const ParsedArgs &args)
{
    QList<HostRoute> routes;
    for (const QString &text : args.values(QStringLiteral("host-route"))) {
        auto kv = keyValues(QStringLiteral("--host-route"), text,
                            {QStringLiteral("destination"), QStringLiteral("gateway")}, {},
                            QStringLiteral("destination=CIDR,gateway=IP"));
        if (!kv)
            return kv.error();
        routes.append({kv->value(QStringLiteral("destination")), kv->value(QStringLiteral("gateway"))});
    }
    return routes;
}

CliResult<QList<FixedIpRequest>> NetworkOptions::fixedIps(const ParsedArgs &args)
{
    QList<FixedIpRequest> requests;
    const QString expected = QStringLiteral("subnet=SUBNET,ip-address=IP");
    for (const QString &text : args.values(QStringLiteral("fixed-ip"))) {
        auto kv = keyValues(QStringLiteral("--fixed-ip"), text, {},
                            {QStringLiteral("subnet"), QStringLiteral("ip-address")}, expected);
        if (!kv)
            return kv.error();
        // Neither key says nothing; "any address" is what leaving out --fixed-ip means.
        if (kv->isEmpty())
            return CliError::usage(tr("--fixed-ip %1: expected %2").arg(text, expected));
        requests.append({kv->value(QStringLiteral("subnet")), kv->value(QStringLiteral("ip-address"))});
    }
    return requests;
}

CliResult<int> NetworkOptions::ipVersion(const ParsedArgs &args)
{
    if (!args.isSet(QStringLiteral("ip-version")))
        return 0;
    const QString text = args.value(QStringLiteral("ip-version"));
    if (text == QLatin1String("4") || text == QLatin1String("6"))
        return text.toInt();
    return CliError::usage(tr("--ip-version %1: expected 4 or 6").arg(text));
}

CliResult<std::optional<PortRange>> NetworkOptions::portRange(const ParsedArgs &args)
{
    if (!args.isSet(QStringLiteral("dst-port")))
        return std::optional<PortRange>();
    const QString text = args.value(QStringLiteral("dst-port"));
    const QStringList parts = text.split(QLatin1Char(':'));
    const std::optional<int> first = portNumber(parts.value(0));
    const std::optional<int> last = parts.size() == 2 ? portNumber(parts.at(1)) : first;
    if (parts.size() > 2 || !first || !last)
        return CliError::usage(
            tr("--dst-port %1: expected PORT or PORT:PORT, such as 22 or 8000:8080").arg(text));
    // Well formed but backwards: refused like any other bad rule (exit 1), with the same words.
    if (*first > *last)
        return CliError{
            ExitUserError, tr("--dst-port %1: the first port must not be above the last").arg(text), {}};
    return std::optional<PortRange>(PortRange{*first, *last});
}

CliResult<std::optional<QString>> NetworkOptions::protocol(const ParsedArgs &args)
{
    if (!args.isSet(QStringLiteral("protocol")))
        return std::optional<QString>();
    const QString text = args.value(QStringLiteral("protocol"));
    const QString name = text.toLower();
    static const QStringList names = {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
                                      QStringLiteral("icmpv6"), QStringLiteral("any")};
    if (names.contains(name))
        return std::optional<QString>(name == QLatin1String("any") ? QString() : name);
    // A protocol number; whether it is 0-255 is the engine's to say.
    if (portNumber(name))
        return std::optional<QString>(name);
    return CliError::usage(
        tr("--protocol %1: expected tcp, udp, icmp, icmpv6, any or a protocol number 0-255").arg(text));
}

CliResult<std::optional<QString>> NetworkOptions::ethertype(const ParsedArgs &args)
{
    if (!args.isSet(QStringLiteral("ethertype")))
        return std::optional<QString>();
    const QString text = args.value(QStringLiteral("ethertype"));
    for (const QString &type : {QStringLiteral("IPv4"), QStringLiteral("IPv6")})
        if (text.compare(type, Qt::CaseInsensitive) == 0)
            return std::optional<QString>(type);
    return CliError::usage(tr("--ethertype %1: expected IPv4 or IPv6").arg(text));
}

bool NetworkOptions::isIcmp(const QString &protocol)
{
    // 1 and 58 are ICMP's and ICMPv6's numbers: their "ports" are type and code too.
    return protocol == QLatin1String("icmp") || protocol == QLatin1String("icmpv6") ||
           protocol == QLatin1String("1") || protocol == QLatin1String("58");
}

} // namespace sd::cli
