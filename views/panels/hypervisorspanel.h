#pragma once

#include "core/requestcontext.h"
#include "hosts/hostinfo.h"

#include "panel.h"

class QTableView;

namespace sd {

class Engine;
class FilterEdit;
class HostActions;
class HostDetailsPane;
class HostFilterProxy;
class HostModel;
class HypervisorSummary;
class ItemCountLabel;

// Admin › Compute › Hypervisors: the usage summary, the hosts table with its actions, and the selected
// host's details.
class HypervisorsPanel : public Panel
{
    Q_OBJECT

public:
    HypervisorsPanel(Engine &engine, const RequestContext &ctx, HostModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    HostFilterProxy *proxy() const { return m_proxy; }
    HostActions *actions() const { return m_actions; }
    HypervisorSummary *summary() const { return m_summary; }
    HostDetailsPane *details() const { return m_details; }
    FilterEdit *filterEdit() const { return m_filter; }
    ItemCountLabel *countLabel() const { return m_count; }

    // Selects the rows of the named hosts (for tests and for "select after add").
    void selectHosts(const QStringList &names);
    QList<HostInfo> selectedHosts() const;

private:
    void selectionChanged();

    HostModel *m_model;
    HostFilterProxy *m_proxy;
    QTableView *m_view;
    HostActions *m_actions;
    HypervisorSummary *m_summary;
    HostDetailsPane *m_details;
    FilterEdit *m_filter;
    ItemCountLabel *m_count;
};

} // namespace sd
