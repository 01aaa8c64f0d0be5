#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Project › Network › Security Groups: the groups of the user's project (its `default` one included),
// with Horizon's columns. A group's change (its rules included) updates its row only.
class SecurityGroupModel : public ListTableModel<SecurityGroup>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Id,
        Description,
        ColumnCount
    };
    enum DataRole
    {
        GroupIdRole = Qt::UserRole + 1,
    };

    SecurityGroupModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The group with this id as the table has it, or nullptr.
    const SecurityGroup *group(const QString &id) const;

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const SecurityGroup &group) const override { return group.id; }

private:
    void reload();
    void refresh(const QString &id);

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd
