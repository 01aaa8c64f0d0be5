#include "natapplier.h"

#include "hosts/daemonnetns.h"
#include "hosts/netnscommand.h"
#include "nftruleset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd {

namespace {

// The addresses StackDesk added earlier: those carrying its label on a bridge of its own.
Result<QList<BridgeAddress>> ourAddresses(const NetnsCommand &cmd)
{
    auto out = cmd.run(QStringLiteral("ip"), {QStringLiteral("-j"), QStringLiteral("-4"),
                                              QStringLiteral("addr"), QStringLiteral("show")});
    if (!out)
        return out.error();
    QList<BridgeAddress> found;
    const QJsonArray links = QJsonDocument::fromJson(*out).array();
    for (const QJsonValue &link : links) {
        const QString name = link[QLatin1String("ifname")].toString();
        if (!name.startsWith(QLatin1String("sdbr-")))
            continue;
        for (const QJsonValue &a : link[QLatin1String("addr_info")].toArray())
            if (a[QLatin1String("label")].toString() == NatApplier::addressLabel(name) &&
                a[QLatin1String("prefixlen")].toInt() == 32)
                found.append({name, a[QLatin1String("local")].toString()});
    }
    return found;
}

} // namespace

QString NatApplier::addressLabel(const QString &bridge)
{
    return bridge + QStringLiteral(":f");
}

void NatApplier::apply(const QString &uri, const NatPlan &plan, ApplyReport &report)
{
    auto netns = DaemonNetns::find(uri);
    if (!netns) {
        report.problems
            << tr("Floating IPs and router gateways cannot be NATed: %1").arg(netns.error().message);
        return;
    }
    const NetnsCommand cmd(*netns);
    if (auto r = cmd.run(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")},
                         NftRuleset::write(plan).toUtf8());
        !r) {
        report.problems << tr("The NAT rules could not be applied: %1").arg(r.error().message);
        return;
    }
    report.actions << tr("nftables table ip %1: %n floating IP(s), %2 router gateway(s)", nullptr,
                         int(plan.floatingIps.size()))
                          .arg(QLatin1String(NftRuleset::kTable))
                          .arg(plan.routers.size());

    auto have = ourAddresses(cmd);
    if (!have) {
        report.problems << tr("The bridges' addresses could not be read: %1").arg(have.error().message);
        return;
    }
    const QList<BridgeAddress> want = plan.addresses();
    for (const BridgeAddress &a : std::as_const(*have)) {
        if (want.contains(a))
            continue;
        if (auto r = cmd.run(QStringLiteral("ip"),
                             {QStringLiteral("addr"), QStringLiteral("del"),
                              a.address + QStringLiteral("/32"), QStringLiteral("dev"), a.bridge});
            !r)
            report.problems << r.error().message;
        else
            report.actions << tr("%1: address %2 removed").arg(a.bridge, a.address);
    }
    for (const BridgeAddress &a : want) {
        if (have->contains(a))
            continue;
        if (auto r =
                cmd.run(QStringLiteral("ip"),
                        {QStringLiteral("addr"), QStringLiteral("add"), a.address + QStringLiteral("/32"),
                         QStringLiteral("dev"), a.bridge, QStringLiteral("label"), addressLabel(a.bridge)});
            !r)
            report.problems << r.error().message;
        else
            report.actions << tr("%1: address %2 added").arg(a.bridge, a.address);
    }
}

} // namespace sd
