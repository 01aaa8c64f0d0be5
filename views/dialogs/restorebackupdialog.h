#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QComboBox;
class QLineEdit;

namespace sd {

class Engine;

// Project › Volumes › Backups › Restore Backup (Horizon's RestoreBackupForm): the backup's data into a
// new volume, named here, or into an existing available volume of the backup's project that is at
// least as large, whose data it replaces. The restore is a task; the dialog closes once it has started.
class RestoreBackupDialog : public FormDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(Engine &engine, const RequestContext &ctx, const VolumeBackup &backup,
                        QWidget *parent = nullptr);

    // Item 0: "Create a New Volume"; then the project's available volumes (data: the volume id).
    QComboBox *volumeCombo() const { return m_volume; }
    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void restoreStarted(const QString &volumeId, const QString &volumeName);

protected:
    QString problem() const override;
    bool submit() override;

private:
    bool toNewVolume() const;
    std::optional<Volume> chosenVolume() const;

    Engine &m_engine;
    RequestContext m_ctx;
    VolumeBackup m_backup;
    QList<Volume> m_volumes;
    QComboBox *m_volume;
    QLineEdit *m_name;
};

} // namespace sd
