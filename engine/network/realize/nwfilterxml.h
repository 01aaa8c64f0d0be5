#pragma once

#include "network/networktypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// A libvirt nwfilter StackDesk defines on a host: its name and its XML.
struct FilterDefinition
{
    QString name;
    QString xml;
    bool operator==(const FilterDefinition &) const = default;
};

// Security groups as libvirt network filters, the way nova's libvirt firewall driver did it: one filter per
// group from its rules, one filter per port that joins the port's groups to the base protection (no MAC,
// IP or ARP spoofing; DHCP allowed; replies to accepted traffic allowed; everything else dropped).
//
// The base protection is StackDesk's own copy of libvirt's clean-traffic family (sd-clean-traffic and the
// filters it references): libvirt's ones come in a separate package (libvirt-daemon-config-nwfilter on
// Debian) that a host may lack, and a filter tree that names a missing filter stops the guest from starting.
class NwfilterXml
{
    Q_DECLARE_TR_FUNCTIONS(sd::NwfilterXml)

public:
    // Rule priorities: lower runs first. DHCP, then replies, then the groups' rules, then the final drop.
    static constexpr int kDhcpPriority = 100;
    static constexpr int kEstablishedPriority = 200;
    static constexpr int kRulePriority = 300;
    static constexpr int kDropPriority = 1000;

    // The UUID a StackDesk filter is defined with, derived from its name.
    static QString uuidOf(const QString &filterName);
    static QString groupFilterName(const QString &securityGroupId);
    static QString portFilterName(const QString &portId);
    static bool isStackDeskFilter(const QString &name);

    // The base filters every port filter references; define them before any port filter.
    static QList<FilterDefinition> baseFilters();

    // memberIps: for each remote group a rule names, the fixed IPs of that group's ports. notes receives
    // one sentence per rule that cannot be expressed as a filter rule (and so allows nothing).
    static FilterDefinition groupFilter(const SecurityGroup &group,
                                        const QHash<QString, QStringList> &memberIps,
                                        QStringList *notes = nullptr);
    // Null when the port needs no filter (port security off).
    static std::optional<FilterDefinition> portFilter(const Port &port);

    // The <interface> a domain uses for the port on its network; filtered: reference the port's filter
    // (hosts with the nwfilter driver, port security on).
    static QString interfaceXml(const Port &port, bool filtered);
};

} // namespace sd
