#pragma once

#include "compute/instance/instance.h"

#include <QCoreApplication>

namespace sd {

// The words the Instances table, the instance details and the filter share for an instance's states,
// addresses and age, as Horizon displays them ("Shutoff", "Powering Off", "Shut Down", "3 hours").
class InstanceText
{
    Q_DECLARE_TR_FUNCTIONS(sd::InstanceText)

public:
    static QString status(const Instance &instance);
    // "None" while no action runs, as Horizon's Task column.
    static QString task(const Instance &instance);
    static QString powerState(PowerState state);
    // The addresses per network, networks in NIC order; a floating address says so.
    static QList<std::pair<QString, QStringList>> addressesByNetwork(const Instance &instance);
    // "private: 10.0.0.5, 172.24.4.20 (floating)" per network, networks joined by sep.
    static QString addresses(const Instance &instance, const QString &sep);
    static QStringList ipv4(const Instance &instance);
    static QStringList ipv6(const Instance &instance);
    // Horizon's timesince: "0 minutes", "2 hours, 5 minutes", "3 days, 1 hour".
    static QString age(const QDateTime &created, const QDateTime &now);
    static QString flavorSummary(const InstanceFlavor &flavor);
    static QString locked(const Instance &instance);
};

} // namespace sd
