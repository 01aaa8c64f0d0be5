#pragma once

#include "quota/quotaresources.h"
#include "quota/quotaservice.h"

#include <QAbstractTableModel>

namespace sd {

// The limits of one quota group (Compute, Volume or Network) as Horizon's Default Quotas tables show
// them: the resource's label and its limit, -1 as "Unlimited". Keeps the engine's resource order.
class QuotaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Limit,
        ColumnCount
    };
    enum Role
    {
        ResourceRole = Qt::UserRole + 1, // "ram", not "RAM (MB)"
        LimitRole,                       // the number, -1 for unlimited
    };

    explicit QuotaModel(QuotaResource::Group group, QObject *parent = nullptr);

    QuotaResource::Group group() const { return m_group; }
    // Takes the lines of this model's group out of all of them; a changed limit updates its row only.
    void setLines(const QList<QuotaLine> &lines);
    const QList<QuotaLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QuotaResource::Group m_group;
    QList<QuotaLine> m_lines;
};

} // namespace sd
