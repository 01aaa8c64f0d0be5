#pragma once

#include "panel.h"

class QTableView;

namespace sd {

class HostFilterProxy;
class HostModel;

// Admin › System › System Information: one row per host with what its libvirt reports and how its
// connection fares. Shares the Hypervisors panel's HostModel, so both update from one notification.
class SystemInfoPanel : public Panel
{
    Q_OBJECT

public:
    explicit SystemInfoPanel(HostModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    HostFilterProxy *proxy() const { return m_proxy; }

private:
    HostFilterProxy *m_proxy;
    QTableView *m_view;
};

} // namespace sd
