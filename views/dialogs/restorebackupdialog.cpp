#include "restorebackupdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumeservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sd {

RestoreBackupDialog::RestoreBackupDialog(Engine &engine, const RequestContext &ctx,
                                         const VolumeBackup &backup, QWidget *parent)
    : FormDialog(tr("Restore Backup %1").arg(backup.label()), tr("Restore Backup to Volume"), parent),
      m_engine(engine), m_ctx(ctx), m_backup(backup), m_volume(new QComboBox(this)),
      m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("RestoreBackupDialog"));
    setIntro(tr("Restore the backup's %1 GiB into a new volume, or into an available volume of the same "
                "project that is at least as large. Restoring into an existing volume replaces all of its "
                "data.")
                 .arg(backup.sizeGb));
    auto *shown = new QLabel(tr("%1 (%2 GiB, of volume %3)")
                                 .arg(backup.label())
                                 .arg(backup.sizeGb)
                                 .arg(backup.volumeName.isEmpty() ? backup.volumeId : backup.volumeName),
                             this);
    shown->setObjectName(QStringLiteral("BackupNameValue"));
    form()->addRow(tr("Backup"), shown);

    m_volume->setObjectName(QStringLiteral("RestoreVolumeCombo"));
    m_volume->addItem(tr("Create a New Volume"));
    VolumeListFilter filter;
    filter.status = volumeStatusName(VolumeStatus::Available);
    if (ctx.isAdmin() && backup.projectId != ctx.projectId) {
        filter.allProjects = true;
        filter.project = backup.projectId;
    }
    if (auto volumes = engine.volumes().list(ctx, filter))
        for (const Volume &v : *volumes)
            if (v.projectId == backup.projectId && v.status == VolumeStatus::Available) {
                m_volumes.append(v);
                m_volume->addItem(tr("%1 (%2 GiB)").arg(v.label()).arg(v.sizeGb), v.id);
            }
    form()->addRow(tr("Select Volume"), m_volume);
    m_name->setObjectName(QStringLiteral("RestoreNameEdit"));
    // Cinder's own name for a restore without one.
    m_name->setPlaceholderText(QStringLiteral("restore_backup_%1").arg(backup.id));
    form()->addRow(tr("New Volume Name"), m_name);

    connect(m_volume, &QComboBox::currentIndexChanged, this, [this] {
        form()->setRowVisible(m_name, toNewVolume());
        updateOk();
    });
    connect(m_name, &QLineEdit::textChanged, this, &RestoreBackupDialog::updateOk);
    updateOk();
}

bool RestoreBackupDialog::toNewVolume() const
{
    return m_volume->currentIndex() <= 0;
}

std::optional<Volume> RestoreBackupDialog::chosenVolume() const
{
    const QString id = m_volume->currentData().toString();
    for (const Volume &v : m_volumes)
        if (v.id == id)
            return v;
    return std::nullopt;
}

QString RestoreBackupDialog::problem() const
{
    if (m_backup.status != CopyStatus::Available)
        return tr("Backup %1 is not available yet").arg(m_backup.label());
    if (toNewVolume()) {
        if (!m_name->text().trimmed().isEmpty())
            if (auto name = checkedName(tr("New Volume Name"), m_name->text().trimmed()); !name)
                return name.error().message;
        return {};
    }
    const auto volume = chosenVolume();
    if (!volume)
        return tr("Select Volume: choose a volume");
    if (volume->sizeGb < m_backup.sizeGb)
        return tr("Volume %1 has %2 GiB: the backup needs at least %3 GiB")
            .arg(volume->label())
            .arg(volume->sizeGb)
            .arg(m_backup.sizeGb);
    return {};
}

bool RestoreBackupDialog::submit()
{
    const auto target = toNewVolume() ? std::nullopt : chosenVolume();
    auto volume = m_engine.volumes().restoreBackup(m_ctx.withNewRequestId(), m_backup.id,
                                                   target ? target->id : QString(),
                                                   toNewVolume() ? m_name->text().trimmed() : QString());
    if (!volume) {
        showError(volume.error());
        return false;
    }
    emit restoreStarted(volume->id, volume->label());
    return true;
}

} // namespace sd
