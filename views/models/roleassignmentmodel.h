#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// One effective role of a user on a project, and the groups it comes through (empty when the role
// was given to the user directly).
struct EffectiveRole
{
    QString projectId;
    QString projectName;
    QString roleId;
    QString roleName;
    QStringList viaGroups;
    bool direct = false;
};

// The Role Assignments tab of Identity › Users: the selected user's effective roles (Keystone's
// --effective), with the group each one comes through. Any assignment, membership, project or role
// change re-reads them; the engine does not say whose assignment changed.
class RoleAssignmentModel : public ListTableModel<EffectiveRole>
{
    Q_OBJECT

public:
    enum Column
    {
        Project,
        RoleName,
        ViaGroup,
        ColumnCount
    };

    RoleAssignmentModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    // Empty: no user, no rows.
    void setUser(const QString &userId);
    QString userId() const { return m_userId; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const EffectiveRole &r) const override { return r.projectId + QLatin1Char('/') + r.roleId; }

private:
    void reload();
    QList<EffectiveRole> read() const;

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_userId;
};

} // namespace sd
