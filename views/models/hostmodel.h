#pragma once

#include "core/requestcontext.h"
#include "hosts/hostinfo.h"

#include <QAbstractTableModel>

namespace sd {

class Engine;

// Every host of the cloud, one row each, for Admin › Hypervisors and Admin › System Information (each
// shows its own columns through a HostFilterProxy). Fed by the engine's notifications: a change updates
// one row, never the whole table.
class HostModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        State,
        Status,
        Zone,
        Vcpus,
        Ram,
        Storage,
        Instances,
        Uri,
        Hypervisor,
        LibvirtVersion,
        Hostname,
        CpuModel,
        StateSince,
        LastError,
        ColumnCount
    };
    enum Role
    {
        HostIdRole = Qt::UserRole + 1,
        SortRole, // numbers sort as numbers, not as "10 / 16" text
    };

    HostModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<HostInfo> &hosts() const { return m_hosts; }
    const HostInfo &hostAt(int row) const { return m_hosts.at(row); }
    int rowOf(const QString &hostId) const;

    static QString stateText(HostState state);
    static QString kindText(HostKind kind);
    static QString typeText(const HostInfo &host);

private:
    void reload();
    void refreshHost(const QString &hostId);
    void removeHost(const QString &hostId);
    QVariant display(const HostInfo &host, int column) const;
    QVariant sortValue(const HostInfo &host, int column) const;
    QVariant toolTip(const HostInfo &host, int column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    QList<HostInfo> m_hosts;
};

} // namespace sd
