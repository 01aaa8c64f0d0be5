#pragma once

#include <QList>
#include <QString>

namespace sd {

// Horizon's Add Rule menu (its SECURITY_GROUP_RULES setting plus the custom entries): the custom rules
// leave protocol and ports to the user; the others fill them in. Shared by the Add Rule dialog and the
// rules table, which names well-known ports ("22 (SSH)") as Horizon does.
struct SecurityRuleTemplate
{
    enum class Kind
    {
        CustomTcp,
        CustomUdp,
        CustomIcmp,
        OtherProtocol,
        Fixed, // protocol and ports come from the template
    };
    QString key; // stable, for tests and settings: "custom_tcp", "ssh", "all_icmp"
    QString name;
    Kind kind = Kind::Fixed;
    QString protocol; // Fixed only: tcp, udp or icmp
    int portMin = -1; // Fixed only; -1: any
    int portMax = -1;
};

namespace SecurityRuleTemplates {
// In Horizon's order: the custom entries, then the named rules alphabetically.
const QList<SecurityRuleTemplate> &all();
// The template with this key, or nullptr.
const SecurityRuleTemplate *find(const QString &key);
// The name of the one-port template for protocol/port ("SSH" for tcp 22), empty when none.
QString portName(const QString &protocol, int port);
} // namespace SecurityRuleTemplates

} // namespace sd
