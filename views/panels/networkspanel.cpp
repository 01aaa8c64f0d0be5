#include "networkspanel.h"

#include "models/tablefilterproxy.h"
#include "networkactions.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"
#include "widgets/rowselection.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QVBoxLayout>

namespace sd {

NetworksPanel::NetworksPanel(Engine &engine, const RequestContext &ctx, NetworkModel::Scope scope,
                             QWidget *parent)
    : Panel(scope == NetworkModel::Scope::Admin ? tr("Admin › Network") : tr("Project › Network"),
            tr("Networks"), parent),
      m_model(new NetworkModel(engine, ctx, scope, this)),
      m_table(new TablePane(m_model, QStringLiteral("Networks"), this)),
      m_actions(new NetworkActions(engine, ctx, scope, this))
{
    const bool admin = scope == NetworkModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminNetworksPanel") : QStringLiteral("NetworksPanel"));
    m_table->proxy()->setSortRole(NetworkModel::SortRole);
    m_table->view()->sortByColumn(m_model->columnOf(admin ? NetworkModel::Project : NetworkModel::Name),
                                  Qt::AscendingOrder);
    // The subnets take the spare width; the short Yes/No and state columns stay narrow at the end.
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(m_model->columnOf(NetworkModel::Subnets), QHeaderView::Stretch);
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    connect(m_table->view(), &QAbstractItemView::doubleClicked, m_actions->detailsAction(),
            &QAction::trigger);
    connect(m_actions, &NetworkActions::notify, this, &Panel::notify);
    connect(m_actions, &NetworkActions::networkCreated, this,
            [this](const QString &, const QString &name) { selectNetworks({name}); });
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedNetworks()); });
    body()->addWidget(m_table, 1);
}

QList<Network> NetworksPanel::selectedNetworks() const
{
    QList<Network> networks;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            networks.append(m_model->itemAt(row));
    return networks;
}

void NetworksPanel::selectNetworks(const QStringList &names)
{
    // Not TablePane::selectByName: in the admin panel the first column is the project.
    selectRowsByText(m_table->view(), m_model->columnOf(NetworkModel::Name), names);
}

} // namespace sd
