#include "rowselection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace sd {

void selectRowsByText(QAbstractItemView *view, int column, const QStringList &texts)
{
    QAbstractItemModel *model = view->model();
    QItemSelection selection;
    for (int row = 0; row < model->rowCount(); ++row)
        if (texts.contains(model->index(row, column).data().toString()))
            selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace sd
