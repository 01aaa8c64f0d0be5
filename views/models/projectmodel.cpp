#include "projectmodel.h"

#include "icons.h"

#include "engine.h"
#include "identity/projectservice.h"

#include <QLocale>

namespace sd {

ProjectModel::ProjectModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine), m_ctx(ctx)
{
    sync();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("project"))
            refreshProject(id);
        // A non-admin sees the projects they hold a role on: a new or removed role moves rows in or out.
        else if (kind == QLatin1String("role_assignment") && !m_ctx.isAdmin())
            sync();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("project"))
            removeProject(id);
    });
}

int ProjectModel::rowOf(const QString &projectId) const
{
    for (int row = 0; row < m_projects.size(); ++row)
        if (m_projects.at(row).id == projectId)
            return row;
    return -1;
}

void ProjectModel::sync()
{
    auto list = m_engine.projects().list(m_ctx);
    const QList<Project> now = list ? *list : QList<Project>();
    for (int row = int(m_projects.size()) - 1; row >= 0; --row) {
        const QString id = m_projects.at(row).id;
        if (std::none_of(now.begin(), now.end(), [&id](const Project &p) { return p.id == id; }))
            removeProject(id);
    }
    for (const Project &p : now) {
        const int row = rowOf(p.id);
        if (row < 0) {
            beginInsertRows({}, int(m_projects.size()), int(m_projects.size()));
            m_projects.append(p);
            endInsertRows();
        } else {
            m_projects[row] = p;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ProjectModel::refreshProject(const QString &projectId)
{
    // show() answers NotFound for a project outside the user's reach, as for one that is gone: either way
    // it does not belong in this table.
    auto project = m_engine.projects().show(m_ctx, projectId);
    const bool visible = project && (m_ctx.isAdmin() || [&] {
                             auto mine = m_engine.projects().mine(m_ctx);
                             return mine && std::any_of(mine->begin(), mine->end(),
                                                        [&](const Project &p) { return p.id == projectId; });
                         }());
    if (!visible) {
        removeProject(projectId);
        return;
    }
    const int row = rowOf(projectId);
    if (row < 0) {
        beginInsertRows({}, int(m_projects.size()), int(m_projects.size()));
        m_projects.append(*project);
        endInsertRows();
        return;
    }
    m_projects[row] = *project;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProjectModel::removeProject(const QString &projectId)
{
    const int row = rowOf(projectId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_projects.removeAt(row);
    endRemoveRows();
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = m_projects.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return p.name;
        case Description:
            // One line in the table; the tooltip has the whole text.
            return p.description.section(QLatin1Char('\n'), 0, 0);
        case ProjectId:
            return p.id;
        case Enabled:
            return p.enabled ? tr("Yes") : tr("No");
        }
        return {};
    case SortRole:
        return column == Enabled ? QVariant(p.enabled) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == Description && !p.description.isEmpty())
            return p.description;
        if (column == Name && p.createdAt.isValid())
            return tr("Created %1").arg(QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::DecorationRole:
        if (column == Enabled)
            return Icons::get(p.enabled ? QStringLiteral("check") : QStringLiteral("status-disabled"));
        return {};
    case ProjectIdRole:
        return p.id;
    default:
        return {};
    }
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case ProjectId:
        return tr("Project ID");
    case Enabled:
        return tr("Enabled");
    }
    return {};
}

} // namespace sd
