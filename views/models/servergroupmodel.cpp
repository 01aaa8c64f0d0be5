#include "servergroupmodel.h"

#include "compute/servergroupservice.h"
#include "engine.h"

namespace sd {

ServerGroupModel::ServerGroupModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<ServerGroup>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("server_group"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("server_group"))
            removeKey(id);
    });
}

void ServerGroupModel::reload()
{
    if (auto groups = m_engine.serverGroups().list(m_ctx))
        sync(*groups);
}

void ServerGroupModel::refresh(const QString &id)
{
    // An administrator sees every project's group by id; this panel shows the current project's only.
    auto group = m_engine.serverGroups().show(m_ctx, id);
    if (group && group->projectId == m_ctx.projectId)
        upsert(*group);
    else
        removeKey(id);
}

QString ServerGroupModel::policyLabel(const QString &policy)
{
    if (policy == QLatin1String("affinity"))
        return tr("Affinity");
    if (policy == QLatin1String("anti-affinity"))
        return tr("Anti Affinity");
    if (policy == QLatin1String("soft-affinity"))
        return tr("Soft Affinity");
    if (policy == QLatin1String("soft-anti-affinity"))
        return tr("Soft Anti Affinity");
    return policy;
}

QString ServerGroupModel::policyExplanation(const QString &policy)
{
    if (policy == QLatin1String("affinity"))
        return tr("All instances on the same host. An instance that does not fit there is not launched.");
    if (policy == QLatin1String("anti-affinity"))
        return tr("Every instance on a different host. When no host is left, the launch fails.");
    if (policy == QLatin1String("soft-affinity"))
        return tr("On the same host where possible; otherwise the instance is launched elsewhere.");
    if (policy == QLatin1String("soft-anti-affinity"))
        return tr("On different hosts where possible; otherwise instances share a host.");
    return {};
}

QVariant ServerGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerGroup &g = itemAt(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Policy)
            return policyExplanation(g.policy);
        if (index.column() == Members && !g.members.isEmpty())
            return tr("Instance IDs:\n%1").arg(g.members.join(QLatin1Char('\n')));
        if (index.column() == Name)
            return tr("ID %1").arg(g.id);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return g.name;
    case Policy:
        return policyLabel(g.policy);
    case Members:
        return int(g.members.size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ServerGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Policy:
        return tr("Policy");
    case Members:
        return tr("Members");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
