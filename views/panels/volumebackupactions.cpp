#include "volumebackupactions.h"

#include "dialogs/deleteconfirmation.h"
#include "dialogs/restorebackupdialog.h"
#include "icons.h"
#include "models/copystatuslabel.h"

#include "engine.h"
#include "identity/policy.h"
#include "volume/volumeservice.h"

#include <QAction>

namespace sd {

VolumeBackupActions::VolumeBackupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_restore(new QAction(Icons::get(QStringLiteral("action-import")), tr("Restore Backup…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Volume Backup…"), this))
{
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_delete->setObjectName(QStringLiteral("deleteVolumeBackupAction"));
    m_restore->setIconText(tr("Restore…"));
    m_delete->setShortcut(QKeySequence::Delete);
    const Policy &policy = engine.policy();
    m_restore->setVisible(policy.allows(ctx, QStringLiteral("volume_backup:restore")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("volume_backup:delete")));
    connect(m_restore, &QAction::triggered, this, &VolumeBackupActions::restoreBackup);
    connect(m_delete, &QAction::triggered, this, &VolumeBackupActions::deleteBackups);
    updateEnabled();
}

void VolumeBackupActions::setSelection(const QList<VolumeBackup> &backups)
{
    m_selection = backups;
    updateEnabled();
}

QString VolumeBackupActions::deleteRefusal(const VolumeBackup &backup)
{
    if (backup.status == CopyStatus::Available || backup.status == CopyStatus::Error ||
        backup.status == CopyStatus::ErrorDeleting)
        return {};
    return tr("Backup %1 is %2: wait until it is available")
        .arg(backup.label(), CopyStatusLabel::text(backup.status));
}

void VolumeBackupActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const bool many = m_selection.size() > 1;
    const VolumeBackup *b = one ? &m_selection.first() : nullptr;
    const bool available = b && b->status == CopyStatus::Available;
    m_restore->setEnabled(available);
    m_restore->setToolTip(!one ? tr("Select one backup to restore")
                          : available
                              ? tr("Restore backup %1 into a new or an existing volume").arg(b->label())
                              : tr("Backup %1 is %2: only an available backup can be restored")
                                    .arg(b->label(), CopyStatusLabel::text(b->status)));
    QStringList refused;
    int deletable = 0;
    for (const VolumeBackup &backup : m_selection) {
        if (const QString why = deleteRefusal(backup); why.isEmpty())
            ++deletable;
        else
            refused << why;
    }
    m_delete->setEnabled(deletable > 0);
    m_delete->setText(many ? tr("Delete Volume Backups…") : tr("Delete Volume Backup…"));
    m_delete->setIconText(tr("Delete…"));
    m_delete->setToolTip(deletable == 0 && !refused.isEmpty() ? refused.first()
                         : many ? tr("Delete the %1 selected backups").arg(m_selection.size())
                                : tr("Delete the selected backup's file; its volume is not touched"));
}

void VolumeBackupActions::restoreBackup()
{
    if (m_selection.size() != 1)
        return;
    auto backup = m_engine.volumes().showBackup(m_ctx, m_selection.first().id);
    if (!backup) {
        emit notify(backup.error().message, backup.error().details);
        return;
    }
    auto *dialog = new RestoreBackupDialog(m_engine, m_ctx, *backup, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreBackupDialog::restoreStarted, this,
            [this](const QString &, const QString &name) { emit restoreStarted(name); });
    dialog->open();
}

void VolumeBackupActions::deleteBackups()
{
    QStringList ids, names, refused;
    for (const VolumeBackup &b : m_selection) {
        if (const QString why = deleteRefusal(b); why.isEmpty()) {
            ids << b.id;
            names << b.label();
        } else {
            refused << why;
        }
    }
    if (ids.isEmpty())
        return;
    const bool one = ids.size() == 1;
    QString consequence = tr("The backup files are removed; the volumes they were made of are not touched. "
                             "This cannot be undone.");
    if (!refused.isEmpty())
        consequence += QLatin1Char('\n') + tr("Left out: %1").arg(refused.join(QStringLiteral("; ")));
    DeleteConfirmation confirmation{
        QStringLiteral("DeleteVolumeBackupConfirmation"),
        one ? tr("Delete Volume Backup") : tr("Delete Volume Backups"),
        one ? tr("Delete volume backup %1?").arg(names.first())
            : tr("Delete %1 volume backups: %2?").arg(ids.size()).arg(names.join(QStringLiteral(", "))),
        consequence, one ? tr("Delete Volume Backup") : tr("Delete Volume Backups")};
    confirmation.open(m_dialogParent, [this, ids] {
        for (const QString &id : ids)
            if (auto r = m_engine.volumes().removeBackup(m_ctx.withNewRequestId(), id); !r)
                emit notify(r.error().message, r.error().details);
    });
}

} // namespace sd
