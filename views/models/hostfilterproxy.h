#pragma once

#include <QSortFilterProxyModel>

namespace sd {

// Filters and sorts the host model over all rows (not a page: Horizon's complaint), and shows only the
// columns a panel asks for, so two panels can share one HostModel.
class HostFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HostFilterProxy(QObject *parent = nullptr);

    // Source columns to show, in the source's order; empty shows all.
    void setVisibleColumns(const QList<int> &columns);

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_columns;
};

} // namespace sd
