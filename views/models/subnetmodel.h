#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// The Subnets tab of a network's details, Horizon's columns: Name, Network Address, IP Version and
// Gateway IP. Only the one network's subnets; a row changes with its "subnet" notification.
class SubnetModel : public ListTableModel<Subnet>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Cidr,
        IpVersion,
        Gateway,
        ColumnCount
    };
    enum Role
    {
        SubnetIdRole = Qt::UserRole + 1,
    };

    SubnetModel(Engine &engine, const RequestContext &ctx, const QString &networkId,
                QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString ipVersionText(int version);
    // "10.0.0.2 – 10.0.0.254", one pool a line.
    static QString poolsText(const QList<AllocationPool> &pools);

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const Subnet &subnet) const override { return subnet.id; }

private:
    void reload();
    void refresh(const QString &id);

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_networkId;
};

} // namespace sd
