#pragma once

#include <QSortFilterProxyModel>

namespace sd {

// The filter and sort of an identity table: what is typed matches any column, over every row (not a
// page, Horizon's complaint), without regard to case.
class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxy(QObject *parent = nullptr);
};

} // namespace sd
