#pragma once

#include <QAbstractTableModel>
#include <QHash>
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
        // An index of the keys, rebuilt after a removal shifted the rows: a search row by row made a load
        // of n rows cost n*n key comparisons (seconds for 10,000 instances).
        if (!m_indexValid) {
            m_index.clear();
            m_index.reserve(m_rows.size());
            for (int row = 0; row < m_rows.size(); ++row)
                m_index.insert(keyOf(m_rows.at(row)), row);
            m_indexValid = true;
        }
        return m_index.value(key, -1);
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
            m_index.insert(keyOf(item), int(m_rows.size()));
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
        m_indexValid = false;
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
        // The new rows in one insertion at the end (a first load is one signal, not one per row); the
        // rows already shown are updated in place.
        QList<T> added;
        QHash<QString, qsizetype> addedAt; // a key given twice is one row, the later value
        for (const T &item : items) {
            if (rowOf(keyOf(item)) >= 0) {
                upsert(item);
            } else if (auto it = addedAt.constFind(keyOf(item)); it != addedAt.constEnd()) {
                added[*it] = item;
            } else {
                addedAt.insert(keyOf(item), added.size());
                added.append(item);
            }
        }
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const T &item : std::as_const(added)) {
            m_index.insert(keyOf(item), int(m_rows.size()));
            m_rows.append(item);
        }
        endInsertRows();
    }

private:
    QList<T> m_rows;
    mutable QHash<QString, int> m_index; // key -> row
    mutable bool m_indexValid = true;
};

} // namespace sd
