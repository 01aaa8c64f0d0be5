#include "routermodel.h"

#include "networkmodel.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/routerservice.h"

namespace sd {

RouterModel::RouterModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent)
    : ListTableModel<Router>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope)
{
    if (scope == Scope::Admin)
        m_columns.append(Project);
    m_columns << Name << Status << ExternalNetwork << AdminState;
    reload();

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("router"))
            refresh(id);
        else if (kind == QLatin1String("network"))
            networkChanged(id, false);
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("router"))
            removeKey(id);
        else if (kind == QLatin1String("network"))
            networkChanged(id, true);
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
}

bool RouterModel::belongs(const Router &router) const
{
    return m_scope == Scope::Admin || router.projectId == m_ctx.projectId;
}

void RouterModel::reload()
{
    m_networkNames.clear();
    if (auto networks = m_engine.networks().list(m_ctx))
        for (const Network &network : *networks)
            m_networkNames.insert(network.id, network.name);
    QList<Router> shown;
    if (auto list = m_engine.routers().list(m_ctx, m_scope == Scope::Admin ? QString() : m_ctx.projectId))
        for (const Router &router : *list)
            if (belongs(router))
                shown.append(router);
    sync(shown);
}

void RouterModel::refresh(const QString &id)
{
    auto router = m_engine.routers().show(m_ctx, id);
    if (!router || !belongs(*router)) {
        removeKey(id);
        return;
    }
    upsert(*router);
}

void RouterModel::networkChanged(const QString &id, bool removed)
{
    if (removed) {
        m_networkNames.remove(id);
    } else {
        auto network = m_engine.networks().show(m_ctx, id);
        if (!network)
            return;
        if (m_networkNames.value(id) == network->name)
            return;
        m_networkNames.insert(id, network->name);
    }
    const int column = columnOf(ExternalNetwork);
    for (int row = 0; row < rowCount(); ++row)
        if (itemAt(row).externalNetworkId == id)
            emit dataChanged(index(row, column), index(row, column));
}

QString RouterModel::networkName(const QString &id) const
{
    return m_networkNames.value(id, id);
}

QString RouterModel::statusText(const Router &router)
{
    return router.status() == QLatin1String("ACTIVE") ? tr("Active") : tr("Down");
}

QString RouterModel::displayText(const Router &router, Column column) const
{
    switch (column) {
    case Project:
        return router.projectName.isEmpty() ? router.projectId : router.projectName;
    case Name:
        return router.name;
    case Status:
        return statusText(router);
    case ExternalNetwork:
        return router.externalNetworkId.isEmpty() ? QString() : networkName(router.externalNetworkId);
    case AdminState:
        return NetworkModel::adminStateText(router.adminStateUp);
    }
    return {};
}

QVariant RouterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Router &router = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(router, column);
    case Qt::ToolTipRole:
        if (column == ExternalNetwork) {
            if (router.externalNetworkId.isEmpty())
                return tr("No gateway: the router's subnets cannot reach outside (Set Gateway)");
            QStringList ips;
            for (const FixedIp &ip : router.externalFixedIps)
                ips.append(ip.ipAddress);
            return tr("Gateway address %1, SNAT %2")
                .arg(ips.join(QStringLiteral(", ")), router.enableSnat ? tr("on") : tr("off"));
        }
        if (column == Name)
            return tr("%n interface(s)", nullptr, int(router.interfaces.size()));
        return {};
    case RouterIdRole:
        return router.id;
    default:
        return {};
    }
}

QVariant RouterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Project:
        return tr("Project");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case ExternalNetwork:
        return tr("External Network");
    case AdminState:
        return tr("Admin State");
    }
    return {};
}

} // namespace sd
