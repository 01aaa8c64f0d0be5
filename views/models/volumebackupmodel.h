#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Project › Volumes › Backups (the project's volume backups) and Admin › Volume › Backups (every
// project's, with the project first): Horizon's columns, one row per backup, updated a row at a time
// from the engine's "volume_backup" notifications. A backup lives in the data dir, not on a host, so it
// has no Host column; its Volume Name stays when the volume is gone.
class VolumeBackupModel : public ListTableModel<VolumeBackup>
{
    Q_OBJECT

public:
    enum class Scope
    {
        Project,
        Admin
    };
    enum Column
    {
        Project,
        Name,
        Description,
        Size,
        Status,
        VolumeName,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    VolumeBackupModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const VolumeBackup &backup) const override { return backup.id; }

private:
    void reload();
    void refresh(const QString &id);
    bool belongs(const VolumeBackup &backup) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
};

} // namespace sd
