#pragma once

#include "core/requestcontext.h"
#include "models/volumesnapshotmodel.h"
#include "volume/volume.h"

#include "panel.h"

namespace sd {

class Engine;
class TablePane;
class VolumeSnapshotActions;

// Project › Volumes › Snapshots (the project's volume snapshots) and Admin › Volume › Snapshots (every
// project's, with Project and Host): Horizon's columns, Create Volume, Edit Snapshot and Delete.
class VolumeSnapshotsPanel : public Panel
{
    Q_OBJECT

public:
    VolumeSnapshotsPanel(Engine &engine, const RequestContext &ctx, VolumeSnapshotModel::Scope scope,
                         QWidget *parent = nullptr);

    VolumeSnapshotModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    VolumeSnapshotActions *actions() const { return m_actions; }
    QList<VolumeSnapshot> selectedSnapshots() const;
    // Selects the rows of the snapshots with these names.
    void selectSnapshots(const QStringList &names);

private:
    VolumeSnapshotModel *m_model;
    TablePane *m_table;
    VolumeSnapshotActions *m_actions;
};

} // namespace sd
