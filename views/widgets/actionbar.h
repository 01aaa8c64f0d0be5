#pragma once

#include <QToolBar>

namespace sd {

// The row above a Horizon table: the filter on the left and the table's actions on the right. A
// QToolBar, so a narrow window folds the actions into its overflow menu instead of growing the
// window's minimum width. Add the actions with addActions().
class ActionBar : public QToolBar
{
    Q_OBJECT

public:
    ActionBar(QWidget *filter, const QString &name, QWidget *parent = nullptr);
};

} // namespace sd
