#include "hostfilterproxy.h"

#include "hostmodel.h"

namespace sd {

HostFilterProxy::HostFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HostModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Match the filter text in any column, hidden ones included (a URI or a CPU model finds its host).
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
}

void HostFilterProxy::setVisibleColumns(const QList<int> &columns)
{
    m_columns = columns;
    invalidateColumnsFilter();
}

bool HostFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return m_columns.isEmpty() || m_columns.contains(sourceColumn);
}

} // namespace sd
