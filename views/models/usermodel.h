#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Identity › Users: every user, one row each, with Horizon's columns. A user's change updates its row;
// a project's change re-reads the rows, since the primary project's name is shown.
class UserModel : public ListTableModel<User>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        Email,
        PrimaryProject,
        Enabled,
        Id,
        ColumnCount
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
    };

    UserModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString yesNo(bool value);

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const User &user) const override { return user.id; }

private:
    void reload();
    void refreshUser(const QString &id);

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd
