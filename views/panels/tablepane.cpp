#include "tablepane.h"

#include "models/tablefilterproxy.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QToolBar>
#include <QVBoxLayout>

namespace sd {

TablePane::TablePane(QAbstractItemModel *model, const QString &name, QWidget *parent)
    : QWidget(parent), m_proxy(new TableFilterProxy(this)), m_view(new ResourceTable(this)),
      m_filter(new FilterEdit(m_proxy, this)), m_count(new ItemCountLabel(m_proxy, this)),
      m_bar(new QToolBar(this))
{
    setObjectName(name + QStringLiteral("Pane"));
    m_proxy->setSourceModel(model);
    m_proxy->sort(0);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_menu.isEmpty())
            return;
        QMenu menu(this);
        for (QAction *a : std::as_const(m_menu)) {
            if (a)
                menu.addAction(a);
            else
                menu.addSeparator();
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePane::selectionChanged);
    // A row that changes or goes away may change what the actions allow.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TablePane::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePane::selectionChanged);

    m_bar->setObjectName(name + QStringLiteral("ToolBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bar->setIconSize(QSize(16, 16));
    m_bar->addWidget(m_filter);
    auto *spacer = new QWidget(m_bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(spacer);

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
    m_menu = menu;
    for (QAction *a : toolbar)
        m_view->addAction(a); // shortcuts (Delete) work while the table has focus
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
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (names.contains(index.data().toString()))
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace sd
