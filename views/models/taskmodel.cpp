#include "taskmodel.h"

#include "engine.h"
#include "tasks/taskrunner.h"

#include <QColor>

namespace sd {

TaskModel::TaskModel(Engine &engine, QObject *parent) : QAbstractTableModel(parent), m_engine(engine)
{
    const QList<TaskInfo> tasks = engine.tasks().tasks();
    // Newest first: the task the user just started is the one they look for.
    for (auto it = tasks.crbegin(); it != tasks.crend(); ++it)
        m_tasks.append(*it);
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("task"))
            refreshTask(id);
    });
}

int TaskModel::rowOf(const QString &taskId) const
{
    for (int row = 0; row < m_tasks.size(); ++row)
        if (m_tasks.at(row).id == taskId)
            return row;
    return -1;
}

void TaskModel::refreshTask(const QString &taskId)
{
    const auto info = m_engine.tasks().task(taskId);
    if (!info)
        return;
    const int row = rowOf(taskId);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_tasks.prepend(*info);
        endInsertRows();
        return;
    }
    m_tasks[row] = *info;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskModel::stateText(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return tr("Queued");
    case TaskState::Running:
        return tr("Running");
    case TaskState::Succeeded:
        return tr("Succeeded");
    case TaskState::Failed:
        return tr("Failed");
    case TaskState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskInfo &task = m_tasks.at(index.row());
    const bool failed = task.state == TaskState::Failed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return task.title;
        case Progress:
            return task.progress;
        case State:
            return stateText(task.state);
        // A finished task's last phase ("Reading capacity...") would read as if it were still running.
        case Details:
            return failed ? task.error.message : (task.isFinished() ? QString() : task.phase);
        case Cancel:
            return (task.cancellable && !task.isFinished()) ? tr("Cancel") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Details && failed)
            return task.error.details.isEmpty()
                       ? task.error.message
                       : task.error.message + QStringLiteral("\n\n") + task.error.details;
        return {};
    case Qt::ForegroundRole:
        if (failed && (index.column() == State || index.column() == Details))
            return QColor(0xb9, 0x1c, 0x1c);
        return {};
    case TaskIdRole:
        return task.id;
    case CancellableRole:
        return task.cancellable && !task.isFinished();
    default:
        return {};
    }
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Task");
    case Progress:
        return tr("Progress");
    case State:
        return tr("State");
    case Details:
        return tr("Phase / Error");
    case Cancel:
        return QString();
    }
    return {};
}

} // namespace sd
