#include "hypervisorspanel.h"

#include "hostactions.h"
#include "hostdetailspane.h"
#include "hypervisorsummary.h"
#include "models/hostfilterproxy.h"
#include "models/hostmodel.h"
#include "widgets/actionbar.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"
#include "widgets/tableactions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>

namespace sd {

HypervisorsPanel::HypervisorsPanel(Engine &engine, const RequestContext &ctx, HostModel *model,
                                   QWidget *parent)
    : Panel(tr("Admin › Compute"), tr("Hypervisors"), parent), m_model(model),
      m_proxy(new HostFilterProxy(this)), m_view(new ResourceTable(this)),
      m_actions(new HostActions(engine, ctx, this)), m_summary(new HypervisorSummary(this)),
      m_details(new HostDetailsPane(this)), m_filter(new FilterEdit(m_proxy, this)),
      m_count(new ItemCountLabel(m_proxy, this))
{
    setObjectName(QStringLiteral("HypervisorsPanel"));
    m_proxy->setSourceModel(model);
    m_proxy->setVisibleColumns({HostModel::Name, HostModel::Type, HostModel::State, HostModel::Status,
                                HostModel::Zone, HostModel::Vcpus, HostModel::Ram, HostModel::Storage,
                                HostModel::Instances, HostModel::Uri});
    m_proxy->sort(HostModel::Name);

    m_view->setObjectName(QStringLiteral("HostsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionResizeMode(m_proxy->columnCount() - 1, QHeaderView::Stretch);
    attachTableActions(m_view, m_actions->actions(), m_actions->menuActions());

    // Filter on the left, actions on the right, as in Horizon's table header.
    auto *bar = new ActionBar(m_filter, QStringLiteral("HostsToolBar"), this);
    bar->addActions(m_actions->actions());

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(6);
    tableLayout->addWidget(bar);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_count);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("HypervisorsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(tableBox);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    body()->addWidget(m_summary);
    body()->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HypervisorsPanel::selectionChanged);
    // A host's change (enabled, state, facts) moves the gates, the details and the summary.
    connect(model, &QAbstractItemModel::dataChanged, this, &HypervisorsPanel::selectionChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HypervisorsPanel::selectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [this] { m_summary->update(m_model->hosts()); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_summary->update(m_model->hosts()); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_summary->update(m_model->hosts()); });
    m_summary->update(m_model->hosts());
    selectionChanged();
}

QList<HostInfo> HypervisorsPanel::selectedHosts() const
{
    QList<HostInfo> hosts;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_model->rowCount())
            hosts.append(m_model->hostAt(row));
    }
    return hosts;
}

void HypervisorsPanel::selectHosts(const QStringList &names)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (names.contains(index.data().toString()))
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HypervisorsPanel::selectionChanged()
{
    const QList<HostInfo> hosts = selectedHosts();
    m_actions->setSelection(hosts);
    m_details->setHost(hosts.size() == 1 ? std::optional<HostInfo>(hosts.first()) : std::nullopt);
}

} // namespace sd
