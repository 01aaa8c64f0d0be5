#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "listtablemodel.h"

#include <QHash>

namespace sd {

class Engine;

// Project › Volumes › Snapshots (the project's volume snapshots) and Admin › Volume › Snapshots (every
// project's, with the project and the host whose pool holds the copy): Horizon's columns, one row per
// snapshot, updated a row at a time from the engine's "volume_snapshot" notifications.
class VolumeSnapshotModel : public ListTableModel<VolumeSnapshot>
{
    Q_OBJECT

public:
    enum class Scope
    {
        Project,
        Admin
    };
    // What a column shows; where it is depends on the scope (columnOf()).
    enum Column
    {
        Project,
        Host,
        Name,
        Description,
        Size,
        Status,
        VolumeName,
    };
    enum Role
    {
        // Numbers for Size, so 10 GiB sorts after 2 GiB.
        SortRole = Qt::UserRole + 1,
    };

    VolumeSnapshotModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    // The view column of a Column, or -1 when this scope does not show it.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const VolumeSnapshot &snapshot) const override { return snapshot.id; }

private:
    void reload();
    void refresh(const QString &id);
    void reloadHosts();
    bool belongs(const VolumeSnapshot &snapshot) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
    QHash<QString, QString> m_hostNames; // host id -> name (admin scope)
};

} // namespace sd
