#include "portmodel.h"

#include "networkmodel.h"

#include "engine.h"
#include "network/portservice.h"

namespace sd {

PortModel::PortModel(Engine &engine, const RequestContext &ctx, Of of, const QString &id, QObject *parent)
    : ListTableModel<Port>(parent), m_engine(engine), m_ctx(ctx), m_of(of), m_id(id)
{
    if (of == Of::Network)
        m_columns = {Name, FixedIps, Mac, AttachedDevice, Status, AdminState};
    else
        m_columns = {Name, FixedIps, Status, Type, AdminState};
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("port"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("port"))
            removeKey(id);
        // A network's ports go with it.
        else if (m_of == Of::Network && kind == QLatin1String("network") && id == m_id)
            sync({});
    });
}

bool PortModel::belongs(const Port &port) const
{
    return m_of == Of::Network ? port.networkId == m_id : port.deviceId == m_id;
}

void PortModel::reload()
{
    PortFilter filter;
    if (m_of == Of::Network)
        filter.network = m_id;
    else
        filter.deviceId = m_id;
    auto list = m_engine.ports().list(m_ctx, filter);
    sync(list ? *list : QList<Port>());
}

void PortModel::refresh(const QString &id)
{
    auto port = m_engine.ports().show(m_ctx, id);
    if (!port || !belongs(*port)) {
        removeKey(id);
        return;
    }
    upsert(*port);
}

QString PortModel::nameText(const Port &port)
{
    return port.name.isEmpty() ? QStringLiteral("(%1)").arg(port.id.left(8)) : port.name;
}

QString PortModel::fixedIpsText(const Port &port)
{
    QStringList ips;
    for (const FixedIp &ip : port.fixedIps)
        ips.append(ip.ipAddress);
    return ips.join(QStringLiteral(", "));
}

QString PortModel::typeText(const Port &port)
{
    if (port.deviceOwner == DeviceOwner::RouterGateway)
        return tr("External Gateway");
    if (port.deviceOwner == DeviceOwner::RouterInterface)
        return tr("Internal Interface");
    return port.deviceOwner;
}

QString PortModel::statusText(const Port &port)
{
    return port.status() == QLatin1String("ACTIVE") ? tr("Active") : tr("Down");
}

QString PortModel::displayText(const Port &port, Column column) const
{
    switch (column) {
    case Name:
        return nameText(port);
    case FixedIps:
        return fixedIpsText(port);
    case Mac:
        return port.macAddress;
    case AttachedDevice:
        return port.deviceOwner.isEmpty() ? tr("Detached") : port.deviceOwner;
    case Status:
        return statusText(port);
    case Type:
        return typeText(port);
    case AdminState:
        return NetworkModel::adminStateText(port.adminStateUp);
    }
    return {};
}

QVariant PortModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Port &port = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(port, column);
    case Qt::ToolTipRole:
        // Why a port is down is the first question; Neutron's answer is that nothing runs it yet.
        if (column == Status && port.hostId.isEmpty())
            return port.deviceOwner.startsWith(QLatin1String("compute:"))
                       ? tr("Not bound to a host: the instance using this port is not running")
                       : tr("Not bound to a host");
        if (column == Status)
            return tr("Bound to host %1").arg(port.hostId);
        if (column == AttachedDevice && !port.deviceId.isEmpty())
            return tr("Device %1").arg(port.deviceId);
        if (column == Name)
            return port.id;
        return {};
    case PortIdRole:
        return port.id;
    default:
        return {};
    }
}

QVariant PortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Name:
        return tr("Name");
    case FixedIps:
        return tr("Fixed IPs");
    case Mac:
        return tr("MAC Address");
    case AttachedDevice:
        return tr("Attached Device");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case AdminState:
        return tr("Admin State");
    }
    return {};
}

} // namespace sd
