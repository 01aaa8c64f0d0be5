#include "projectspanel.h"

#include "models/projectmodel.h"
#include "projectactions.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QVBoxLayout>

namespace sd {

ProjectsPanel::ProjectsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Identity"), tr("Projects"), parent), m_model(new ProjectModel(engine, ctx, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new ResourceTable(this)),
      m_actions(new ProjectActions(engine, ctx, this)), m_filter(new FilterEdit(m_proxy, this)),
      m_count(new ItemCountLabel(m_proxy, this))
{
    setObjectName(QStringLiteral("ProjectsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // a name, a word of the description or an id finds the project
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(ProjectModel::Name);

    m_view->setObjectName(QStringLiteral("ProjectsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The description takes the spare width; the enabled flag stays narrow at the end.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ProjectModel::Description, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        m_actions->fillMenu(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_actions->editAction()->isVisible())
            m_actions->editAction()->trigger();
    });
    for (QAction *a : m_actions->actions())
        m_view->addAction(a); // shortcuts (Delete) work while the table has focus

    // Filter on the left, actions on the right, as in Horizon's table header; a narrow window folds
    // the actions into the toolbar's overflow menu.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("ProjectsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addWidget(m_filter);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_actions->createAction());
    bar->addAction(m_actions->setActiveAction());
    bar->addAction(m_actions->membersAction());
    bar->addAction(m_actions->quotasAction());
    bar->addAction(m_actions->editAction());
    bar->addAction(m_actions->enableAction());
    bar->addAction(m_actions->disableAction());
    bar->addAction(m_actions->deleteAction());

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
