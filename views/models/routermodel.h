#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "listtablemodel.h"

#include <QHash>

namespace sd {

class Engine;

// Horizon's Routers table: Name, Status, External Network, Admin State (and the project first in admin
// scope), one row at a time from "router" notifications; a renamed external network renames its cells.
// Project scope: the project's routers; admin scope: every router.
class RouterModel : public ListTableModel<Router>
{
    Q_OBJECT

public:
    enum class Scope
    {
        Project,
        Admin
    };
    enum Column
    {
        Project,
        Name,
        Status,
        ExternalNetwork,
        AdminState,
    };
    enum Role
    {
        RouterIdRole = Qt::UserRole + 1,
    };

    RouterModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }
    // The name of a network as last heard of (its id when the user cannot see it).
    QString networkName(const QString &id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const Router &router);

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const Router &router) const override { return router.id; }

private:
    bool belongs(const Router &router) const;
    void reload();
    void refresh(const QString &id);
    void networkChanged(const QString &id, bool removed);
    QString displayText(const Router &router, Column column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
    QHash<QString, QString> m_networkNames;
};

} // namespace sd
