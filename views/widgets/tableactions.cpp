#include "tableactions.h"

#include <QAbstractItemView>
#include <QMenu>

namespace sd {

void attachTableActions(QAbstractItemView *view, const QList<QAction *> &keyed, const QList<QAction *> &menu)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, menu](const QPoint &pos) {
        if (menu.isEmpty())
            return;
        QMenu popup(view);
        for (QAction *a : menu) {
            if (a)
                popup.addAction(a);
            else
                popup.addSeparator();
        }
        popup.exec(view->viewport()->mapToGlobal(pos));
    });
    view->addActions(keyed);
}

} // namespace sd
