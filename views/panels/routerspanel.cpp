#include "routerspanel.h"

#include "models/tablefilterproxy.h"
#include "routeractions.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QVBoxLayout>

namespace sd {

RoutersPanel::RoutersPanel(Engine &engine, const RequestContext &ctx, RouterModel::Scope scope,
                           QWidget *parent)
    : Panel(scope == RouterModel::Scope::Admin ? tr("Admin › Network") : tr("Project › Network"),
            tr("Routers"), parent),
      m_model(new RouterModel(engine, ctx, scope, this)),
      m_table(new TablePane(m_model, QStringLiteral("Routers"), this)),
      m_actions(new RouterActions(engine, ctx, scope, this))
{
    const bool admin = scope == RouterModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminRoutersPanel") : QStringLiteral("RoutersPanel"));
    m_table->view()->sortByColumn(m_model->columnOf(admin ? RouterModel::Project : RouterModel::Name),
                                  Qt::AscendingOrder);
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(m_model->columnOf(RouterModel::ExternalNetwork), QHeaderView::Stretch);
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    connect(m_table->view(), &QAbstractItemView::doubleClicked, m_actions->detailsAction(),
            &QAction::trigger);
    connect(m_actions, &RouterActions::notify, this, &Panel::notify);
    connect(m_actions, &RouterActions::routerCreated, this,
            [this](const QString &, const QString &name) { selectRouters({name}); });
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedRouters()); });
    body()->addWidget(m_table, 1);
}

QList<Router> RoutersPanel::selectedRouters() const
{
    QList<Router> routers;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            routers.append(m_model->itemAt(row));
    return routers;
}

void RoutersPanel::selectRouters(const QStringList &names)
{
    // Not TablePane::selectByName: in the admin panel the first column is the project.
    const int nameColumn = m_model->columnOf(RouterModel::Name);
    QSortFilterProxyModel *proxy = m_table->proxy();
    QItemSelection selection;
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (names.contains(proxy->index(row, nameColumn).data().toString()))
            selection.select(proxy->index(row, 0), proxy->index(row, proxy->columnCount() - 1));
    m_table->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
}

} // namespace sd
