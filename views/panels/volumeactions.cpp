#include "volumeactions.h"

#include "dialogs/acceptvolumetransferdialog.h"
#include "dialogs/createvolumedialog.h"
#include "dialogs/createvolumetransferdialog.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/editvolumedialog.h"
#include "dialogs/extendvolumedialog.h"
#include "dialogs/manageattachmentsdialog.h"
#include "dialogs/metadatadialog.h"
#include "dialogs/retypevolumedialog.h"
#include "dialogs/uploadvolumedialog.h"
#include "dialogs/volumecopydialog.h"
#include "dialogs/volumetransferdialog.h"
#include "icons.h"
#include "models/volumequota.h"
#include "wizards/launch/bootsourcefit.h"
#include "wizards/launch/launchinstancewizard.h"

#include "engine.h"
#include "identity/policy.h"
#include "volume/volumeservice.h"

#include <QAction>

namespace sd {

namespace {
using Op = VolumeActions::Op;
using S = VolumeStatus;

// The statuses each action needs (Horizon's allowed()): what Cinder accepts the action in.
QList<VolumeStatus> neededStatuses(Op op)
{
    switch (op) {
    case Op::Extend:
    case Op::Launch:
    case Op::CreateTransfer:
        return {S::Available};
    case Op::CancelTransfer:
        return {S::AwaitingTransfer};
    case Op::Delete:
        return {S::Available, S::Error, S::ErrorExtending};
    case Op::Metadata:
        return {S::Available, S::InUse, S::Error};
    case Op::Edit:
    case Op::ManageAttachments:
    case Op::CreateSnapshot:
    case Op::CreateBackup:
    case Op::Retype:
    case Op::Upload:
        return {S::Available, S::InUse};
    }
    return {};
}

QStringList namesOf(const QList<Volume> &volumes)
{
    QStringList names;
    for (const Volume &v : volumes)
        names.append(v.label());
    return names;
}

template <typename Dialog> void openDeleting(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
} // namespace

VolumeActions::VolumeActions(Engine &engine, const RequestContext &ctx, VolumeModel::Scope scope,
                             QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_scope(scope), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Volume…"), this)),
      m_accept(new QAction(Icons::get(QStringLiteral("action-import")), tr("Accept Transfer…"), this))
{
    const Policy &policy = engine.policy();
    const bool project = scope == VolumeModel::Scope::Project;
    m_create->setObjectName(QStringLiteral("createVolumeAction"));
    m_accept->setObjectName(QStringLiteral("acceptVolumeTransferAction"));
    m_accept->setToolTip(tr("Take over a volume another project offers, with its transfer ID and key"));
    m_create->setIconText(tr("Create Volume…"));
    m_accept->setIconText(tr("Accept Transfer…"));
    // Volumes are made and accepted into the project the user works in; Horizon's admin table has neither.
    m_create->setVisible(project && policy.allows(ctx, QStringLiteral("volume:create"), ctx.projectId));
    m_accept->setVisible(project &&
                         policy.allows(ctx, QStringLiteral("volume_transfer:accept"), ctx.projectId));
    connect(m_create, &QAction::triggered, this, &VolumeActions::createVolume);
    connect(m_accept, &QAction::triggered, this, &VolumeActions::acceptTransfer);

    makeOp(Op::Edit, QStringLiteral("action-edit"), QStringLiteral("editVolumeAction"),
           QStringLiteral("volume:update"), tr("Change the name, the description and the bootable flag"));
    makeOp(Op::Extend, QStringLiteral("action-resize"), QStringLiteral("extendVolumeAction"),
           QStringLiteral("volume:extend"), tr("Make the volume larger"));
    makeOp(Op::Launch, QStringLiteral("action-launch"), QStringLiteral("launchVolumeAsInstanceAction"),
           QStringLiteral("server:create"), tr("Launch an instance that boots from this volume"));
    // Into the project the user works in: Horizon's admin table has no Launch as Instance.
    if (!project)
        action(Op::Launch)->setVisible(false);
    makeOp(Op::ManageAttachments, QStringLiteral("action-members"), QStringLiteral("manageAttachmentsAction"),
           QStringLiteral("server:attach_volume"), tr("Attach the volume to an instance, or detach it"));
    makeOp(Op::CreateSnapshot, QStringLiteral("action-snapshot"),
           QStringLiteral("createVolumeSnapshotAction"), QStringLiteral("volume_snapshot:create"),
           tr("Keep a copy of the volume as it is now in its pool"));
    makeOp(Op::CreateBackup, QStringLiteral("action-shelve"), QStringLiteral("createVolumeBackupAction"),
           QStringLiteral("volume_backup:create"), tr("Copy the volume's data to the backup location"));
    makeOp(Op::Retype, QStringLiteral("action-migrate"), QStringLiteral("retypeVolumeAction"),
           QStringLiteral("volume:retype"), tr("Move the volume to another volume type's pool"));
    makeOp(Op::Upload, QStringLiteral("action-import"), QStringLiteral("uploadVolumeToImageAction"),
           QStringLiteral("volume:upload_image"),
           tr("Make a new image of the project from the volume's data"));
    makeOp(Op::CreateTransfer, QStringLiteral("project-members"),
           QStringLiteral("createVolumeTransferAction"), QStringLiteral("volume_transfer:create"),
           tr("Offer the volume to another project"));
    makeOp(Op::CancelTransfer, QStringLiteral("cross"), QStringLiteral("cancelVolumeTransferAction"),
           QStringLiteral("volume_transfer:delete"),
           tr("Withdraw the offer; the volume stays in this project"));
    makeOp(Op::Delete, QStringLiteral("action-remove"), QStringLiteral("deleteVolumeAction"),
           QStringLiteral("volume:delete"), tr("Delete the selected volumes and their data"));
    makeOp(Op::Metadata, QStringLiteral("action-metadata"), QStringLiteral("volumeMetadataAction"),
           QStringLiteral("volume:update"), tr("Add, change or remove the volume's metadata"));
    action(Op::Delete)->setShortcut(QKeySequence::Delete);
    action(Op::Delete)->setIconText(tr("Delete Volumes…"));
    updateQuota();
    updateEnabled();
}

QString VolumeActions::label(Op op)
{
    switch (op) {
    case Op::Edit:
        return tr("Edit Volume");
    case Op::Extend:
        return tr("Extend Volume");
    case Op::Launch:
        return tr("Launch as Instance");
    case Op::ManageAttachments:
        return tr("Manage Attachments");
    case Op::CreateSnapshot:
        return tr("Create Snapshot");
    case Op::CreateBackup:
        return tr("Create Backup");
    case Op::Retype:
        return tr("Change Volume Type");
    case Op::Upload:
        return tr("Upload to Image");
    case Op::CreateTransfer:
        return tr("Create Transfer");
    case Op::CancelTransfer:
        return tr("Cancel Transfer");
    case Op::Delete:
        return tr("Delete Volume");
    case Op::Metadata:
        return tr("Update Metadata");
    }
    return {};
}

QAction *VolumeActions::makeOp(Op op, const QString &icon, const QString &objectName, const QString &rule,
                               const QString &what)
{
    // Every row action but Cancel Transfer opens a dialog: its text ends in an ellipsis.
    const QString text = op == Op::CancelTransfer ? label(op) : label(op) + QChar(0x2026);
    auto *a = new QAction(Icons::get(icon), text, this);
    a->setObjectName(objectName);
    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    a->setVisible(m_engine.policy().allows(m_ctx, rule, m_ctx.projectId));
    m_ops.insert(op, a);
    m_what.insert(op, what);
    connect(a, &QAction::triggered, this, [this, op] { trigger(op); });
    return a;
}

QList<QAction *> VolumeActions::toolbarActions() const
{
    return {m_create, m_accept, action(Op::Delete)};
}

QList<QAction *> VolumeActions::menuActions() const
{
    const auto a = [this](Op op) { return action(op); };
    // Horizon's row_actions order.
    return {
        a(Op::Edit),           a(Op::Extend),         a(Op::Launch), nullptr,       a(Op::ManageAttachments),
        a(Op::CreateSnapshot), a(Op::CreateBackup),   a(Op::Retype), a(Op::Upload), nullptr,
        a(Op::CreateTransfer), a(Op::CancelTransfer), nullptr,       a(Op::Delete), a(Op::Metadata),
    };
}

QString VolumeActions::refusal(const Volume &volume, Op op)
{
    const QList<VolumeStatus> needed = neededStatuses(op);
    if (needed.contains(volume.status))
        return {};
    QStringList words;
    for (VolumeStatus s : needed)
        words.append(VolumeModel::statusText(s));
    const QString need =
        words.size() == 1
            ? words.first()
            : tr("%1 or %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
    return tr("Volume %1 is %2: %3 needs it %4")
        .arg(volume.label(), VolumeModel::statusText(volume.status), label(op), need);
}

QString VolumeActions::snapshotRefusal(const Volume &volume) const
{
    auto snapshots = m_engine.volumes().listSnapshots(m_ctx, m_scope == VolumeModel::Scope::Admin, volume.id);
    if (!snapshots || snapshots->isEmpty())
        return {};
    return tr("Volume %1 has %n snapshot(s): delete them first", nullptr, int(snapshots->size()))
        .arg(volume.label());
}

QList<Volume> VolumeActions::allowed(Op op, QStringList *refused) const
{
    QList<Volume> ok;
    for (const Volume &v : m_selection) {
        QString why = refusal(v, op);
        if (why.isEmpty() && op == Op::CancelTransfer && v.transferId.isEmpty())
            why = tr("Volume %1 has no transfer to cancel").arg(v.label());
        if (why.isEmpty() && op == Op::Delete)
            why = snapshotRefusal(v);
        // Available is not enough to boot: the volume must be marked bootable too.
        if (why.isEmpty() && op == Op::Launch)
            why = BootSourceFit::refusal(v);
        if (why.isEmpty())
            ok.append(v);
        else if (refused)
            refused->append(why);
    }
    return ok;
}

void VolumeActions::setSelection(const QList<Volume> &volumes)
{
    m_selection = volumes;
    updateEnabled();
}

void VolumeActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    for (auto it = m_ops.cbegin(); it != m_ops.cend(); ++it) {
        QStringList refused;
        const bool any = !allowed(it.key(), &refused).isEmpty();
        // Delete and Cancel Transfer act on the whole selection; the others open a dialog for one volume.
        const bool bulk = it.key() == Op::Delete || it.key() == Op::CancelTransfer;
        bool enabled = bulk ? any : one && any;
        QString tip = enabled || refused.isEmpty() ? m_what.value(it.key()) : refused.first();
        if (it.key() == Op::CreateSnapshot && !m_snapshotsExhausted.isEmpty()) {
            enabled = false;
            tip = m_snapshotsExhausted;
        }
        it.value()->setEnabled(enabled);
        // A disabled action says why: the gate's own sentence for the first selected volume.
        it.value()->setToolTip(tip);
    }
    action(Op::CreateSnapshot)
        ->setText(m_snapshotsExhausted.isEmpty() ? label(Op::CreateSnapshot) + QChar(0x2026)
                                                 : tr("Create Snapshot (Quota exceeded)"));
    action(Op::Delete)->setText(m_selection.size() > 1 ? tr("Delete Volumes…") : tr("Delete Volume…"));
    action(Op::CancelTransfer)
        ->setText(m_selection.size() > 1 ? tr("Cancel Transfers…") : tr("Cancel Transfer…"));
}

void VolumeActions::updateQuota()
{
    const VolumeQuota quota = VolumeQuota::read(m_engine, m_ctx, m_ctx.projectId);
    const QString why = quota.volumesExhausted();
    m_create->setEnabled(why.isEmpty());
    m_create->setText(why.isEmpty() ? tr("Create Volume…") : tr("Create Volume (Quota exceeded)"));
    m_create->setIconText(m_create->text());
    m_create->setToolTip(why.isEmpty() ? tr("Create a volume in project %1").arg(m_ctx.projectName) : why);
    m_snapshotsExhausted = quota.snapshotsExhausted();
    updateEnabled();
}

void VolumeActions::trigger(Op op)
{
    if (!action(op)->isEnabled())
        return;
    if (op == Op::Delete) {
        deleteVolumes();
        return;
    }
    if (op == Op::CancelTransfer) {
        cancelTransfers();
        return;
    }
    const QList<Volume> targets = allowed(op);
    if (targets.size() != 1)
        return;
    // The selection is a snapshot of the row; the dialogs start from what the engine has now.
    auto fresh = m_engine.volumes().show(m_ctx, targets.first().id);
    if (!fresh) {
        emit notify(fresh.error().message, fresh.error().details);
        return;
    }
    switch (op) {
    case Op::Edit:
        return editVolume(*fresh);
    case Op::Extend:
        return extendVolume(*fresh);
    case Op::Launch:
        return launchAsInstance(*fresh);
    case Op::ManageAttachments:
        return manageAttachments(*fresh);
    case Op::CreateSnapshot:
        return createCopy(*fresh, false);
    case Op::CreateBackup:
        return createCopy(*fresh, true);
    case Op::Retype:
        return retypeVolume(*fresh);
    case Op::Upload:
        return uploadVolume(*fresh);
    case Op::CreateTransfer:
        return createTransfer(*fresh);
    case Op::Metadata:
        return updateMetadata(*fresh);
    case Op::CancelTransfer:
    case Op::Delete:
        break;
    }
}

void VolumeActions::createVolume()
{
    if (!m_create->isEnabled())
        return;
    auto *dialog = new CreateVolumeDialog(m_engine, m_ctx, m_dialogParent);
    connect(dialog, &CreateVolumeDialog::volumeCreated, this,
            [this](const QString &, const QString &name) { emit volumeAdded(name); });
    openDeleting(dialog);
}

void VolumeActions::acceptTransfer()
{
    auto *dialog = new AcceptVolumeTransferDialog(m_engine, m_ctx, m_dialogParent);
    connect(dialog, &AcceptVolumeTransferDialog::transferAccepted, this,
            [this](const Volume &volume) { emit volumeAdded(volume.label()); });
    openDeleting(dialog);
}

void VolumeActions::editVolume(const Volume &volume)
{
    openDeleting(new EditVolumeDialog(m_engine, m_ctx, volume, m_dialogParent));
}

void VolumeActions::extendVolume(const Volume &volume)
{
    openDeleting(new ExtendVolumeDialog(m_engine, m_ctx, volume, m_dialogParent));
}

void VolumeActions::launchAsInstance(const Volume &volume)
{
    openDeleting(new LaunchInstanceWizard(m_engine, m_ctx, BootSource::Volume, volume.id, m_dialogParent));
}

void VolumeActions::manageAttachments(const Volume &volume)
{
    auto *dialog = new ManageAttachmentsDialog(m_engine, m_ctx, volume, m_dialogParent);
    connect(dialog, &ManageAttachmentsDialog::notify, this, &VolumeActions::notify);
    openDeleting(dialog);
}

void VolumeActions::createCopy(const Volume &volume, bool backup)
{
    openDeleting(new VolumeCopyDialog(
        m_engine, m_ctx, volume, backup ? VolumeCopyDialog::Kind::Backup : VolumeCopyDialog::Kind::Snapshot,
        m_dialogParent));
}

void VolumeActions::retypeVolume(const Volume &volume)
{
    openDeleting(new RetypeVolumeDialog(m_engine, m_ctx, volume, m_dialogParent));
}

void VolumeActions::uploadVolume(const Volume &volume)
{
    openDeleting(new UploadVolumeDialog(m_engine, m_ctx, volume, m_dialogParent));
}

void VolumeActions::createTransfer(const Volume &volume)
{
    auto *dialog = new CreateVolumeTransferDialog(m_engine, m_ctx, volume, m_dialogParent);
    connect(dialog, &CreateVolumeTransferDialog::transferCreated, this,
            [this, name = volume.label()](const VolumeTransfer &transfer) {
                // The key's one showing: its own window, which warns it will not be shown again.
                openDeleting(new VolumeTransferDialog(transfer, name, m_dialogParent));
            });
    openDeleting(dialog);
}

void VolumeActions::cancelTransfers()
{
    QStringList refused;
    const QList<Volume> targets = allowed(Op::CancelTransfer, &refused);
    if (targets.isEmpty())
        return;
    const bool one = targets.size() == 1;
    const QString names = namesOf(targets).join(QStringLiteral(", "));
    QString consequence = tr("The transfer ID and key stop working; the volumes stay in this project and "
                             "become available again. This action cannot be undone.");
    if (!refused.isEmpty())
        consequence += QLatin1Char('\n') + tr("Left out: %1").arg(refused.join(QStringLiteral("; ")));
    DeleteConfirmation confirmation{
        QStringLiteral("CancelVolumeTransferConfirmation"),
        one ? tr("Cancel Transfer") : tr("Cancel Transfers"),
        one ? tr("Cancel the transfer of volume %1?").arg(names)
            : tr("Cancel the transfers of %1 volumes: %2?").arg(targets.size()).arg(names),
        consequence, one ? tr("Cancel Transfer") : tr("Cancel Transfers")};
    confirmation.open(m_dialogParent, [this, targets] {
        for (const Volume &v : targets)
            if (auto r = m_engine.volumes().removeTransfer(m_ctx.withNewRequestId(), v.transferId); !r)
                emit notify(r.error().message, r.error().details);
    });
}

void VolumeActions::deleteVolumes()
{
    QStringList refused;
    const QList<Volume> targets = allowed(Op::Delete, &refused);
    if (targets.isEmpty())
        return;
    const bool one = targets.size() == 1;
    const QString names = namesOf(targets).join(QStringLiteral(", "));
    QString consequence =
        tr("Deleted volumes are not recoverable. All data stored in the volume will be removed.");
    if (!refused.isEmpty())
        consequence += QLatin1Char('\n') + tr("Left out: %1").arg(refused.join(QStringLiteral("; ")));
    DeleteConfirmation confirmation{QStringLiteral("DeleteVolumeConfirmation"),
                                    one ? tr("Delete Volume") : tr("Delete Volumes"),
                                    one ? tr("Delete volume %1?").arg(names)
                                        : tr("Delete %1 volumes: %2?").arg(targets.size()).arg(names),
                                    consequence, one ? tr("Delete Volume") : tr("Delete Volumes")};
    // By id: volume names need not be unique.
    confirmation.open(m_dialogParent, [this, targets] {
        for (const Volume &v : targets)
            if (auto r = m_engine.volumes().remove(m_ctx.withNewRequestId(), v.id); !r)
                emit notify(r.error().message, r.error().details);
    });
}

void VolumeActions::updateMetadata(const Volume &volume)
{
    auto *dialog = new MetadataDialog(
        tr("Update Metadata of Volume %1").arg(volume.label()),
        tr("Metadata are free key/value pairs that describe the volume to people and scripts. Keys and "
           "values take at most 255 characters."),
        volume.metadata,
        [](const QString &key, const QString &value) {
            if (key.trimmed().isEmpty())
                return tr("A metadata key must not be empty");
            if (key.size() > 255)
                return tr("Metadata key %1… is longer than 255 characters").arg(key.left(20));
            if (value.size() > 255)
                return tr("The value of %1 is longer than 255 characters").arg(key);
            return QString();
        },
        m_dialogParent);
    dialog->setObjectName(QStringLiteral("VolumeMetadataDialog"));
    dialog->setApplier(
        [this, id = volume.id](const QMap<QString, QString> &changed, const QStringList &removed) {
            VolumeUpdate change;
            change.setMetadata = changed;
            change.unsetMetadata = removed;
            auto result = m_engine.volumes().update(m_ctx.withNewRequestId(), id, change);
            return result ? QString() : result.error().message;
        });
    openDeleting(dialog);
}

} // namespace sd
