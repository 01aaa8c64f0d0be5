#include "systeminfopanel.h"

#include "models/hostfilterproxy.h"
#include "models/hostmodel.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>

namespace sd {

SystemInfoPanel::SystemInfoPanel(HostModel *model, QWidget *parent)
    : Panel(tr("Admin › System"), tr("System Information"), parent), m_proxy(new HostFilterProxy(this)),
      m_view(new ResourceTable(this))
{
    setObjectName(QStringLiteral("SystemInfoPanel"));
    m_proxy->setSourceModel(model);
    m_proxy->setVisibleColumns({HostModel::Name, HostModel::State, HostModel::Zone, HostModel::LibvirtVersion,
                                HostModel::Hypervisor, HostModel::Hostname, HostModel::CpuModel,
                                HostModel::StateSince, HostModel::LastError});
    m_proxy->sort(HostModel::Name);

    m_view->setObjectName(QStringLiteral("SystemInfoView"));
    m_view->setModel(m_proxy);
    QHeaderView *header = m_view->horizontalHeader();
    // Horizon's order is Host, Zone, State; the shared model keeps State before Zone.
    header->moveSection(2, 1);

    auto *hint = new QLabel(tr("Compute services: one per host, with what its libvirt reports."), this);
    hint->setObjectName(QStringLiteral("HintLabel"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new FilterEdit(m_proxy, this));
    bar->addSpacing(12);
    bar->addWidget(hint);
    bar->addStretch(1);

    body()->addLayout(bar);
    body()->addWidget(m_view, 1);
    body()->addWidget(new ItemCountLabel(m_proxy, this));
}

} // namespace sd
