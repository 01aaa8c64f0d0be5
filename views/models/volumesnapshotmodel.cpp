#include "volumesnapshotmodel.h"

#include "copystatuslabel.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "volume/volumeservice.h"

#include <QFont>
#include <QLocale>

namespace sd {

VolumeSnapshotModel::VolumeSnapshotModel(Engine &engine, const RequestContext &ctx, Scope scope,
                                         QObject *parent)
    : ListTableModel<VolumeSnapshot>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope)
{
    if (scope == Scope::Admin)
        m_columns << Project << Host;
    m_columns << Name << Description << Size << Status << VolumeName;
    reloadHosts();
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume_snapshot"))
            refresh(id);
        // The Volume Name column follows a renamed volume; the admin's Project column a renamed project.
        else if (kind == QLatin1String("volume") ||
                 (kind == QLatin1String("project") && m_scope == Scope::Admin))
            reload();
        else if (kind == QLatin1String("host") && m_scope == Scope::Admin)
            reloadHosts();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume_snapshot"))
            removeKey(id);
    });
}

bool VolumeSnapshotModel::belongs(const VolumeSnapshot &snapshot) const
{
    // An administrator may see every project's snapshot by id; the project panel shows its own.
    return m_scope == Scope::Admin || snapshot.projectId == m_ctx.projectId;
}

void VolumeSnapshotModel::reload()
{
    auto snapshots = m_engine.volumes().listSnapshots(m_ctx, m_scope == Scope::Admin);
    if (!snapshots)
        return;
    QList<VolumeSnapshot> shown;
    for (const VolumeSnapshot &s : *snapshots)
        if (belongs(s))
            shown.append(s);
    sync(shown);
}

void VolumeSnapshotModel::refresh(const QString &id)
{
    auto snapshot = m_engine.volumes().showSnapshot(m_ctx, id);
    if (snapshot && belongs(*snapshot))
        upsert(*snapshot);
    else
        removeKey(id);
}

void VolumeSnapshotModel::reloadHosts()
{
    if (m_scope != Scope::Admin)
        return;
    m_hostNames.clear();
    if (auto hosts = m_engine.hosts().list(m_ctx))
        for (const HostInfo &h : *hosts)
            m_hostNames.insert(h.record.id, h.record.name);
    if (rowCount() > 0 && columnOf(Host) >= 0)
        emit dataChanged(index(0, columnOf(Host)), index(rowCount() - 1, columnOf(Host)));
}

QVariant VolumeSnapshotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeSnapshot &s = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    if (role == SortRole && column == Size)
        return s.sizeGb;
    if (role == Qt::TextAlignmentRole && column == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == Status && CopyStatusLabel::busy(s.status)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (column == Name)
            return tr("ID %1\nCreated %2")
                .arg(s.id, QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (column == Status && !s.fault.isEmpty())
            return s.fault;
        if (column == VolumeName)
            return tr("Volume ID %1").arg(s.volumeId);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Project:
        return s.projectName.isEmpty() ? s.projectId : s.projectName;
    case Host:
        return m_hostNames.value(s.hostId, s.hostId);
    case Name:
        return s.label();
    case Description:
        return s.description.isEmpty() ? tr("-") : s.description;
    case Size:
        return tr("%1 GiB").arg(s.sizeGb);
    case Status:
        return CopyStatusLabel::text(s.status);
    case VolumeName:
        return s.volumeName.isEmpty() ? s.volumeId : s.volumeName;
    }
    return {};
}

QVariant VolumeSnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
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
    case VolumeName:
        return tr("Volume Name");
    }
    return {};
}

} // namespace sd
