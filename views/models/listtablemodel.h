#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace sd {

// The row bookkeeping the identity models share: a list of engine values, each known by a key, where
// a change inserts, updates or removes single rows (never a reset), so selections and scroll positions
// survive the engine's notifications. Subclasses give the columns and the key.
template <typename T> class ListTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }

    const QList<T> &items() const { return m_rows; }
    const T &itemAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &key) const
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (keyOf(m_rows.at(row)) == key)
                return row;
        return -1;
    }

protected:
    virtual int columns() const = 0;
    virtual QString keyOf(const T &item) const = 0;

    // Inserts the item, or updates its row when its key is already shown.
    void upsert(const T &item)
    {
        const int row = rowOf(keyOf(item));
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(item);
            endInsertRows();
            return;
        }
        m_rows[row] = item;
        emit dataChanged(index(row, 0), index(row, columns() - 1));
    }

    void removeKey(const QString &key)
    {
        const int row = rowOf(key);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    // Makes the rows equal to items, row by row: for notifications that do not say which row changed.
    void sync(const QList<T> &items)
    {
        QSet<QString> keep;
        for (const T &item : items)
            keep.insert(keyOf(item));
        for (int row = int(m_rows.size()) - 1; row >= 0; --row)
            if (!keep.contains(keyOf(m_rows.at(row))))
                removeKey(keyOf(m_rows.at(row)));
        for (const T &item : items)
            upsert(item);
    }

private:
    QList<T> m_rows;
};

} // namespace sd
