#include "instancemodel.h"

#include "icons.h"
#include "instancetext.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"

#include <QColor>
#include <QLocale>

namespace sd {

InstanceModel::InstanceModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent)
    : ListTableModel<Instance>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope),
      m_now(QDateTime::currentDateTimeUtc())
{
    if (scope == Scope::Admin)
        m_columns << Project << Host;
    m_columns << Name << Image << IpAddress << Flavor << KeyPair << Status << Lock << Zone << Task
              << PowerState << Age;
    reload();

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("instance"))
            refresh(id);
        // Project names come with the instances; a renamed project changes them.
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("instance")) {
            m_addressText.remove(id);
            removeKey(id);
        }
    });
}

void InstanceModel::setNow(const QDateTime &now)
{
    m_now = now;
    const int age = columnOf(Age);
    if (rowCount() > 0)
        emit dataChanged(index(0, age), index(rowCount() - 1, age), {Qt::DisplayRole});
}

void InstanceModel::reload()
{
    InstanceListFilter filter;
    filter.allProjects = m_scope == Scope::Admin;
    auto list = m_engine.instances().list(m_ctx, filter);
    m_addressText.clear();
    sync(list ? *list : QList<Instance>());
}

void InstanceModel::refresh(const QString &id)
{
    m_addressText.remove(id);
    auto instance = m_engine.instances().show(m_ctx, id);
    // An administrator's show finds every project's instances; the project table keeps its own.
    if (!instance || instance->vmState == VmState::Deleted ||
        (m_scope == Scope::Project && instance->projectId != m_ctx.projectId)) {
        removeKey(id);
        return;
    }
    upsert(*instance);
}

QString InstanceModel::displayText(const Instance &i, Column column) const
{
    switch (column) {
    case Project:
        return i.projectName.isEmpty() ? i.projectId : i.projectName;
    case Host:
        return i.hostName;
    case Name:
        return i.name;
    // An image deleted since the launch is still named by its ID, as Horizon does.
    case Image:
        return i.imageName.isEmpty() ? i.imageId : i.imageName;
    case IpAddress: {
        auto it = m_addressText.constFind(i.id);
        if (it == m_addressText.constEnd())
            it = m_addressText.insert(i.id, InstanceText::addresses(i, QStringLiteral("; ")));
        return *it;
    }
    case Flavor:
        return i.flavor.name;
    case KeyPair:
        return i.keyName.isEmpty() ? tr("-") : i.keyName;
    case Status:
        return InstanceText::status(i);
    case Lock:
        return {};
    case Zone:
        return i.availabilityZone;
    case Task:
        return InstanceText::task(i);
    case PowerState:
        return InstanceText::powerState(i.powerState);
    case Age:
        return InstanceText::age(i.createdAt, m_now);
    }
    return {};
}

QVariant InstanceModel::toolTip(const Instance &i, Column column) const
{
    switch (column) {
    case Flavor:
        return InstanceText::flavorSummary(i.flavor);
    case IpAddress:
        return InstanceText::addresses(i, QStringLiteral("\n"));
    case Lock:
        return InstanceText::locked(i);
    case Status:
        if (i.fault.code != 0)
            return i.fault.message;
        return {};
    case Age:
        return i.createdAt.isValid()
                   ? tr("Created %1").arg(QLocale().toString(i.createdAt.toLocalTime(), QLocale::ShortFormat))
                   : QVariant();
    default:
        return {};
    }
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &i = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(i, column);
    case SortRole:
        if (column == Age)
            return i.createdAt;
        if (column == Lock)
            return i.locked;
        return displayText(i, column);
    case Qt::ToolTipRole:
        return toolTip(i, column);
    case Qt::DecorationRole:
        if (column == Lock)
            return Icons::get(i.locked ? QStringLiteral("lock") : QStringLiteral("unlock"));
        return {};
    case Qt::ForegroundRole:
        // An instance in ERROR needs the administrator's eye, as Horizon's red status.
        if (column == Status && i.vmState == VmState::Error)
            return QColor(0xb9, 0x1c, 0x1c);
        return {};
    case InstanceIdRole:
        return i.id;
    default:
        return {};
    }
}

QVariant InstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns.at(section);
    if (role == Qt::ToolTipRole && column == Lock)
        return tr("Whether the instance is locked against actions");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (column) {
    case Project:
        return tr("Project");
    case Host:
        return tr("Host");
    case Name:
        return tr("Instance Name");
    case Image:
        return tr("Image Name");
    case IpAddress:
        return tr("IP Address");
    case Flavor:
        return tr("Flavor");
    case KeyPair:
        return tr("Key Pair");
    case Status:
        return tr("Status");
    case Lock:
        return tr("Lock");
    case Zone:
        return tr("Availability Zone");
    case Task:
        return tr("Task");
    case PowerState:
        return tr("Power State");
    case Age:
        return tr("Age");
    }
    return {};
}

} // namespace sd
