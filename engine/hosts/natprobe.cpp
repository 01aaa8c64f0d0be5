#include "natprobe.h"

#include "daemonnetns.h"
#include "netnscommand.h"

namespace sd {

QString NatProbe::problem(HostKind kind, const QString &uri)
{
    switch (kind) {
    case HostKind::Simulated:
        return tr("libvirt's test driver has no bridges to NAT on");
    case HostKind::Remote:
        // Running nft there would take a root shell on every host (ssh as root or sudo without a password):
        // more than a libvirt URI grants, so StackDesk does not ask for it.
        return tr("StackDesk writes NAT rules only on its own machine (qemu:///system), not over %1")
            .arg(uri.section(QLatin1Char(':'), 0, 0));
    case HostKind::Local:
        break;
    }
    for (const char *tool : {"nft", "ip"})
        if (NetnsCommand::findTool(QLatin1String(tool)).isEmpty())
            return tr("%1 is not installed (packages nftables and iproute2)").arg(QLatin1String(tool));
    auto netns = DaemonNetns::find(uri);
    if (!netns)
        return netns.error().message;
    // Reading the ruleset needs the same privilege (CAP_NET_ADMIN) as writing it.
    if (auto listed = NetnsCommand(*netns).run(QStringLiteral("nft"),
                                               {QStringLiteral("list"), QStringLiteral("tables")});
        !listed)
        return listed.error().message;
    return {};
}

} // namespace sd
