#include "quotamodel.h"

#include "quotalabels.h"

namespace sd {

QuotaModel::QuotaModel(QuotaResource::Group group, QObject *parent)
    : QAbstractTableModel(parent), m_group(group)
{
}

void QuotaModel::setLines(const QList<QuotaLine> &lines)
{
    QList<QuotaLine> mine;
    for (const QuotaLine &line : lines) {
        const QuotaResource *r = findQuotaResource(line.resource);
        if (r && r->group == m_group)
            mine.append(line);
    }
    const bool sameRows =
        mine.size() == m_lines.size() &&
        std::equal(mine.begin(), mine.end(), m_lines.begin(),
                   [](const QuotaLine &a, const QuotaLine &b) { return a.resource == b.resource; });
    if (!sameRows) {
        beginResetModel();
        m_lines = mine;
        endResetModel();
        return;
    }
    // Same resources: only the limits moved, so the selection and scroll position stay.
    for (int row = 0; row < mine.size(); ++row) {
        if (mine.at(row).limit == m_lines.at(row).limit && mine.at(row).inUse == m_lines.at(row).inUse)
            continue;
        m_lines[row] = mine.at(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int QuotaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuotaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuotaLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QuotaLabels::name(line.resource) : QuotaLabels::limit(line.limit);
    case Qt::ToolTipRole:
        return index.column() == Name ? line.resource : QVariant();
    case ResourceRole:
        return line.resource;
    case LimitRole:
        return line.limit;
    default:
        return {};
    }
}

QVariant QuotaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Quota Name");
    case Limit:
        return tr("Limit");
    }
    return {};
}

} // namespace sd
