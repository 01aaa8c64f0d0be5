#include "hostmodel.h"

#include "hypervisortotals.h"
#include "icons.h"
#include "units.h"

#include "engine.h"
#include "hosts/hostmanager.h"

#include <QLocale>

namespace sd {

HostModel::HostModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("host"))
            refreshHost(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("host"))
            removeHost(id);
    });
}

void HostModel::reload()
{
    auto list = m_engine.hosts().list(m_ctx);
    beginResetModel();
    m_hosts = list ? *list : QList<HostInfo>();
    endResetModel();
}

int HostModel::rowOf(const QString &hostId) const
{
    for (int row = 0; row < m_hosts.size(); ++row)
        if (m_hosts.at(row).record.id == hostId)
            return row;
    return -1;
}

void HostModel::refreshHost(const QString &hostId)
{
    auto info = m_engine.hosts().show(m_ctx, hostId);
    const int row = rowOf(hostId);
    if (!info) {
        // Gone between the notification and this read.
        if (info.error().code == ErrorCode::NotFound)
            removeHost(hostId);
        return;
    }
    if (row < 0) {
        beginInsertRows({}, int(m_hosts.size()), int(m_hosts.size()));
        m_hosts.append(*info);
        endInsertRows();
        return;
    }
    m_hosts[row] = *info;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HostModel::removeHost(const QString &hostId)
{
    const int row = rowOf(hostId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_hosts.removeAt(row);
    endRemoveRows();
}

int HostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int HostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostModel::stateText(HostState state)
{
    switch (state) {
    case HostState::Connecting:
        return tr("connecting");
    case HostState::Up:
        return tr("up");
    case HostState::Down:
        return tr("down");
    }
    return {};
}

QString HostModel::kindText(HostKind kind)
{
    switch (kind) {
    case HostKind::Simulated:
        return tr("Simulated");
    case HostKind::Local:
        return tr("Local");
    case HostKind::Remote:
        return tr("Remote");
    }
    return {};
}

QString HostModel::typeText(const HostInfo &host)
{
    // The test driver calls itself "Test"; administrators should read that the host is simulated.
    if (host.kind == HostKind::Simulated || host.facts.hypervisorType.isEmpty())
        return kindText(host.kind);
    return host.facts.hypervisorType;
}

QVariant HostModel::display(const HostInfo &host, int column) const
{
    const HostFacts &f = host.facts;
    const bool known = f.seenAt.isValid() || f.vcpus > 0;
    switch (column) {
    case Name:
        return host.record.name;
    case Type:
        return typeText(host);
    case State:
        return stateText(host.state);
    case Status:
        return host.record.enabled ? tr("enabled") : tr("disabled");
    case Zone:
        return host.record.availabilityZone;
    case Vcpus:
        return known ? QStringLiteral("%1 / %2").arg(f.usedVcpus()).arg(f.vcpus) : QString();
    case Ram:
        return known ? Units::usedOfMegabytes(HypervisorTotals::usedMemoryMbOf(host), f.memoryMb) : QString();
    case Storage:
        return known ? Units::usedOfGigabytes(f.diskUsedGb, f.diskGb) : QString();
    case Instances:
        return known ? QString::number(f.runningDomains()) : QString();
    case Uri:
        return host.record.uri;
    case Hypervisor:
        return f.hypervisorType.isEmpty()
                   ? QString()
                   : QStringLiteral("%1 %2").arg(f.hypervisorType, formatLibvirtVersion(f.hypervisorVersion));
    case LibvirtVersion:
        return f.libvirtVersion ? formatLibvirtVersion(f.libvirtVersion) : QString();
    case Hostname:
        return f.hostname;
    case CpuModel:
        return f.cpuModel;
    case StateSince:
        return host.stateSince.isValid()
                   ? QLocale().toString(host.stateSince.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case LastError:
        return host.lastError.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant HostModel::sortValue(const HostInfo &host, int column) const
{
    const HostFacts &f = host.facts;
    switch (column) {
    case State:
        return int(host.state);
    case Vcpus:
        return f.vcpus;
    case Ram:
        return f.memoryMb;
    case Storage:
        return f.diskGb;
    case Instances:
        return f.runningDomains();
    case Hypervisor:
        return f.hypervisorVersion;
    case LibvirtVersion:
        return f.libvirtVersion;
    case StateSince:
        return host.stateSince;
    default:
        return display(host, column);
    }
}

QVariant HostModel::toolTip(const HostInfo &host, int column) const
{
    switch (column) {
    case State:
        return host.lastError.isEmpty() ? QVariant() : host.lastError;
    case Status:
        if (host.record.enabled)
            return tr("Enabled: new instances may be scheduled here");
        return host.record.disabledReason.isEmpty() ? tr("Disabled")
                                                    : tr("Disabled: %1").arg(host.record.disabledReason);
    case Type:
        return host.kind == HostKind::Simulated ? tr("libvirt's test driver, running inside StackDesk")
                                                : QVariant();
    case Uri:
        return host.record.uri;
    case StateSince:
        return host.stateSince.isValid()
                   ? QLocale().toString(host.stateSince.toLocalTime(), QLocale::LongFormat)
                   : QVariant();
    case LastError:
        return host.lastError.isEmpty() ? QVariant() : host.lastError;
    case CpuModel:
        return host.facts.cpuModel.isEmpty() ? QVariant() : host.facts.cpuModel;
    default:
        return {};
    }
}

QVariant HostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostInfo &host = m_hosts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(host, column);
    case Qt::ToolTipRole:
        return toolTip(host, column);
    case SortRole:
        return sortValue(host, column);
    case HostIdRole:
        return host.record.id;
    case Qt::DecorationRole:
        if (column == State) {
            switch (host.state) {
            case HostState::Up:
                return Icons::get(QStringLiteral("state-up"));
            case HostState::Down:
                return Icons::get(QStringLiteral("state-down"));
            case HostState::Connecting:
                return Icons::get(QStringLiteral("state-connecting"));
            }
        }
        if (column == Status)
            return Icons::get(host.record.enabled ? QStringLiteral("check")
                                                  : QStringLiteral("status-disabled"));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Vcpus || column == Ram || column == Storage || column == Instances)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole &&
        (section == Vcpus || section == Ram || section == Storage))
        return tr("used / total");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Hostname");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Status:
        return tr("Status");
    case Zone:
        return tr("Zone");
    case Vcpus:
        return tr("vCPUs");
    case Ram:
        return tr("RAM");
    case Storage:
        return tr("Local Storage");
    case Instances:
        return tr("Instances");
    case Uri:
        return tr("URI");
    case Hypervisor:
        return tr("Hypervisor");
    case LibvirtVersion:
        return tr("libvirt Version");
    case Hostname:
        return tr("Host Name (reported)");
    case CpuModel:
        return tr("CPU Model");
    case StateSince:
        return tr("State Since");
    case LastError:
        return tr("Last Error");
    }
    return {};
}

} // namespace sd
