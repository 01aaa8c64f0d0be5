#pragma once

#include "core/requestcontext.h"
#include "models/volumemodel.h"
#include "volume/volume.h"

#include "panel.h"

namespace sd {

class Engine;
class TablePane;
class VolumeActions;

// Project › Volumes › Volumes (the project's volumes) and Admin › Volume › Volumes (every project's,
// with Project and Host): the filter over all rows, the table with live rows and its count, Horizon's
// table actions above it and its row actions in the context menu.
class VolumesPanel : public Panel
{
    Q_OBJECT

public:
    VolumesPanel(Engine &engine, const RequestContext &ctx, VolumeModel::Scope scope,
                 QWidget *parent = nullptr);

    VolumeModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    VolumeActions *actions() const { return m_actions; }

    void selectVolumes(const QStringList &names);
    QList<Volume> selectedVolumes() const;

private:
    void selectionChanged();

    VolumeModel *m_model;
    TablePane *m_table;
    VolumeActions *m_actions;
};

} // namespace sd
