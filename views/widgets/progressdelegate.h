#pragma once

#include <QStyledItemDelegate>

namespace sd {

// Paints an int 0..100 as a progress bar, for the Tasks dock.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace sd
