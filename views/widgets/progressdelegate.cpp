#include "progressdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace sd {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    const int height = qMin(option.rect.height() - 6, 18);
    bar.rect = QRect(option.rect.x() + 4, option.rect.y() + (option.rect.height() - height) / 2,
                     option.rect.width() - 8, height);
    bar.textAlignment = Qt::AlignCenter;
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data().toInt();
    bar.text = QStringLiteral("%1%").arg(bar.progress);
    bar.textVisible = true;
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.palette = QApplication::palette(); // the view's palette may be the inactive or selected one
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace sd
