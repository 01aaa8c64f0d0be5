#include "flavorspanel.h"

#include "flavoractions.h"
#include "models/flavormodel.h"
#include "models/tablefilterproxy.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include <QAction>
#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

FlavorsPanel::FlavorsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Admin › Compute"), tr("Flavors"), parent), m_model(new FlavorModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("Flavors"), this)),
      m_actions(new FlavorActions(engine, ctx, this))
{
    setObjectName(QStringLiteral("FlavorsPanel"));
    m_table->proxy()->setSortRole(FlavorModel::SortRole);
    // Smallest first, as Nova lists them: m1.tiny above m1.xlarge, not in the alphabet's order.
    m_table->view()->sortByColumn(FlavorModel::Ram, Qt::AscendingOrder);
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    connect(m_table->view(), &QAbstractItemView::doubleClicked, this, [this] {
        if (m_actions->editAction()->isVisible())
            m_actions->editAction()->trigger();
    });
    connect(m_actions, &FlavorActions::notify, this, &Panel::notify);
    connect(m_actions, &FlavorActions::flavorCreated, this,
            [this](const QString &name) { m_table->selectByName({name}); });
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedFlavors()); });
    body()->addWidget(m_table, 1);
}

QList<Flavor> FlavorsPanel::selectedFlavors() const
{
    QList<Flavor> flavors;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            flavors.append(m_model->itemAt(row));
    return flavors;
}

} // namespace sd
