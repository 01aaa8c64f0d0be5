#include "taskdock.h"

#include "buttondelegate.h"
#include "models/taskmodel.h"
#include "progressdelegate.h"

#include "engine.h"
#include "tasks/taskrunner.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace sd {

TaskDock::TaskDock(Engine &engine, QWidget *parent)
    : QDockWidget(tr("Tasks"), parent), m_engine(engine), m_model(new TaskModel(engine, this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("TasksDock"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->setItemDelegateForColumn(TaskModel::Progress, new ProgressDelegate(m_view));
    auto *cancel = new ButtonDelegate(m_view);
    m_view->setItemDelegateForColumn(TaskModel::Cancel, cancel);
    connect(cancel, &ButtonDelegate::clicked, this, [this](const QModelIndex &index) {
        m_engine.tasks().cancel(index.data(TaskModel::TaskIdRole).toString());
    });

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(TaskModel::Title, QHeaderView::Interactive);
    header->resizeSection(TaskModel::Title, 260);
    header->resizeSection(TaskModel::Progress, 140);
    header->resizeSection(TaskModel::State, 100);
    header->setSectionResizeMode(TaskModel::Details, QHeaderView::Stretch);
    header->resizeSection(TaskModel::Cancel, 90);
    setWidget(m_view);

    // An empty table says nothing; this says what will appear there.
    auto *empty = new QLabel(tr("No tasks yet. Work that touches a host (adding or removing one) shows its "
                                "progress here."),
                             m_view->viewport());
    empty->setObjectName(QStringLiteral("HintLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    const auto update = [this, empty] {
        empty->setVisible(m_model->rowCount() == 0);
        empty->setGeometry(m_view->viewport()->rect());
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, empty, update);
    m_view->viewport()->installEventFilter(this);
    m_emptyHint = empty;
    update();
}

bool TaskDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_view->viewport()->rect());
    return QDockWidget::eventFilter(watched, event);
}

} // namespace sd
