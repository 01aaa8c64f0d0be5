#include "usermodel.h"

#include "engine.h"
#include "identity/userservice.h"

namespace sd {

UserModel::UserModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<User>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("user"))
            refreshUser(id);
        else if (kind == QLatin1String("project"))
            reload(); // a renamed project renames the Primary Project cells
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("user"))
            removeKey(id);
        else if (kind == QLatin1String("project"))
            reload();
    });
}

void UserModel::reload()
{
    if (auto users = m_engine.users().list(m_ctx))
        sync(*users);
}

void UserModel::refreshUser(const QString &id)
{
    auto user = m_engine.users().show(m_ctx, id);
    if (user)
        upsert(*user);
    else if (user.error().code == ErrorCode::NotFound)
        removeKey(id); // gone between the notification and this read
}

QString UserModel::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = itemAt(index.row());
    if (role == UserIdRole)
        return u.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return u.name;
    case Description:
        return u.description;
    case Email:
        return u.email;
    case PrimaryProject:
        return u.primaryProjectName;
    case Enabled:
        return yesNo(u.enabled);
    case Id:
        return u.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("User Name");
    case Description:
        return tr("Description");
    case Email:
        return tr("Email");
    case PrimaryProject:
        return tr("Primary Project");
    case Enabled:
        return tr("Enabled");
    case Id:
        return tr("User ID");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
