#pragma once

#include "command.h"

#include "network/networktypes.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace sd::cli {

// A port range as `--dst-port 22` or `--dst-port 8000:8080` gives it.
struct PortRange
{
    int min = -1;
    int max = -1;
};

// The options the network, subnet, port, router, floating IP and security group commands share, and the
// parsers of their structured values (`start=A,end=B`, `destination=CIDR,gateway=IP`,
// `subnet=S,ip-address=IP`, `22:23`). Syntax is checked here (exit 2) and every message names the option
// and the value; whether an address fits a subnet, or a range is free, is the engine's to say (exit 1).
class NetworkOptions
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::NetworkOptions)

public:
    static OptionSpec name(const QString &help);
    static OptionSpec description(const QString &help);
    static OptionSpec project(const QString &help);
    static OptionSpec longList(const QString &help);
    static OptionSpec network(const QString &help, bool required);
    // --enable | --disable: the administrative state (admin_state_up).
    static QList<OptionSpec> adminState(const QString &enableHelp, const QString &disableHelp);
    // A flag pair, e.g. --share | --no-share; exit 2 when both are given.
    static QList<OptionSpec> pair(const QString &on, const QString &onHelp, const QString &off,
                                  const QString &offHelp);
    // on: true, off: false, neither: nothing said.
    static std::optional<bool> choice(const ParsedArgs &args, const QString &on, const QString &off);
    // Exit 2 when both flags of any of these pairs are given.
    static CliResult<void> checkPairs(const ParsedArgs &args, const QList<QPair<QString, QString>> &pairs);

    // `key=value,key2=value2` with exactly the keys in `required` plus any of `optional`, none twice and
    // none empty; `expected` is the form the message shows ("start=IP,end=IP").
    static CliResult<QMap<QString, QString>> keyValues(const QString &option, const QString &text,
                                                       const QStringList &required,
                                                       const QStringList &optional, const QString &expected);

    // --allocation-pool start=IP,end=IP (repeatable).
    static CliResult<QList<AllocationPool>> allocationPools(const ParsedArgs &args);
    // --host-route destination=CIDR,gateway=IP (repeatable).
    static CliResult<QList<HostRoute>> hostRoutes(const ParsedArgs &args);
    // --fixed-ip subnet=SUBNET,ip-address=IP (repeatable; either key may be left out, not both).
    static CliResult<QList<FixedIpRequest>> fixedIps(const ParsedArgs &args);
    // --ip-version 4|6; nothing given: 0 (from the CIDR).
    static CliResult<int> ipVersion(const ParsedArgs &args);

    // --dst-port PORT[:PORT]. A range given backwards is a refusal (exit 1), as the bad input.
    static CliResult<std::optional<PortRange>> portRange(const ParsedArgs &args);
    // --protocol tcp|udp|icmp|icmpv6|any|N, lower-cased; "" for any. Nothing given: nothing said.
    static CliResult<std::optional<QString>> protocol(const ParsedArgs &args);
    // --ethertype IPv4|IPv6 in either case, as Neutron spells it. Nothing given: nothing said.
    static CliResult<std::optional<QString>> ethertype(const ParsedArgs &args);
    static bool isIcmp(const QString &protocol);
};

} // namespace sd::cli
