#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "listtablemodel.h"

#include <QHash>

namespace sd {

class Engine;

// Horizon's Floating IPs table. Project scope: the addresses allocated to the user's project; admin
// scope: every project's, with the project first. Rows update one at a time from "floating_ip"
// notifications; the names they show (pool network, port, project) follow "network", "port" and
// "project" notifications.
class FloatingIpModel : public ListTableModel<FloatingIp>
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
        IpAddress,
        Description,
        FixedIp,
        Pool,
        Status,
    };
    enum DataRole
    {
        FloatingIpIdRole = Qt::UserRole + 1,
        // Addresses as numbers, so 172.24.4.10 sorts after 172.24.4.9.
        SortRole,
        // Non-empty when the association exists in the model only (no host carries its NAT rules).
        ModelledOnlyRole,
    };

    FloatingIpModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }
    // How many shown addresses are associated but exist in the model only.
    int modelledOnlyCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "web-1: 10.0.0.5": what a port is called next to one of its addresses, in the table and in the
    // Associate dialog alike.
    static QString targetLabel(const Port &port, const QString &ipAddress);
    static QString statusText(const FloatingIp &fip);

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const FloatingIp &fip) const override { return fip.id; }

private:
    // What a row shows besides the floating IP itself, looked up once per change, not per paint.
    struct Names
    {
        QString project;
        QString pool;
        QString fixedIp;
        QString modelledOnly;
    };

    bool belongs(const FloatingIp &fip) const;
    void reload();
    void refresh(const QString &id);
    void put(const FloatingIp &fip);
    Names namesOf(const FloatingIp &fip) const;
    QString modelledOnlyNote(const FloatingIp &fip) const;
    // Recomputes the names of the rows that match (after a network, port or project change).
    void renameWhere(const std::function<bool(const FloatingIp &)> &match);
    QString displayText(int row, Column column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
    QHash<QString, Names> m_names;
};

} // namespace sd
