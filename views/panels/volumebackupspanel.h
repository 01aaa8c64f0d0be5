#pragma once

#include "core/requestcontext.h"
#include "models/volumebackupmodel.h"
#include "volume/volume.h"

#include "panel.h"

namespace sd {

class Engine;
class TablePane;
class VolumeBackupActions;

// Project › Volumes › Backups (the project's volume backups) and Admin › Volume › Backups (every
// project's, with Project): Horizon's columns, Restore Backup and Delete.
class VolumeBackupsPanel : public Panel
{
    Q_OBJECT

public:
    VolumeBackupsPanel(Engine &engine, const RequestContext &ctx, VolumeBackupModel::Scope scope,
                       QWidget *parent = nullptr);

    VolumeBackupModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    VolumeBackupActions *actions() const { return m_actions; }
    QList<VolumeBackup> selectedBackups() const;
    void selectBackups(const QStringList &names);

private:
    VolumeBackupModel *m_model;
    TablePane *m_table;
    VolumeBackupActions *m_actions;
};

} // namespace sd
