#pragma once

#include <QTableView>

namespace sd {

// The table every resource panel shows, set up the way Horizon's tables behave: whole rows selected,
// sortable headers, nothing edited in place, compact rows, and the last column taking the spare width.
class ResourceTable : public QTableView
{
    Q_OBJECT

public:
    explicit ResourceTable(QWidget *parent = nullptr);
};

} // namespace sd
