#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"
#include "models/instancemodel.h"

#include "panel.h"

class QComboBox;
class QTableView;
class QTimer;

namespace sd {

class Engine;
class FilterEdit;
class InstanceActions;
class InstanceFilterProxy;
class ItemCountLabel;

// Project › Compute › Instances (the project's instances) and Admin › Compute › Instances (every
// project's, with Project and Host): Horizon's filter with its field choice, the table with live rows,
// its table and row actions, and a double-click for an instance's details.
class InstancesPanel : public Panel
{
    Q_OBJECT

public:
    InstancesPanel(Engine &engine, const RequestContext &ctx, InstanceModel::Scope scope,
                   QWidget *parent = nullptr);

    InstanceModel *model() const { return m_model; }
    InstanceFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    InstanceActions *actions() const { return m_actions; }
    FilterEdit *filterEdit() const { return m_filter; }
    QComboBox *fieldCombo() const { return m_field; }
    ItemCountLabel *countLabel() const { return m_count; }

    void selectInstances(const QStringList &names);
    QList<Instance> selectedInstances() const;

private:
    void selectionChanged();

    InstanceModel *m_model;
    InstanceFilterProxy *m_proxy;
    QTableView *m_view;
    InstanceActions *m_actions;
    FilterEdit *m_filter;
    QComboBox *m_field;
    ItemCountLabel *m_count;
    QTimer *m_ageTimer;
};

} // namespace sd
