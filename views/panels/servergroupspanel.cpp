#include "servergroupspanel.h"

#include "models/servergroupmodel.h"
#include "servergroupactions.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

ServerGroupsPanel::ServerGroupsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Project › Compute"), tr("Server Groups"), parent),
      m_model(new ServerGroupModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("ServerGroups"), this)),
      m_actions(new ServerGroupActions(engine, ctx, this))
{
    setObjectName(QStringLiteral("ServerGroupsPanel"));
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    m_table->view()->horizontalHeader()->setSectionResizeMode(ServerGroupModel::Name, QHeaderView::Stretch);
    connect(m_actions, &ServerGroupActions::notify, this, &Panel::notify);
    connect(m_actions, &ServerGroupActions::serverGroupCreated, this,
            [this](const QString &name) { m_table->selectByName({name}); });
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedGroups()); });
    body()->addWidget(m_table, 1);
}

QList<ServerGroup> ServerGroupsPanel::selectedGroups() const
{
    QList<ServerGroup> groups;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            groups.append(m_model->itemAt(row));
    return groups;
}

} // namespace sd
