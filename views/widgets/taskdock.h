#pragma once

#include <QDockWidget>

class QLabel;
class QTableView;

namespace sd {

class Engine;
class TaskModel;

// The "Tasks" dock: every task of this session with its progress, state and phase or error, and a Cancel
// button while a cancellable task runs.
class TaskDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TaskDock(Engine &engine, QWidget *parent = nullptr);

    TaskModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Engine &m_engine;
    TaskModel *m_model;
    QTableView *m_view;
    QLabel *m_emptyHint = nullptr;
};

} // namespace sd
