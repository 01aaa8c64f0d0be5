#include "securityruletemplates.h"

#include <QCoreApplication>

namespace sd::SecurityRuleTemplates {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sd::SecurityRuleTemplates", text);
}

QList<SecurityRuleTemplate> build()
{
    using K = SecurityRuleTemplate::Kind;
    const auto fixed = [](const char *key, const QString &name, const char *protocol, int min, int max) {
        return SecurityRuleTemplate{QLatin1String(key), name, K::Fixed, QLatin1String(protocol), min, max};
    };
    const auto tcp = [&](const char *key, const QString &name, int port) {
        return fixed(key, name, "tcp", port, port);
    };
    return {
        {QStringLiteral("custom_tcp"), tr("Custom TCP Rule"), K::CustomTcp, QStringLiteral("tcp"), -1, -1},
        {QStringLiteral("custom_udp"), tr("Custom UDP Rule"), K::CustomUdp, QStringLiteral("udp"), -1, -1},
        {QStringLiteral("custom_icmp"), tr("Custom ICMP Rule"), K::CustomIcmp, QStringLiteral("icmp"), -1,
         -1},
        {QStringLiteral("custom"), tr("Other Protocol"), K::OtherProtocol, QString(), -1, -1},
        fixed("all_icmp", tr("All ICMP"), "icmp", -1, -1),
        fixed("all_tcp", tr("All TCP"), "tcp", 1, 65535),
        fixed("all_udp", tr("All UDP"), "udp", 1, 65535),
        tcp("dns", tr("DNS"), 53),
        tcp("http", tr("HTTP"), 80),
        tcp("https", tr("HTTPS"), 443),
        tcp("imap", tr("IMAP"), 143),
        tcp("imaps", tr("IMAPS"), 993),
        tcp("ldap", tr("LDAP"), 389),
        tcp("ms_sql", tr("MS SQL"), 1433),
        tcp("mysql", tr("MYSQL"), 3306),
        tcp("pop3", tr("POP3"), 110),
        tcp("pop3s", tr("POP3S"), 995),
        tcp("rdp", tr("RDP"), 3389),
        tcp("smtp", tr("SMTP"), 25),
        tcp("smtps", tr("SMTPS"), 465),
        tcp("ssh", tr("SSH"), 22),
    };
}
} // namespace

const QList<SecurityRuleTemplate> &all()
{
    // Built on first use, after the translators are installed.
    static const QList<SecurityRuleTemplate> templates = build();
    return templates;
}

const SecurityRuleTemplate *find(const QString &key)
{
    for (const SecurityRuleTemplate &t : all())
        if (t.key == key)
            return &t;
    return nullptr;
}

QString portName(const QString &protocol, int port)
{
    for (const SecurityRuleTemplate &t : all())
        if (t.kind == SecurityRuleTemplate::Kind::Fixed && t.portMin == port && t.portMax == port &&
            t.protocol == protocol)
            return t.name;
    return {};
}

} // namespace sd::SecurityRuleTemplates
