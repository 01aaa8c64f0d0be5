#include "floatingipmodel.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "identity/projectservice.h"
#include "network/floatingipservice.h"
#include "network/ipnet.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/realize/networkrealizer.h"

namespace sd {

FloatingIpModel::FloatingIpModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent)
    : ListTableModel<FloatingIp>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope)
{
    if (scope == Scope::Admin)
        m_columns.append(Project);
    m_columns << IpAddress << Description << FixedIp << Pool << Status;
    reload();

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("floating_ip"))
            refresh(id);
        else if (kind == QLatin1String("network"))
            renameWhere([&id](const FloatingIp &f) { return f.floatingNetworkId == id; });
        // A port's name or its host binding changes what the row says about it.
        else if (kind == QLatin1String("port"))
            renameWhere([&id](const FloatingIp &f) { return f.portId == id; });
        else if (kind == QLatin1String("host"))
            renameWhere([&id](const FloatingIp &f) { return f.hostId == id; });
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            renameWhere([&id](const FloatingIp &f) { return f.projectId == id; });
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("floating_ip")) {
            m_names.remove(id);
            removeKey(id);
        }
    });
}

bool FloatingIpModel::belongs(const FloatingIp &fip) const
{
    // The project panel shows the project's addresses, also to an administrator who could see all.
    return m_scope == Scope::Admin || fip.projectId == m_ctx.projectId;
}

void FloatingIpModel::reload()
{
    auto list = m_engine.floatingIps().list(m_ctx, m_scope == Scope::Admin ? QString() : m_ctx.projectId);
    if (!list)
        return;
    QList<FloatingIp> shown;
    for (const FloatingIp &fip : *list)
        if (belongs(fip)) {
            shown.append(fip);
            m_names.insert(fip.id, namesOf(fip));
        }
    sync(shown);
}

void FloatingIpModel::refresh(const QString &id)
{
    auto fip = m_engine.floatingIps().show(m_ctx, id);
    if (fip && belongs(*fip)) {
        put(*fip);
    } else {
        m_names.remove(id);
        removeKey(id);
    }
}

void FloatingIpModel::put(const FloatingIp &fip)
{
    m_names.insert(fip.id, namesOf(fip));
    upsert(fip);
}

void FloatingIpModel::renameWhere(const std::function<bool(const FloatingIp &)> &match)
{
    for (int row = 0; row < rowCount(); ++row)
        if (match(itemAt(row))) {
            m_names.insert(itemAt(row).id, namesOf(itemAt(row)));
            emit dataChanged(index(row, 0), index(row, columns() - 1));
        }
}

FloatingIpModel::Names FloatingIpModel::namesOf(const FloatingIp &fip) const
{
    Names names;
    if (m_scope == Scope::Admin) {
        auto project = m_engine.projects().show(m_ctx, fip.projectId);
        names.project = project ? project->name : fip.projectId;
    }
    auto network = m_engine.networks().show(m_ctx, fip.floatingNetworkId);
    names.pool = network ? network->name : fip.floatingNetworkId;
    if (!fip.portId.isEmpty()) {
        auto port = m_engine.ports().show(m_ctx, fip.portId);
        names.fixedIp = port ? targetLabel(*port, fip.fixedIpAddress) : fip.fixedIpAddress;
    }
    names.modelledOnly = modelledOnlyNote(fip);
    return names;
}

QString FloatingIpModel::modelledOnlyNote(const FloatingIp &fip) const
{
    if (fip.portId.isEmpty())
        return {};
    if (fip.hostId.isEmpty())
        return tr("Modelled only: the port is not bound to a host yet, so no host carries NAT rules for "
                  "%1. They are made when an instance on the port starts.")
            .arg(fip.floatingIpAddress);
    // Only administrators may look at hosts; for others the engine's model is all there is to show.
    auto host = m_engine.hosts().show(m_ctx, fip.hostId);
    if (!host)
        return {};
    // Simulated and remote hosts, and local ones without nft: the engine says why, per host.
    const QString why = m_engine.networkRealizer().floatingIpNatProblem(host->record.id);
    if (why.isEmpty())
        return {};
    return tr("Modelled only: %1. The association holds in StackDesk's model, but no packet reaches %2.")
        .arg(why, fip.fixedIpAddress);
}

int FloatingIpModel::modelledOnlyCount() const
{
    int count = 0;
    for (const FloatingIp &fip : items())
        if (!m_names.value(fip.id).modelledOnly.isEmpty())
            ++count;
    return count;
}

QString FloatingIpModel::targetLabel(const Port &port, const QString &ipAddress)
{
    QString name = port.name;
    if (name.isEmpty())
        // Instances get their names in the next issue; until then the device or the port names it.
        name = port.deviceOwner.startsWith(QLatin1String("compute:")) && !port.deviceId.isEmpty()
                   ? tr("instance %1").arg(port.deviceId.left(8))
                   : tr("port %1").arg(port.id.left(8));
    return tr("%1: %2").arg(name, ipAddress);
}

QString FloatingIpModel::statusText(const FloatingIp &fip)
{
    return fip.portId.isEmpty() ? tr("Down") : tr("Active");
}

QString FloatingIpModel::displayText(int row, Column column) const
{
    const FloatingIp &fip = itemAt(row);
    const Names names = m_names.value(fip.id);
    switch (column) {
    case Project:
        return names.project;
    case IpAddress:
        return fip.floatingIpAddress;
    case Description:
        return fip.description;
    case FixedIp:
        return fip.portId.isEmpty() ? QStringLiteral("-") : names.fixedIp;
    case Pool:
        return names.pool;
    case Status:
        return names.modelledOnly.isEmpty() ? statusText(fip) : tr("%1 (modelled only)").arg(statusText(fip));
    }
    return {};
}

QVariant FloatingIpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FloatingIp &fip = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case FloatingIpIdRole:
        return fip.id;
    case ModelledOnlyRole:
        return m_names.value(fip.id).modelledOnly;
    case SortRole:
        if (column == IpAddress)
            if (auto ip = sd::IpAddress::parse(fip.floatingIpAddress))
                return ip->key();
        return displayText(index.row(), column);
    case Qt::ToolTipRole:
        if (column == Status || column == FixedIp) {
            const QString note = m_names.value(fip.id).modelledOnly;
            if (!note.isEmpty())
                return note;
        }
        if (column == Status)
            return fip.portId.isEmpty() ? tr("Not associated with a port") : tr("Associated");
        return {};
    case Qt::DisplayRole:
        return displayText(index.row(), column);
    default:
        return {};
    }
}

QVariant FloatingIpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns())
        return {};
    switch (m_columns.at(section)) {
    case Project:
        return tr("Project");
    case IpAddress:
        return tr("IP Address");
    case Description:
        return tr("Description");
    case FixedIp:
        return tr("Mapped Fixed IP Address");
    case Pool:
        return tr("Pool");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace sd
