#pragma once

#include "tasks/taskinfo.h"

#include <QAbstractTableModel>

namespace sd {

class Engine;

// The tasks of this session, newest first, for the Tasks dock. A task's change updates its one row.
class TaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Progress,
        State,
        Details,
        Cancel,
        ColumnCount
    };
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        CancellableRole, // true while the task runs and may be cancelled
    };

    explicit TaskModel(Engine &engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &taskId) const;
    static QString stateText(TaskState state);

private:
    void refreshTask(const QString &taskId);

    Engine &m_engine;
    QList<TaskInfo> m_tasks;
};

} // namespace sd
