#include "volumecopydialog.h"

#include "models/volumequota.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumeservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sd {

VolumeCopyDialog::VolumeCopyDialog(Engine &engine, const RequestContext &ctx, const Volume &volume, Kind kind,
                                   QWidget *parent)
    : FormDialog(kind == Kind::Snapshot ? tr("Create Volume Snapshot of %1").arg(volume.label())
                                        : tr("Create Volume Backup of %1").arg(volume.label()),
                 kind == Kind::Snapshot ? tr("Create Volume Snapshot") : tr("Create Volume Backup"), parent),
      m_engine(engine), m_ctx(ctx), m_volume(volume), m_kind(kind), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this))
{
    const bool snapshot = kind == Kind::Snapshot;
    setObjectName(snapshot ? QStringLiteral("CreateVolumeSnapshotDialog")
                           : QStringLiteral("CreateVolumeBackupDialog"));
    QString intro = snapshot
                        ? tr("A snapshot keeps the volume's data as it is now, in the volume's own pool; "
                             "new volumes can be made from it.")
                        : tr("A backup copies the volume's data to the backup location, away from its "
                             "host; it can be restored into a volume later.");
    // Horizon forces the copy of an attached volume and says so.
    if (volume.status == VolumeStatus::InUse)
        intro += QLatin1Char(' ') + tr("Volume %1 is attached: its data is copied while the instance may be "
                                       "writing to it (forced).")
                                        .arg(volume.label());
    setIntro(intro);
    if (snapshot)
        m_quotaRefusal = VolumeQuota::read(engine, ctx, volume.projectId).snapshotsExhausted();
    m_name->setObjectName(snapshot ? QStringLiteral("SnapshotNameEdit") : QStringLiteral("BackupNameEdit"));
    m_description->setObjectName(QStringLiteral("DescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);
    form()->addRow(snapshot ? tr("Snapshot Name *") : tr("Backup Name *"), m_name);
    form()->addRow(tr("Description"), m_description);
    connect(m_name, &QLineEdit::textChanged, this, &VolumeCopyDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &VolumeCopyDialog::updateOk);
    updateOk();
}

QString VolumeCopyDialog::problem() const
{
    if (!m_quotaRefusal.isEmpty())
        return m_quotaRefusal;
    const QString field = m_kind == Kind::Snapshot ? tr("Snapshot name") : tr("Backup name");
    if (auto name = checkedName(field, m_name->text()); !name)
        return name.error().message;
    if (auto description = checkedText(tr("Description"), m_description->toPlainText()); !description)
        return description.error().message;
    return {};
}

QString VolumeCopyDialog::visibleProblem() const
{
    return m_name->text().isEmpty() && m_quotaRefusal.isEmpty() ? QString() : problem();
}

bool VolumeCopyDialog::submit()
{
    const bool force = m_volume.status == VolumeStatus::InUse;
    const RequestContext ctx = m_ctx.withNewRequestId();
    if (m_kind == Kind::Snapshot) {
        auto made = m_engine.volumes().createSnapshot(ctx, m_volume.id, m_name->text(),
                                                      m_description->toPlainText(), force);
        if (!made) {
            showError(made.error());
            return false;
        }
        emit copyCreated(made->id, made->label());
        return true;
    }
    auto made = m_engine.volumes().createBackup(ctx, m_volume.id, m_name->text(),
                                                m_description->toPlainText(), force);
    if (!made) {
        showError(made.error());
        return false;
    }
    emit copyCreated(made->id, made->label());
    return true;
}

} // namespace sd
