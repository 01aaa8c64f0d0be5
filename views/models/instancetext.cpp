#include "instancetext.h"

#include "units.h"

#include <QHostAddress>

namespace sd {

QString InstanceText::status(const Instance &instance)
{
    // Horizon's STATUS_DISPLAY_CHOICES; an unknown status shows as the engine names it.
    const QString s = instance.status();
    if (s == QLatin1String("ACTIVE"))
        return tr("Active");
    if (s == QLatin1String("BUILD"))
        return tr("Build");
    if (s == QLatin1String("SHUTOFF"))
        return tr("Shutoff");
    if (s == QLatin1String("PAUSED"))
        return tr("Paused");
    if (s == QLatin1String("SUSPENDED"))
        return tr("Suspended");
    if (s == QLatin1String("REBOOT"))
        return tr("Reboot");
    if (s == QLatin1String("HARD_REBOOT"))
        return tr("Hard Reboot");
    if (s == QLatin1String("ERROR"))
        return tr("Error");
    if (s == QLatin1String("DELETED"))
        return tr("Deleted");
    if (s == QLatin1String("SHELVED_OFFLOADED"))
        return tr("Shelved Offloaded");
    if (s == QLatin1String("RESCUE"))
        return tr("Rescue");
    if (s == QLatin1String("VERIFY_RESIZE"))
        return tr("Confirm or Revert Resize/Migrate");
    if (s == QLatin1String("MIGRATING"))
        return tr("Migrating");
    return s;
}

QString InstanceText::task(const Instance &instance)
{
    if (instance.taskState.isEmpty())
        return tr("None");
    // "powering-off" → "Powering Off": Nova's names, read as words.
    QStringList words =
        QString(instance.taskState).replace(QLatin1Char('_'), QLatin1Char('-')).split(QLatin1Char('-'));
    for (QString &w : words)
        if (!w.isEmpty())
            w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

QString InstanceText::powerState(PowerState state)
{
    switch (state) {
    case PowerState::NoState:
        return tr("No State");
    case PowerState::Running:
        return tr("Running");
    case PowerState::Paused:
        return tr("Paused");
    case PowerState::Shutdown:
        return tr("Shut Down");
    case PowerState::Crashed:
        return tr("Crashed");
    case PowerState::Suspended:
        return tr("Suspended");
    }
    return {};
}

QList<std::pair<QString, QStringList>> InstanceText::addressesByNetwork(const Instance &instance)
{
    // Grouped by network in the order the NICs were given, as Horizon's IP Address column.
    QList<std::pair<QString, QStringList>> groups;
    for (const InstanceAddress &a : instance.addresses) {
        const QString net = a.networkName.isEmpty() ? a.networkId : a.networkName;
        auto it =
            std::find_if(groups.begin(), groups.end(), [&net](const auto &g) { return g.first == net; });
        if (it == groups.end())
            it = groups.insert(groups.end(), {net, {}});
        it->second.append(a.floating ? tr("%1 (floating)").arg(a.address) : a.address);
    }
    return groups;
}

QString InstanceText::addresses(const Instance &instance, const QString &sep)
{
    QStringList groups;
    for (const auto &[net, ips] : addressesByNetwork(instance))
        groups.append(tr("%1: %2").arg(net, ips.join(QStringLiteral(", "))));
    return groups.join(sep);
}

QStringList InstanceText::ipv4(const Instance &instance)
{
    QStringList out;
    for (const InstanceAddress &a : instance.addresses)
        if (QHostAddress(a.address).protocol() == QAbstractSocket::IPv4Protocol)
            out.append(a.address);
    return out;
}

QStringList InstanceText::ipv6(const Instance &instance)
{
    QStringList out;
    for (const InstanceAddress &a : instance.addresses)
        if (QHostAddress(a.address).protocol() == QAbstractSocket::IPv6Protocol)
            out.append(a.address);
    return out;
}

QString InstanceText::age(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid())
        return {};
    qint64 minutes = qMax<qint64>(0, created.secsTo(now) / 60);
    const int days = int(minutes / (24 * 60));
    const int hours = int((minutes / 60) % 24);
    minutes %= 60;
    // Singular and plural spelled out: the words must read right before any translation is loaded.
    const auto dayText = [](int n) { return n == 1 ? tr("1 day") : tr("%1 days").arg(n); };
    const auto hourText = [](int n) { return n == 1 ? tr("1 hour") : tr("%1 hours").arg(n); };
    const auto minuteText = [](int n) { return n == 1 ? tr("1 minute") : tr("%1 minutes").arg(n); };
    // Django's timesince: the two largest units, the second only when it is not zero.
    if (days > 0)
        return hours > 0 ? tr("%1, %2").arg(dayText(days), hourText(hours)) : dayText(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1, %2").arg(hourText(hours), minuteText(int(minutes))) : hourText(hours);
    return minuteText(int(minutes));
}

QString InstanceText::flavorSummary(const InstanceFlavor &flavor)
{
    return tr("%1 — RAM %2, vCPUs %3, disk %4")
        .arg(flavor.name, Units::megabytes(flavor.ramMb), QString::number(flavor.vcpus),
             Units::gigabytes(flavor.diskGb));
}

QString InstanceText::locked(const Instance &instance)
{
    if (!instance.locked)
        return tr("Unlocked");
    return instance.lockedBy == QLatin1String("admin") ? tr("Locked by an administrator")
                                                       : tr("Locked by its owner");
}

} // namespace sd
