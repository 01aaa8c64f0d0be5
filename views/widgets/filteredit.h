#pragma once

#include <QLineEdit>

class QSortFilterProxyModel;

namespace sd {

// The filter box of a table: what is typed filters the proxy at once, over every row.
class FilterEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit FilterEdit(QSortFilterProxyModel *proxy, QWidget *parent = nullptr);
};

} // namespace sd
