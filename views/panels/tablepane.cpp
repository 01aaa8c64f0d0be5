#include "tablepane.h"

#include "models/tablefilterproxy.h"
#include "widgets/actionbar.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"
#include "widgets/rowselection.h"
#include "widgets/tableactions.h"

#include <QItemSelectionModel>
#include <QVBoxLayout>

namespace sd {

TablePane::TablePane(QAbstractItemModel *model, const QString &name, QWidget *parent)
    : QWidget(parent), m_proxy(new TableFilterProxy(this)), m_view(new ResourceTable(this)),
      m_filter(new FilterEdit(m_proxy, this)), m_count(new ItemCountLabel(m_proxy, this)),
      m_bar(new ActionBar(m_filter, name + QStringLiteral("ToolBar"), this))
{
    setObjectName(name + QStringLiteral("Pane"));
    m_proxy->setSourceModel(model);
    m_proxy->sort(0);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePane::selectionChanged);
    // A row that changes or goes away may change what the actions allow.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TablePane::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePane::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

void TablePane::setActions(const QList<QAction *> &toolbar, const QList<QAction *> &menu)
{
    m_bar->addActions(toolbar);
    attachTableActions(m_view, toolbar, menu);
}

QList<int> TablePane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void TablePane::selectByName(const QStringList &names)
{
    selectRowsByText(m_view, 0, names);
}

} // namespace sd
