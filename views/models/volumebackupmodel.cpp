#include "volumebackupmodel.h"

#include "copystatuslabel.h"
#include "units.h"

#include "engine.h"
#include "volume/volumeservice.h"

#include <QFont>
#include <QLocale>

namespace sd {

VolumeBackupModel::VolumeBackupModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent)
    : ListTableModel<VolumeBackup>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope)
{
    if (scope == Scope::Admin)
        m_columns << Project;
    m_columns << Name << Description << Size << Status << VolumeName;
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume_backup"))
            refresh(id);
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume_backup"))
            removeKey(id);
    });
}

bool VolumeBackupModel::belongs(const VolumeBackup &backup) const
{
    return m_scope == Scope::Admin || backup.projectId == m_ctx.projectId;
}

void VolumeBackupModel::reload()
{
    auto backups = m_engine.volumes().listBackups(m_ctx, m_scope == Scope::Admin);
    if (!backups)
        return;
    QList<VolumeBackup> shown;
    for (const VolumeBackup &b : *backups)
        if (belongs(b))
            shown.append(b);
    sync(shown);
}

void VolumeBackupModel::refresh(const QString &id)
{
    auto backup = m_engine.volumes().showBackup(m_ctx, id);
    if (backup && belongs(*backup))
        upsert(*backup);
    else
        removeKey(id);
}

QVariant VolumeBackupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeBackup &b = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    if (role == SortRole && column == Size)
        return b.sizeGb;
    if (role == Qt::TextAlignmentRole && column == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == Status && CopyStatusLabel::busy(b.status)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (column == Name)
            return tr("ID %1\nCreated %2")
                .arg(b.id, QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (column == Size && b.storedBytes > 0)
            return tr("The backup file holds %1").arg(Units::bytes(b.storedBytes));
        if (column == Status && !b.fault.isEmpty())
            return b.fault;
        if (column == VolumeName)
            return tr("Volume ID %1").arg(b.volumeId);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Project:
        return b.projectName.isEmpty() ? b.projectId : b.projectName;
    case Name:
        return b.label();
    case Description:
        return b.description.isEmpty() ? tr("-") : b.description;
    case Size:
        return tr("%1 GiB").arg(b.sizeGb);
    case Status:
        return CopyStatusLabel::text(b.status);
    case VolumeName:
        return b.volumeName.isEmpty() ? b.volumeId : b.volumeName;
    }
    return {};
}

QVariant VolumeBackupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Project:
        return tr("Project");
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Size:
        return tr("Size");
    case Status:
        return tr("Status");
    case VolumeName:
        return tr("Volume Name");
    }
    return {};
}

} // namespace sd
