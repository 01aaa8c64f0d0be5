#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "panel.h"

namespace sd {

class Engine;
class TablePane;
class VolumeTypeActions;
class VolumeTypeModel;

// Admin › Volume › Volume Types: every volume type with its storage pool, access and extra specs, and
// Create Volume Type, Edit, View/Manage Extra Specs, Edit Access and Delete.
class VolumeTypesPanel : public Panel
{
    Q_OBJECT

public:
    VolumeTypesPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    VolumeTypeModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    VolumeTypeActions *actions() const { return m_actions; }
    QList<VolumeType> selectedTypes() const;

private:
    VolumeTypeModel *m_model;
    TablePane *m_table;
    VolumeTypeActions *m_actions;
};

} // namespace sd
