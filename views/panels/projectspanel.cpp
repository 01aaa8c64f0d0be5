#include "projectspanel.h"

#include "models/projectmodel.h"
#include "models/tablefilterproxy.h"
#include "projectactions.h"
#include "widgets/actionbar.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"
#include "widgets/tableactions.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QVBoxLayout>

namespace sd {

ProjectsPanel::ProjectsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Identity"), tr("Projects"), parent), m_model(new ProjectModel(engine, ctx, this)),
      m_proxy(new TableFilterProxy(this)), m_view(new ResourceTable(this)),
      m_actions(new ProjectActions(engine, ctx, this)), m_filter(new FilterEdit(m_proxy, this)),
      m_count(new ItemCountLabel(m_proxy, this))
{
    setObjectName(QStringLiteral("ProjectsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectModel::SortRole);
    m_proxy->sort(ProjectModel::Name);

    m_view->setObjectName(QStringLiteral("ProjectsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The description takes the spare width; the enabled flag stays narrow at the end.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ProjectModel::Description, QHeaderView::Stretch);
    attachTableActions(m_view, m_actions->actions(), m_actions->menuActions());
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_actions->editAction()->isVisible())
            m_actions->editAction()->trigger();
    });

    // Filter on the left, actions on the right, as in Horizon's table header.
    auto *bar = new ActionBar(m_filter, QStringLiteral("ProjectsToolBar"), this);
    bar->addActions(m_actions->toolbarActions());

    body()->addWidget(bar);
    body()->addWidget(m_view, 1);
    body()->addWidget(m_count);

    connect(m_actions, &ProjectActions::notify, this, &Panel::notify);
    connect(m_actions, &ProjectActions::activeProjectRequested, this, &ProjectsPanel::activeProjectRequested);
    connect(m_actions, &ProjectActions::projectCreated, this,
            [this](const QString &name) { selectProjects({name}); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectsPanel::selectionChanged);
    // A project's change (enabled, name) moves the gates without the selection changing.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProjectsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProjectsPanel::selectionChanged);
    selectionChanged();
}

QList<Project> ProjectsPanel::selectedProjects() const
{
    QList<Project> projects;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_model->rowCount())
            projects.append(m_model->projectAt(row));
    }
    return projects;
}

void ProjectsPanel::selectProjects(const QStringList &names)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, ProjectModel::Name);
        if (names.contains(index.data().toString()))
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ProjectsPanel::selectionChanged()
{
    m_actions->setSelection(selectedProjects());
}

} // namespace sd
