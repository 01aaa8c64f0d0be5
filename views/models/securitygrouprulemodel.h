#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "listtablemodel.h"

#include <QHash>

namespace sd {

class Engine;

// The rules of one security group, with the columns of Horizon's Manage Security Group Rules page.
// Rules change with their group: a "security_group" notification for the group updates the rows
// (rule by rule, never a reset); one for another group of the project may rename a remote group.
class SecurityGroupRuleModel : public ListTableModel<SecurityGroupRule>
{
    Q_OBJECT

public:
    enum Column
    {
        Direction,
        EtherType,
        Protocol,
        PortRange,
        RemoteIpPrefix,
        RemoteGroup,
        Description,
        ColumnCount
    };
    enum DataRole
    {
        RuleIdRole = Qt::UserRole + 1,
        // The column's text, then the whole rule in reading order (ingress before egress, IPv4 before IPv6,
        // by protocol and port), so equal cells keep a stable, sensible order.
        SortRole,
    };

    SecurityGroupRuleModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    // Shows the rules of this group (empty: none).
    void setGroup(const QString &groupId);
    QString groupId() const { return m_groupId; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The words the table and the dialogs share.
    static QString directionText(const QString &direction);
    static QString protocolText(const QString &protocol);
    static QString portRangeText(const SecurityGroupRule &rule);
    static QString remotePrefixText(const SecurityGroupRule &rule);

Q_SIGNALS:
    // The group whose rules are shown was deleted.
    void groupRemoved();

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const SecurityGroupRule &rule) const override { return rule.id; }

private:
    void reload();
    void groupChanged(const QString &id);
    QString displayText(const SecurityGroupRule &rule, int column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_groupId;
    // Remote groups by id, for their names.
    QHash<QString, QString> m_groupNames;
};

} // namespace sd
