#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "panel.h"

class QSortFilterProxyModel;
class QTableView;

namespace sd {

class Engine;
class FilterEdit;
class ItemCountLabel;
class ProjectActions;
class ProjectModel;

// Identity › Projects: the projects the user may see, with Horizon's actions (create, members,
// quotas, edit, enable/disable, delete, set as active project).
class ProjectsPanel : public Panel
{
    Q_OBJECT

public:
    ProjectsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ProjectModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ProjectActions *actions() const { return m_actions; }
    FilterEdit *filterEdit() const { return m_filter; }
    ItemCountLabel *countLabel() const { return m_count; }

    // Selects the rows of the named projects (tests, and the new project after Create).
    void selectProjects(const QStringList &names);
    QList<Project> selectedProjects() const;

Q_SIGNALS:
    // The user asked to work in another project; the main window re-scopes the session.
    void activeProjectRequested(const QString &projectName);

private:
    void selectionChanged();

    ProjectModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    ProjectActions *m_actions;
    FilterEdit *m_filter;
    ItemCountLabel *m_count;
};

} // namespace sd
