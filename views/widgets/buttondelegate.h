#pragma once

#include <QStyledItemDelegate>

namespace sd {

// Paints a push button in cells whose display text is not empty, and reports clicks on it: a per-row
// button without index widgets, so rows can change without rebuilding widgets.
class ButtonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void clicked(const QModelIndex &index);
};

} // namespace sd
