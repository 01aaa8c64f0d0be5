#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Identity › Roles: every role, one row each; built-in roles say so, since they cannot be deleted.
class RoleModel : public ListTableModel<Role>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        BuiltIn,
        Id,
        ColumnCount
    };
    enum DataRole
    {
        RoleIdRole = Qt::UserRole + 1,
        BuiltInRole,
    };

    RoleModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const Role &role) const override { return role.id; }

private:
    void reload();

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd
