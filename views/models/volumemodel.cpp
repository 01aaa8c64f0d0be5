#include "volumemodel.h"

#include "engine.h"
#include "volume/volumeservice.h"

#include <QColor>
#include <QLocale>

namespace sd {

namespace {
bool isErrorStatus(VolumeStatus status)
{
    return status == VolumeStatus::Error || status == VolumeStatus::ErrorDeleting ||
           status == VolumeStatus::ErrorExtending || status == VolumeStatus::ErrorRestoring;
}
} // namespace

VolumeModel::VolumeModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent)
    : ListTableModel<Volume>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope)
{
    if (scope == Scope::Admin)
        m_columns << Project << Host;
    m_columns << Name << Description << Size << Status << Type << AttachedTo << AvailabilityZone << Bootable
              << Encrypted;
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume"))
            removeKey(id);
    });
}

bool VolumeModel::belongs(const Volume &volume) const
{
    // An administrator may see every volume; the project panel shows the current project's only.
    return m_scope == Scope::Admin || volume.projectId == m_ctx.projectId;
}

void VolumeModel::reload()
{
    VolumeListFilter filter;
    filter.allProjects = m_scope == Scope::Admin;
    auto list = m_engine.volumes().list(m_ctx, filter);
    QList<Volume> shown;
    if (list)
        for (const Volume &volume : *list)
            if (belongs(volume))
                shown.append(volume);
    sync(shown);
}

void VolumeModel::refresh(const QString &id)
{
    // NotFound covers a volume that is gone and one given away by a transfer.
    auto volume = m_engine.volumes().show(m_ctx, id);
    if (!volume || !belongs(*volume)) {
        removeKey(id);
        return;
    }
    upsert(*volume);
}

QString VolumeModel::statusText(VolumeStatus status)
{
    switch (status) {
    case VolumeStatus::Creating:
        return tr("Creating");
    case VolumeStatus::Available:
        return tr("Available");
    case VolumeStatus::Reserved:
        return tr("Reserved");
    case VolumeStatus::Attaching:
        return tr("Attaching");
    case VolumeStatus::InUse:
        return tr("In-use");
    case VolumeStatus::Detaching:
        return tr("Detaching");
    case VolumeStatus::Extending:
        return tr("Extending");
    case VolumeStatus::Uploading:
        return tr("Uploading");
    case VolumeStatus::Retyping:
        return tr("Retyping");
    case VolumeStatus::BackingUp:
        return tr("Backing Up");
    case VolumeStatus::RestoringBackup:
        return tr("Restoring Backup");
    case VolumeStatus::Deleting:
        return tr("Deleting");
    case VolumeStatus::Error:
        return tr("Error");
    case VolumeStatus::ErrorDeleting:
        return tr("Error Deleting");
    case VolumeStatus::ErrorExtending:
        return tr("Error Extending");
    case VolumeStatus::ErrorRestoring:
        return tr("Error Restoring");
    case VolumeStatus::AwaitingTransfer:
        return tr("Awaiting Transfer");
    }
    return {};
}

QString VolumeModel::attachmentText(const Volume &volume)
{
    if (!volume.attachment)
        return {};
    const VolumeAttachment &a = *volume.attachment;
    const QString instance = a.instanceName.isEmpty() ? a.instanceId : a.instanceName;
    return a.device.isEmpty() ? instance : tr("%1 on %2").arg(a.device, instance);
}

QString VolumeModel::displayText(const Volume &volume, Column column) const
{
    switch (column) {
    case Project:
        return volume.projectName.isEmpty() ? volume.projectId : volume.projectName;
    case Host:
        return volume.hostName.isEmpty() ? volume.hostId : volume.hostName;
    case Name:
        return volume.label();
    case Description:
        // Horizon truncates at 40 characters; the whole text is the tooltip.
        return volume.description.size() > 40 ? volume.description.left(39) + QChar(0x2026)
                                              : volume.description;
    case Size:
        return tr("%1 GiB").arg(volume.sizeGb);
    case Status:
        return statusText(volume.status);
    case Type:
        return volume.typeName.isEmpty() ? QStringLiteral("-") : volume.typeName;
    case AttachedTo:
        return attachmentText(volume);
    case AvailabilityZone:
        return volume.availabilityZone;
    case Bootable:
        return volume.bootable ? tr("Yes") : tr("No");
    case Encrypted:
        // StackDesk's pools hold plain volumes (no LUKS yet), as Horizon's "No" for an unencrypted one.
        return tr("No");
    }
    return {};
}

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Volume &volume = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(volume, column);
    case SortRole:
        if (column == Size)
            return volume.sizeGb;
        return displayText(volume, column);
    case Qt::ToolTipRole:
        if (column == Status && !volume.fault.isEmpty())
            return volume.fault;
        if (column == Description && volume.description.size() > 40)
            return volume.description;
        if (column == Name)
            return volume.createdAt.isValid()
                       ? tr("ID %1\nCreated %2")
                             .arg(volume.id,
                                  QLocale().toString(volume.createdAt.toLocalTime(), QLocale::ShortFormat))
                       : tr("ID %1").arg(volume.id);
        if (column == AttachedTo && volume.attachment && volume.bootIndexZero)
            return tr("The root disk of its instance");
        return {};
    case Qt::ForegroundRole:
        if (column == Status && isErrorStatus(volume.status))
            return QColor(0xdc, 0x26, 0x26);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VolumeIdRole:
        return volume.id;
    default:
        return {};
    }
}

QVariant VolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Project:
        return tr("Project");
    case Host:
        return tr("Host");
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Size:
        return tr("Size");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case AttachedTo:
        return tr("Attached To");
    case AvailabilityZone:
        return tr("Availability Zone");
    case Bootable:
        return tr("Bootable");
    case Encrypted:
        return tr("Encrypted");
    }
    return {};
}

} // namespace sd
