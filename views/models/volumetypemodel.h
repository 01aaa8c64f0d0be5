#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Admin › Volume › Volume Types: every volume type with the storage it stands for (the libvirt pool's
// type and name, the same on every host), whether every project may use it, and its extra specs. A
// type's change updates its row only.
class VolumeTypeModel : public ListTableModel<VolumeType>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        PoolType,
        Pool,
        Public,
        ExtraSpecs,
        ColumnCount
    };

    VolumeTypeModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What an administrator calls the pool type: "Directory (dir)", "NFS (netfs)", "Ceph RBD (rbd)".
    static QString poolTypeLabel(sd::PoolType type);
    // "key=value, key=value" (the column), or "-" when none.
    static QString extraSpecsText(const QMap<QString, QString> &specs);

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const VolumeType &type) const override { return type.id; }

private:
    void reload();
    void refresh(const QString &id);
    QString accessText(const VolumeType &type) const;

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd
