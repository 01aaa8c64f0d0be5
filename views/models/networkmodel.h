#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "listtablemodel.h"

#include <QHash>

namespace sd {

class Engine;

// Horizon's Networks table: one row per network, with its subnets by name and CIDR, updated one row at
// a time from the engine's "network" and "subnet" notifications. Project scope: the project's own
// networks plus the shared and external ones it may use (as Horizon lists them); admin scope: every
// network of every project, with the project first.
class NetworkModel : public ListTableModel<Network>
{
    Q_OBJECT

public:
    enum class Scope
    {
        Project,
        Admin
    };
    // What a column shows; where it is depends on the scope (columnOf()).
    enum Column
    {
        Project,
        Name,
        Subnets,
        Shared,
        External,
        Status,
        AdminState,
    };
    enum Role
    {
        NetworkIdRole = Qt::UserRole + 1,
        SortRole,
        ProjectIdRole,
    };

    NetworkModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    // The view column of a Column, or -1 when this scope does not show it.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }
    // The network's subnets as last heard of, in the network's order.
    QList<Subnet> subnetsOf(const Network &network) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The words the table, the details and the dialogs share.
    static QString adminStateText(bool up);
    static QString statusText(const Network &network);
    static QString yesNo(bool value);
    // "private-subnet 10.0.0.0/24", as Horizon's Subnets Associated column.
    static QString subnetText(const Subnet &subnet);

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const Network &network) const override { return network.id; }

private:
    bool belongs(const Network &network) const;
    void reload();
    void refreshNetwork(const QString &id);
    void refreshSubnet(const QString &id);
    void forgetSubnet(const QString &id);
    QString displayText(const Network &network, Column column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
    // Every subnet the user may see, by id: read on every paint of the Subnets column.
    QHash<QString, Subnet> m_subnets;
};

} // namespace sd
