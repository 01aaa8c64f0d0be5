#include "securitygroupmodel.h"

#include "engine.h"
#include "network/securitygroupservice.h"

namespace sd {

SecurityGroupModel::SecurityGroupModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<SecurityGroup>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("security_group"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("security_group"))
            removeKey(id);
    });
}

void SecurityGroupModel::reload()
{
    // The project panel lists the project's own groups, also for an administrator who could see all.
    if (auto groups = m_engine.securityGroups().list(m_ctx, m_ctx.projectId))
        sync(*groups);
}

void SecurityGroupModel::refresh(const QString &id)
{
    auto group = m_engine.securityGroups().show(m_ctx, id);
    if (group && group->projectId == m_ctx.projectId)
        upsert(*group);
    else
        removeKey(id);
}

const SecurityGroup *SecurityGroupModel::group(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &itemAt(row);
}

QVariant SecurityGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecurityGroup &g = itemAt(index.row());
    switch (role) {
    case GroupIdRole:
        return g.id;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            // Spelled out, as everywhere: English plurals would otherwise need a .qm of their own.
            return g.rules.size() == 1 ? tr("1 rule") : tr("%n rules", nullptr, int(g.rules.size()));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Name:
        return g.name;
    case Id:
        return g.id;
    case Description:
        return g.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SecurityGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Security Group ID");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
