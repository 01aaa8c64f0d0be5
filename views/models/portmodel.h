#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Ports as Horizon's tables show them, updated one row at a time from "port" notifications. Two uses:
// a network's Ports tab (Name, Fixed IPs, MAC Address, Attached Device, Status, Admin State) and a
// router's Interfaces tab (the ports the router owns: Name, Fixed IPs, Status, Type, Admin State).
class PortModel : public ListTableModel<Port>
{
    Q_OBJECT

public:
    enum class Of
    {
        Network, // the ports on a network
        Device,  // the ports a router (or any device) owns
    };
    enum Column
    {
        Name,
        FixedIps,
        Mac,
        AttachedDevice,
        Status,
        Type,
        AdminState,
    };
    enum Role
    {
        PortIdRole = Qt::UserRole + 1,
    };

    // id: the network's or the device's id.
    PortModel(Engine &engine, const RequestContext &ctx, Of of, const QString &id, QObject *parent = nullptr);

    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The port's name, or "(1a2b3c4d)" for an unnamed one, as Horizon.
    static QString nameText(const Port &port);
    static QString fixedIpsText(const Port &port);
    // "Internal Interface" or "External Gateway" for a router's ports.
    static QString typeText(const Port &port);
    static QString statusText(const Port &port);

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const Port &port) const override { return port.id; }

private:
    bool belongs(const Port &port) const;
    void reload();
    void refresh(const QString &id);
    QString displayText(const Port &port, Column column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Of m_of;
    QString m_id;
    QList<Column> m_columns;
};

} // namespace sd
