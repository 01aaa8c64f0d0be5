#pragma once

#include <QStringList>

class QAbstractItemView;

namespace sd {

// Selects the whole rows of the view whose column shows one of texts, and no others: "select what was
// just created" and the tests' way of picking rows by name.
void selectRowsByText(QAbstractItemView *view, int column, const QStringList &texts);

} // namespace sd
