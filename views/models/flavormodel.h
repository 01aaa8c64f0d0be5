#pragma once

#include "compute/flavor.h"
#include "core/requestcontext.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Admin › Compute › Flavors: every flavor the user may see, one row each, with Horizon's columns and
// sizes as an administrator reads them ("2 GB", not 2048). A flavor's change updates its row only.
class FlavorModel : public ListTableModel<Flavor>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Vcpus,
        Ram,
        RootDisk,
        EphemeralDisk,
        SwapDisk,
        Id,
        Public,
        Metadata,
        ColumnCount
    };
    enum DataRole
    {
        FlavorIdRole = Qt::UserRole + 1,
        // Numbers for the size columns, so "512 MB" sorts before "2 GB".
        SortRole,
    };

    FlavorModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const Flavor &flavor) const override { return flavor.id; }

private:
    void reload();
    void refresh(const QString &id);
    QVariant sortValue(const Flavor &f, int column) const;
    QString toolTip(const Flavor &f, int column) const;

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd
