#include "roleassignmentmodel.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/roleservice.h"

namespace sd {

namespace {
const QStringList kWatchedKinds = {QStringLiteral("role_assignment"), QStringLiteral("group"),
                                   QStringLiteral("user"), QStringLiteral("project"), QStringLiteral("role")};
} // namespace

RoleAssignmentModel::RoleAssignmentModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<EffectiveRole>(parent), m_engine(engine), m_ctx(ctx)
{
    for (auto signal : {&Engine::resourceChanged, &Engine::resourceRemoved})
        connect(&engine, signal, this, [this](const QString &kind, const QString &) {
            if (!m_userId.isEmpty() && kWatchedKinds.contains(kind))
                reload();
        });
}

void RoleAssignmentModel::setUser(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    // Another user's roles are other rows: a reset, not a row-by-row merge of two unrelated lists.
    beginResetModel();
    endResetModel();
    reload();
}

void RoleAssignmentModel::reload()
{
    sync(m_userId.isEmpty() ? QList<EffectiveRole>() : read());
}

QList<EffectiveRole> RoleAssignmentModel::read() const
{
    RoleAssignmentFilter effective;
    effective.user = m_userId;
    effective.effective = true;
    auto roles = m_engine.roles().assignments(m_ctx, effective);
    if (!roles)
        return {};
    // The effective list does not say where a role comes from: compare with the user's own assignments
    // and with the roles of the groups the user belongs to.
    RoleAssignmentFilter own;
    own.user = m_userId;
    auto direct = m_engine.roles().assignments(m_ctx, own);
    auto all = m_engine.roles().assignments(m_ctx, RoleAssignmentFilter());
    auto groups = m_engine.groups().list(m_ctx);

    QString userName;
    for (const RoleAssignment &a : *roles)
        userName = a.userName;
    QSet<QString> myGroups;
    if (groups)
        for (const Group &g : *groups)
            if (g.memberNames.contains(userName))
                myGroups.insert(g.id);

    QList<EffectiveRole> rows;
    for (const RoleAssignment &a : *roles) {
        EffectiveRole row{a.projectId, a.projectName, a.roleId, a.roleName, {}, false};
        if (direct)
            for (const RoleAssignment &d : *direct)
                row.direct = row.direct || (d.projectId == a.projectId && d.roleId == a.roleId);
        if (all)
            for (const RoleAssignment &g : *all)
                if (!g.groupId.isEmpty() && myGroups.contains(g.groupId) && g.projectId == a.projectId &&
                    g.roleId == a.roleId)
                    row.viaGroups.append(g.groupName);
        rows.append(row);
    }
    return rows;
}

QVariant RoleAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EffectiveRole &r = itemAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == ViaGroup && r.direct && !r.viaGroups.isEmpty())
        return tr("Also given to the user directly");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Project:
        return r.projectName;
    case RoleName:
        return r.roleName;
    case ViaGroup:
        return r.viaGroups.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoleAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Project:
        return tr("Project");
    case RoleName:
        return tr("Role");
    case ViaGroup:
        return tr("via Group");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
