#include "networkmodel.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"

#include <QColor>
#include <QLocale>

namespace sd {

NetworkModel::NetworkModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent)
    : ListTableModel<Network>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope)
{
    if (scope == Scope::Admin)
        m_columns.append(Project);
    m_columns << Name << Subnets << Shared << External << Status << AdminState;
    reload();

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("network"))
            refreshNetwork(id);
        else if (kind == QLatin1String("subnet"))
            refreshSubnet(id);
        // Project names come with the networks; a renamed or removed project changes them.
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("network"))
            removeKey(id);
        else if (kind == QLatin1String("subnet"))
            forgetSubnet(id);
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
}

bool NetworkModel::belongs(const Network &network) const
{
    // The engine shows an administrator every network; the project panel shows what the project can use.
    return m_scope == Scope::Admin || network.projectId == m_ctx.projectId || network.shared ||
           network.external;
}

void NetworkModel::reload()
{
    m_subnets.clear();
    if (auto subnets = m_engine.subnets().list(m_ctx))
        for (const Subnet &subnet : *subnets)
            m_subnets.insert(subnet.id, subnet);
    QList<Network> shown;
    if (auto list = m_engine.networks().list(m_ctx))
        for (const Network &network : *list)
            if (belongs(network))
                shown.append(network);
    sync(shown);
}

void NetworkModel::refreshNetwork(const QString &id)
{
    // NotFound covers both a network that is gone and one this user may no longer see.
    auto network = m_engine.networks().show(m_ctx, id);
    if (!network || !belongs(*network)) {
        removeKey(id);
        return;
    }
    upsert(*network);
}

void NetworkModel::refreshSubnet(const QString &id)
{
    const QString before = m_subnets.value(id).networkId;
    auto subnet = m_engine.subnets().show(m_ctx, id);
    if (subnet)
        m_subnets.insert(id, *subnet);
    else
        m_subnets.remove(id);
    // The network's own row holds the subnet ids: read it again rather than guess them.
    if (!before.isEmpty() && rowOf(before) >= 0)
        refreshNetwork(before);
    if (subnet && subnet->networkId != before && rowOf(subnet->networkId) >= 0)
        refreshNetwork(subnet->networkId);
}

void NetworkModel::forgetSubnet(const QString &id)
{
    const Subnet gone = m_subnets.take(id);
    if (!gone.networkId.isEmpty() && rowOf(gone.networkId) >= 0)
        refreshNetwork(gone.networkId);
}

QList<Subnet> NetworkModel::subnetsOf(const Network &network) const
{
    QList<Subnet> subnets;
    for (const QString &id : network.subnetIds)
        if (m_subnets.contains(id))
            subnets.append(m_subnets.value(id));
    return subnets;
}

QString NetworkModel::adminStateText(bool up)
{
    return up ? tr("UP") : tr("DOWN");
}

QString NetworkModel::statusText(const Network &network)
{
    // Neutron reports a network DOWN while its administrator holds it down; there is no other state here.
    return network.adminStateUp ? tr("Active") : tr("Down");
}

QString NetworkModel::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString NetworkModel::subnetText(const Subnet &subnet)
{
    return subnet.name.isEmpty() ? subnet.cidr : tr("%1 %2").arg(subnet.name, subnet.cidr);
}

QString NetworkModel::displayText(const Network &network, Column column) const
{
    switch (column) {
    case Project:
        return network.projectName.isEmpty() ? network.projectId : network.projectName;
    case Name:
        return network.name;
    case Subnets: {
        QStringList lines;
        for (const Subnet &subnet : subnetsOf(network))
            lines.append(subnetText(subnet));
        return lines.join(QStringLiteral(", "));
    }
    case Shared:
        return yesNo(network.shared);
    case External:
        return yesNo(network.external);
    case Status:
        return statusText(network);
    case AdminState:
        return adminStateText(network.adminStateUp);
    }
    return {};
}

QVariant NetworkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Network &network = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return displayText(network, column);
    case Qt::ToolTipRole:
        if (column == Subnets) {
            QStringList lines;
            for (const Subnet &subnet : subnetsOf(network))
                lines.append(subnet.gatewayIp.isEmpty()
                                 ? tr("%1 (no gateway)").arg(subnetText(subnet))
                                 : tr("%1, gateway %2").arg(subnetText(subnet), subnet.gatewayIp));
            return lines.isEmpty() ? tr("No subnet yet: ports on this network get no address (Create Subnet)")
                                   : lines.join(QLatin1Char('\n'));
        }
        if (column == External && network.external)
            return tr("Routers take their gateway and floating IPs come from this network");
        if (column == Shared && network.shared)
            return tr("Every project may attach instances to this network");
        if (column == Name && network.createdAt.isValid())
            return tr("Created %1, MTU %2")
                .arg(QLocale().toString(network.createdAt.toLocalTime(), QLocale::ShortFormat))
                .arg(network.mtu);
        return {};
    case Qt::ForegroundRole:
        // A network held down carries no traffic: its row reads as switched off.
        if (!network.adminStateUp)
            return QColor(0x64, 0x74, 0x8b);
        return {};
    case NetworkIdRole:
        return network.id;
    case ProjectIdRole:
        return network.projectId;
    default:
        return {};
    }
}

QVariant NetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Project:
        return tr("Project");
    case Name:
        return tr("Name");
    case Subnets:
        return tr("Subnets Associated");
    case Shared:
        return tr("Shared");
    case External:
        return tr("External");
    case Status:
        return tr("Status");
    case AdminState:
        return tr("Admin State");
    }
    return {};
}

} // namespace sd
