#include "volumesnapshotactions.h"

#include "dialogs/createvolumefromsnapshotdialog.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/editvolumesnapshotdialog.h"
#include "icons.h"
#include "models/copystatuslabel.h"
#include "wizards/launch/bootsourcefit.h"
#include "wizards/launch/launchinstancewizard.h"

#include "engine.h"
#include "identity/policy.h"
#include "volume/volumeservice.h"

#include <QAction>

namespace sd {

VolumeSnapshotActions::VolumeSnapshotActions(Engine &engine, const RequestContext &ctx,
                                             VolumeSnapshotModel::Scope scope, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_createVolume(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Volume…"), this)),
      m_launch(new QAction(Icons::get(QStringLiteral("action-launch")), tr("Launch as Instance…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Snapshot…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Volume Snapshot…"), this))
{
    m_createVolume->setObjectName(QStringLiteral("createVolumeFromSnapshotAction"));
    m_launch->setObjectName(QStringLiteral("launchSnapshotAsInstanceAction"));
    m_launch->setIconText(tr("Launch…"));
    m_edit->setObjectName(QStringLiteral("editVolumeSnapshotAction"));
    m_delete->setObjectName(QStringLiteral("deleteVolumeSnapshotAction"));
    m_edit->setIconText(tr("Edit…"));
    m_delete->setShortcut(QKeySequence::Delete);
    const Policy &policy = engine.policy();
    m_createVolume->setVisible(policy.allows(ctx, QStringLiteral("volume:create")));
    // Into the project the user works in: Horizon's admin table has no Launch as Instance.
    m_launch->setVisible(scope == VolumeSnapshotModel::Scope::Project &&
                         policy.allows(ctx, QStringLiteral("server:create")));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("volume_snapshot:update")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("volume_snapshot:delete")));
    connect(m_createVolume, &QAction::triggered, this, &VolumeSnapshotActions::createVolume);
    connect(m_launch, &QAction::triggered, this, &VolumeSnapshotActions::launchAsInstance);
    connect(m_edit, &QAction::triggered, this, &VolumeSnapshotActions::editSnapshot);
    connect(m_delete, &QAction::triggered, this, &VolumeSnapshotActions::deleteSnapshots);
    updateEnabled();
}

void VolumeSnapshotActions::setSelection(const QList<VolumeSnapshot> &snapshots)
{
    m_selection = snapshots;
    updateEnabled();
}

QString VolumeSnapshotActions::deleteRefusal(const VolumeSnapshot &snapshot)
{
    if (snapshot.status == CopyStatus::Available || snapshot.status == CopyStatus::Error ||
        snapshot.status == CopyStatus::ErrorDeleting)
        return {};
    return tr("Snapshot %1 is %2: wait until it is available")
        .arg(snapshot.label(), CopyStatusLabel::text(snapshot.status));
}

void VolumeSnapshotActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const bool many = m_selection.size() > 1;
    const VolumeSnapshot *s = one ? &m_selection.first() : nullptr;

    const bool available = s && s->status == CopyStatus::Available;
    m_createVolume->setEnabled(available);
    m_createVolume->setToolTip(!one ? tr("Select one snapshot to make a volume of")
                               : available
                                   ? tr("Create a new volume with the data of snapshot %1").arg(s->label())
                                   : tr("Snapshot %1 is %2: a volume can be made of an available one")
                                         .arg(s->label(), CopyStatusLabel::text(s->status)));
    const QString bootRefusal = s ? BootSourceFit::refusal(*s) : QString();
    m_launch->setEnabled(s && bootRefusal.isEmpty());
    m_launch->setToolTip(!one                    ? tr("Select one snapshot to launch an instance from")
                         : bootRefusal.isEmpty() ? tr("Launch an instance that boots from a new volume made "
                                                      "of snapshot %1")
                                                       .arg(s->label())
                                                 : bootRefusal);
    m_edit->setEnabled(one);
    m_edit->setToolTip(one ? tr("Change the name and description of snapshot %1").arg(s->label())
                           : tr("Select one snapshot to edit"));

    QStringList refused;
    int deletable = 0;
    for (const VolumeSnapshot &snapshot : m_selection) {
        if (const QString why = deleteRefusal(snapshot); why.isEmpty())
            ++deletable;
        else
            refused << why;
    }
    m_delete->setEnabled(deletable > 0);
    m_delete->setText(many ? tr("Delete Volume Snapshots…") : tr("Delete Volume Snapshot…"));
    m_delete->setIconText(tr("Delete…"));
    m_delete->setToolTip(deletable == 0 && !refused.isEmpty() ? refused.first()
                         : many ? tr("Delete the %1 selected snapshots").arg(m_selection.size())
                                : tr("Delete the selected snapshot; volumes made from it keep their data"));
}

std::optional<VolumeSnapshot> VolumeSnapshotActions::current()
{
    if (m_selection.size() != 1)
        return std::nullopt;
    auto snapshot = m_engine.volumes().showSnapshot(m_ctx, m_selection.first().id);
    if (!snapshot) {
        emit notify(snapshot.error().message, snapshot.error().details);
        return std::nullopt;
    }
    return *snapshot;
}

void VolumeSnapshotActions::createVolume()
{
    const auto snapshot = current();
    if (!snapshot)
        return;
    auto *dialog = new CreateVolumeFromSnapshotDialog(m_engine, m_ctx, *snapshot, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateVolumeFromSnapshotDialog::volumeCreated, this,
            [this](const QString &, const QString &name) { emit volumeCreated(name); });
    dialog->open();
}

void VolumeSnapshotActions::launchAsInstance()
{
    if (!m_launch->isEnabled())
        return;
    const auto snapshot = current();
    if (!snapshot)
        return;
    auto *wizard =
        new LaunchInstanceWizard(m_engine, m_ctx, BootSource::VolumeSnapshot, snapshot->id, m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void VolumeSnapshotActions::editSnapshot()
{
    const auto snapshot = current();
    if (!snapshot)
        return;
    auto *dialog = new EditVolumeSnapshotDialog(m_engine, m_ctx, *snapshot, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VolumeSnapshotActions::deleteSnapshots()
{
    QList<VolumeSnapshot> targets;
    QStringList names, refused;
    for (const VolumeSnapshot &s : m_selection) {
        if (const QString why = deleteRefusal(s); why.isEmpty()) {
            targets << s;
            names << s.label();
        } else {
            refused << why;
        }
    }
    if (targets.isEmpty())
        return;
    const bool one = targets.size() == 1;
    QString consequence =
        tr("The copies are removed from their hosts' pools. Volumes made from them keep their "
           "data. This cannot be undone.");
    if (!refused.isEmpty())
        consequence += QLatin1Char('\n') + tr("Left out: %1").arg(refused.join(QStringLiteral("; ")));
    DeleteConfirmation confirmation{
        QStringLiteral("DeleteVolumeSnapshotConfirmation"),
        one ? tr("Delete Volume Snapshot") : tr("Delete Volume Snapshots"),
        one ? tr("Delete volume snapshot %1?").arg(names.first())
            : tr("Delete %1 volume snapshots: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        consequence, one ? tr("Delete Volume Snapshot") : tr("Delete Volume Snapshots")};
    QStringList ids;
    for (const VolumeSnapshot &s : targets)
        ids << s.id;
    // By id: snapshot names need not be unique.
    confirmation.open(m_dialogParent, [this, ids] {
        for (const QString &id : ids)
            if (auto r = m_engine.volumes().removeSnapshot(m_ctx.withNewRequestId(), id); !r)
                emit notify(r.error().message, r.error().details);
    });
}

} // namespace sd
