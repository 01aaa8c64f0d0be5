#include "rolemodel.h"

#include "usermodel.h"

#include "engine.h"
#include "identity/roleservice.h"

namespace sd {

RoleModel::RoleModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<Role>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    // The engine has no "show role": a change re-reads the list, which still updates row by row.
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &) {
        if (kind == QLatin1String("role"))
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("role"))
            removeKey(id);
    });
}

void RoleModel::reload()
{
    if (auto roles = m_engine.roles().list(m_ctx))
        sync(*roles);
}

QVariant RoleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role &r = itemAt(index.row());
    if (role == RoleIdRole)
        return r.id;
    if (role == BuiltInRole)
        return r.builtIn;
    if (role == Qt::ToolTipRole && index.column() == BuiltIn && r.builtIn)
        return tr("admin, member and reader come with StackDesk and cannot be deleted");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return r.name;
    case BuiltIn:
        return UserModel::yesNo(r.builtIn);
    case Id:
        return r.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Role Name");
    case BuiltIn:
        return tr("Built-in");
    case Id:
        return tr("Role ID");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
