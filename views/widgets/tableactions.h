#pragma once

#include <QList>

class QAbstractItemView;
class QAction;

namespace sd {

// Gives a table its row actions: the context menu shows menu (nullptr entries become separators; an
// empty menu shows nothing), and the shortcuts of keyed (Delete) work while the table has focus.
// Call once per table.
void attachTableActions(QAbstractItemView *view, const QList<QAction *> &keyed, const QList<QAction *> &menu);

} // namespace sd
