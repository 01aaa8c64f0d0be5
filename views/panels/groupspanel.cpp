#include "groupspanel.h"

#include "groupactions.h"
#include "models/groupmodel.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

GroupsPanel::GroupsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Identity"), tr("Groups"), parent), m_model(new GroupModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("Groups"), this)),
      m_actions(new GroupActions(engine, ctx, this))
{
    setObjectName(QStringLiteral("GroupsPanel"));
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    m_table->view()->horizontalHeader()->setSectionResizeMode(GroupModel::Description,
                                                              QHeaderView::Interactive);
    m_table->view()->setColumnWidth(GroupModel::Description, 320);
    connect(m_actions, &GroupActions::notify, this, &Panel::notify);
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedGroups()); });
    body()->addWidget(m_table, 1);
}

QList<Group> GroupsPanel::selectedGroups() const
{
    QList<Group> groups;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            groups.append(m_model->itemAt(row));
    return groups;
}

} // namespace sd
