#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Identity › Groups: every group with its member count. A group's change updates its row; a user's
// change or removal re-reads the groups, because the engine does not say which groups lost a member.
class GroupModel : public ListTableModel<Group>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        Members,
        Id,
        ColumnCount
    };
    enum Role
    {
        GroupIdRole = Qt::UserRole + 1,
    };

    GroupModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const Group &group) const override { return group.id; }

private:
    void reload();
    void refreshGroup(const QString &id);

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd
