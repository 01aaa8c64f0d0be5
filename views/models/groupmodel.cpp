#include "groupmodel.h"

#include "engine.h"
#include "identity/groupservice.h"

namespace sd {

GroupModel::GroupModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<Group>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("group"))
            refreshGroup(id);
        else if (kind == QLatin1String("user"))
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("group"))
            removeKey(id);
        else if (kind == QLatin1String("user"))
            reload();
    });
}

void GroupModel::reload()
{
    if (auto groups = m_engine.groups().list(m_ctx))
        sync(*groups);
}

void GroupModel::refreshGroup(const QString &id)
{
    auto group = m_engine.groups().show(m_ctx, id);
    if (group)
        upsert(*group);
    else if (group.error().code == ErrorCode::NotFound)
        removeKey(id);
}

QVariant GroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &g = itemAt(index.row());
    if (role == GroupIdRole)
        return g.id;
    if (role == Qt::ToolTipRole && index.column() == Members)
        return g.memberNames.join(QStringLiteral(", "));
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return g.name;
    case Description:
        return g.description;
    case Members:
        return int(g.memberNames.size()); // a number, so the column sorts as one
    case Id:
        return g.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Members:
        return tr("Members");
    case Id:
        return tr("Group ID");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
