#pragma once

#include "compute/flavor.h"
#include "core/requestcontext.h"

#include "panel.h"

namespace sd {

class Engine;
class FlavorActions;
class FlavorModel;
class TablePane;

// Admin › Compute › Flavors: every flavor with Horizon's columns, sorted by size, and Create Flavor,
// Update Metadata, Modify Access, Edit Flavor and Delete.
class FlavorsPanel : public Panel
{
    Q_OBJECT

public:
    FlavorsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    FlavorModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    FlavorActions *actions() const { return m_actions; }
    QList<Flavor> selectedFlavors() const;

private:
    FlavorModel *m_model;
    TablePane *m_table;
    FlavorActions *m_actions;
};

} // namespace sd
