#include "securitygrouprulemodel.h"

#include "securityruletemplates.h"

#include "engine.h"
#include "network/securitygroupservice.h"

namespace sd {

SecurityGroupRuleModel::SecurityGroupRuleModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<SecurityGroupRule>(parent), m_engine(engine), m_ctx(ctx)
{
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("security_group"))
            groupChanged(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind != QLatin1String("security_group"))
            return;
        m_groupNames.remove(id);
        if (id == m_groupId) {
            sync({});
            emit groupRemoved();
        } else if (rowCount() > 0) {
            emit dataChanged(index(0, RemoteGroup), index(rowCount() - 1, RemoteGroup));
        }
    });
}

void SecurityGroupRuleModel::setGroup(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    // Another group's rules share no row with these: empty the table, then fill it.
    m_groupId = groupId;
    sync({});
    reload();
}

void SecurityGroupRuleModel::reload()
{
    m_groupNames.clear();
    if (m_groupId.isEmpty())
        return;
    auto group = m_engine.securityGroups().show(m_ctx, m_groupId);
    if (!group) {
        sync({});
        return;
    }
    if (auto groups = m_engine.securityGroups().list(m_ctx, group->projectId))
        for (const SecurityGroup &g : *groups)
            m_groupNames.insert(g.id, g.name);
    sync(group->rules);
}

void SecurityGroupRuleModel::groupChanged(const QString &id)
{
    if (m_groupId.isEmpty())
        return;
    if (id == m_groupId) {
        reload();
        return;
    }
    // Another group: its name may be a remote group's in these rules.
    auto group = m_engine.securityGroups().show(m_ctx, id);
    if (!group || m_groupNames.value(id) == group->name)
        return;
    m_groupNames.insert(id, group->name);
    if (rowCount() > 0)
        emit dataChanged(index(0, RemoteGroup), index(rowCount() - 1, RemoteGroup));
}

QString SecurityGroupRuleModel::directionText(const QString &direction)
{
    return direction == QLatin1String("egress") ? tr("Egress") : tr("Ingress");
}

QString SecurityGroupRuleModel::protocolText(const QString &protocol)
{
    // Horizon's column: the protocol in capitals, "Any" for none.
    return protocol.isEmpty() || protocol == QLatin1String("any") ? tr("Any") : protocol.toUpper();
}

QString SecurityGroupRuleModel::portRangeText(const SecurityGroupRule &rule)
{
    const bool icmp = rule.protocol == QLatin1String("icmp") || rule.protocol == QLatin1String("icmpv6");
    if (icmp) {
        // For ICMP the two numbers are a type and a code, not ports: say so.
        if (rule.portRangeMin < 0)
            return tr("Any");
        if (rule.portRangeMax < 0)
            return tr("Type %1").arg(rule.portRangeMin);
        return tr("Type %1, Code %2").arg(rule.portRangeMin).arg(rule.portRangeMax);
    }
    if (rule.portRangeMin < 0)
        return tr("Any");
    const auto port = [&rule](int number) {
        const QString name = SecurityRuleTemplates::portName(rule.protocol, number);
        return name.isEmpty() ? QString::number(number) : tr("%1 (%2)").arg(number).arg(name);
    };
    if (rule.portRangeMax < 0 || rule.portRangeMax == rule.portRangeMin)
        return port(rule.portRangeMin);
    return tr("%1 - %2").arg(port(rule.portRangeMin), port(rule.portRangeMax));
}

QString SecurityGroupRuleModel::remotePrefixText(const SecurityGroupRule &rule)
{
    if (!rule.remoteIpPrefix.isEmpty())
        return rule.remoteIpPrefix;
    if (!rule.remoteGroupId.isEmpty())
        return QStringLiteral("-");
    // No remote at all means anywhere; Horizon spells it out so nobody reads "-" as "nowhere".
    return rule.ethertype == QLatin1String("IPv6") ? QStringLiteral("::/0") : QStringLiteral("0.0.0.0/0");
}

QString SecurityGroupRuleModel::displayText(const SecurityGroupRule &rule, int column) const
{
    switch (Column(column)) {
    case Direction:
        return directionText(rule.direction);
    case EtherType:
        return rule.ethertype;
    case Protocol:
        return protocolText(rule.protocol);
    case PortRange:
        return portRangeText(rule);
    case RemoteIpPrefix:
        return remotePrefixText(rule);
    case RemoteGroup:
        return rule.remoteGroupId.isEmpty() ? QStringLiteral("-")
                                            : m_groupNames.value(rule.remoteGroupId, rule.remoteGroupId);
    case Description:
        return rule.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SecurityGroupRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecurityGroupRule &rule = itemAt(index.row());
    switch (role) {
    case RuleIdRole:
        return rule.id;
    case SortRole: {
        const QString key = QStringLiteral("%1 %2 %3 %4 %5")
                                .arg(rule.direction == QLatin1String("ingress") ? 0 : 1)
                                .arg(rule.ethertype, rule.protocol)
                                .arg(rule.portRangeMin + 1, 5, 10, QLatin1Char('0'))
                                .arg(rule.id);
        return index.column() == Direction ? key : displayText(rule, index.column()) + QChar(0x1f) + key;
    }
    case Qt::DisplayRole:
        return displayText(rule, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RemoteGroup && !rule.remoteGroupId.isEmpty())
            return tr("Traffic from (ingress) or to (egress) the ports of security group %1")
                .arg(displayText(rule, RemoteGroup));
        if (index.column() == RemoteIpPrefix && rule.remoteIpPrefix.isEmpty() && rule.remoteGroupId.isEmpty())
            return tr("Any address");
        return {};
    default:
        return {};
    }
}

QVariant SecurityGroupRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Direction:
        return tr("Direction");
    case EtherType:
        return tr("Ether Type");
    case Protocol:
        return tr("IP Protocol");
    case PortRange:
        return tr("Port Range");
    case RemoteIpPrefix:
        return tr("Remote IP Prefix");
    case RemoteGroup:
        return tr("Remote Security Group");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
