#include "pagestepper.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

namespace sd {

PageStepper::PageStepper(QAbstractItemView *view, int rows) : QObject(view), m_view(view), m_rows(rows)
{
    setObjectName(QStringLiteral("PageStepper"));
    view->installEventFilter(this);
    connect(view->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, &PageStepper::onScrollAction);
}

void PageStepper::applyTo(QWidget *root, int rows)
{
    for (QTableView *view : root->findChildren<QTableView *>()) {
        if (auto *stepper = view->findChild<PageStepper *>(QString(), Qt::FindDirectChildrenOnly))
            stepper->setRows(rows);
        else
            new PageStepper(view, rows);
    }
}

void PageStepper::onScrollAction(int action)
{
    if (action != QAbstractSlider::SliderPageStepAdd && action != QAbstractSlider::SliderPageStepSub)
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    // The slider has already moved by Qt's page; value() is still where it was.
    int step = m_rows;
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel)
        step *= std::max(1, m_view->sizeHintForRow(0));
    bar->setSliderPosition(bar->value() + (action == QAbstractSlider::SliderPageStepAdd ? step : -step));
}

void PageStepper::moveCurrent(int delta)
{
    QAbstractItemModel *model = m_view->model();
    if (!model || model->rowCount() == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = std::clamp((current.isValid() ? current.row() : 0) + delta, 0, model->rowCount() - 1);
    const QModelIndex target = model->index(row, current.isValid() ? current.column() : 0);
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_view->scrollTo(target);
}

bool PageStepper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_PageDown) {
            moveCurrent(m_rows);
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_PageUp) {
            moveCurrent(-m_rows);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sd
