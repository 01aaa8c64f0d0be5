#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include <QAbstractTableModel>

namespace sd {

class Engine;

// The projects the user may see (admins: all; others: those they hold a role on), one row each, for
// Identity › Projects. Fed by the engine's notifications: a project's change updates its row only.
class ProjectModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        ProjectId,
        Enabled,
        ColumnCount
    };
    enum Role
    {
        ProjectIdRole = Qt::UserRole + 1,
        SortRole,
    };

    ProjectModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Project> &projects() const { return m_projects; }
    const Project &projectAt(int row) const { return m_projects.at(row); }
    int rowOf(const QString &projectId) const;

private:
    void refreshProject(const QString &projectId);
    void removeProject(const QString &projectId);
    // Brings the rows in line with the engine's list, row by row (inserts, updates, removals).
    void sync();

    Engine &m_engine;
    RequestContext m_ctx;
    QList<Project> m_projects;
};

} // namespace sd
