#pragma once

#include "core/requestcontext.h"
#include "models/volumesnapshotmodel.h"
#include "volume/volume.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Volumes › Snapshots and Admin › Volume › Snapshots: Create Volume (from the
// snapshot), Launch as Instance (the project's table only: the Launch Instance wizard with the snapshot
// as the boot source) and Edit Snapshot on one row, Delete Snapshot on one row or many (one
// confirmation). Each follows the snapshot's status (Horizon's allowed()); a disabled action's tooltip
// says why. What the policy forbids is hidden; the engine's refusals become notifications.
class VolumeSnapshotActions : public QObject
{
    Q_OBJECT

public:
    VolumeSnapshotActions(Engine &engine, const RequestContext &ctx, VolumeSnapshotModel::Scope scope,
                          QWidget *dialogParent);

    void setSelection(const QList<VolumeSnapshot> &snapshots);

    QAction *createVolumeAction() const { return m_createVolume; }
    QAction *launchAction() const { return m_launch; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_createVolume, m_launch, m_edit, m_delete}; }
    // The context menu's actions, in Horizon's row order; nullptr marks a separator.
    QList<QAction *> menuActions() const { return {m_createVolume, m_launch, m_edit, nullptr, m_delete}; }

    // Why a snapshot cannot be deleted now (Cinder: only an available or failed one); empty when it can.
    static QString deleteRefusal(const VolumeSnapshot &snapshot);

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void volumeCreated(const QString &name);

private:
    void createVolume();
    void launchAsInstance();
    void editSnapshot();
    void deleteSnapshots();
    void updateEnabled();
    // The one selected snapshot as the engine has it now; nullopt (and a notification) when it is gone.
    std::optional<VolumeSnapshot> current();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<VolumeSnapshot> m_selection;
    QAction *m_createVolume;
    QAction *m_launch;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace sd
