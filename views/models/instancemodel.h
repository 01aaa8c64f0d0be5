#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "listtablemodel.h"

#include <QDateTime>

namespace sd {

class Engine;

// Horizon's Instances table, one row per instance, updated one row at a time from the engine's
// "instance" notifications (a launch, a state change, a deletion), never reloaded or polled. Project
// scope: the instances of the user's project; admin scope: every project's, with Project and Host.
class InstanceModel : public ListTableModel<Instance>
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
        Host,
        Name,
        Image,
        IpAddress,
        Flavor,
        KeyPair,
        Status,
        Lock,
        Zone,
        Task,
        PowerState,
        Age,
    };
    enum Role
    {
        InstanceIdRole = Qt::UserRole + 1,
        SortRole,
    };

    InstanceModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    // The view column of a Column, or -1 when this scope does not show it.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }
    // Ages are counted from this time (tests set it; the panel moves it every minute).
    void setNow(const QDateTime &now);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const Instance &instance) const override { return instance.id; }

private:
    void reload();
    void refresh(const QString &id);
    QString displayText(const Instance &instance, Column column) const;
    QVariant toolTip(const Instance &instance, Column column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
    QDateTime m_now;
    // The IP Address column's text by instance id, made once per row change: sorting by it asks for
    // both rows of every comparison (about 280,000 times for 10,000 rows).
    mutable QHash<QString, QString> m_addressText;
};

} // namespace sd
