#include "subnetmodel.h"

#include "engine.h"
#include "network/subnetservice.h"

namespace sd {

SubnetModel::SubnetModel(Engine &engine, const RequestContext &ctx, const QString &networkId, QObject *parent)
    : ListTableModel<Subnet>(parent), m_engine(engine), m_ctx(ctx), m_networkId(networkId)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("subnet"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("subnet"))
            removeKey(id);
        // The network's subnets go with it.
        else if (kind == QLatin1String("network") && id == m_networkId)
            sync({});
    });
}

void SubnetModel::reload()
{
    auto list = m_engine.subnets().list(m_ctx, m_networkId);
    sync(list ? *list : QList<Subnet>());
}

void SubnetModel::refresh(const QString &id)
{
    auto subnet = m_engine.subnets().show(m_ctx, id);
    if (!subnet || subnet->networkId != m_networkId) {
        removeKey(id);
        return;
    }
    upsert(*subnet);
}

QString SubnetModel::ipVersionText(int version)
{
    return version == 6 ? tr("IPv6") : tr("IPv4");
}

QString SubnetModel::poolsText(const QList<AllocationPool> &pools)
{
    QStringList lines;
    for (const AllocationPool &pool : pools)
        lines.append(tr("%1 – %2").arg(pool.start, pool.end));
    return lines.join(QLatin1Char('\n'));
}

QVariant SubnetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subnet &subnet = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return subnet.name;
        case Cidr:
            return subnet.cidr;
        case IpVersion:
            return ipVersionText(subnet.ipVersion);
        case Gateway:
            return subnet.gatewayIp.isEmpty() ? tr("none") : subnet.gatewayIp;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Cidr && !subnet.allocationPools.isEmpty())
            return tr("Allocation pools:\n%1").arg(poolsText(subnet.allocationPools));
        if (index.column() == Gateway && subnet.gatewayIp.isEmpty())
            return tr("Instances on this subnet get no default route from it");
        return {};
    case SubnetIdRole:
        return subnet.id;
    default:
        return {};
    }
}

QVariant SubnetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Cidr:
        return tr("Network Address");
    case IpVersion:
        return tr("IP Version");
    case Gateway:
        return tr("Gateway IP");
    case ColumnCount:
        break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace sd
