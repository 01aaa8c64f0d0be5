#include "volumetypemodel.h"

#include "usermodel.h"

#include "engine.h"
#include "identity/projectservice.h"
#include "volume/volumetypeservice.h"

#include <QLocale>

namespace sd {

VolumeTypeModel::VolumeTypeModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<VolumeType>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume_type"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume_type"))
            removeKey(id);
    });
}

void VolumeTypeModel::reload()
{
    if (auto types = m_engine.volumeTypes().list(m_ctx))
        sync(*types);
}

void VolumeTypeModel::refresh(const QString &id)
{
    if (auto type = m_engine.volumeTypes().show(m_ctx, id))
        upsert(*type);
    else
        removeKey(id);
}

QString VolumeTypeModel::poolTypeLabel(sd::PoolType type)
{
    switch (type) {
    case sd::PoolType::Dir:
        return tr("Directory (dir)");
    case sd::PoolType::Logical:
        return tr("LVM volume group (logical)");
    case sd::PoolType::Netfs:
        return tr("NFS (netfs)");
    case sd::PoolType::Iscsi:
        return tr("iSCSI target (iscsi)");
    case sd::PoolType::Rbd:
        return tr("Ceph RBD (rbd)");
    }
    return poolTypeName(type);
}

QString VolumeTypeModel::extraSpecsText(const QMap<QString, QString> &specs)
{
    if (specs.isEmpty())
        return tr("-");
    QStringList pairs;
    for (auto it = specs.cbegin(); it != specs.cend(); ++it)
        pairs << QStringLiteral("%1=%2").arg(it.key(), it.value());
    return pairs.join(QStringLiteral(", "));
}

QString VolumeTypeModel::accessText(const VolumeType &type) const
{
    if (type.isPublic)
        return tr("Every project may create volumes of this type");
    QStringList names;
    for (const QString &id : type.projectIds) {
        auto p = m_engine.projects().show(m_ctx, id);
        names << (p ? p->name : id);
    }
    return names.isEmpty() ? tr("Private; no project has access yet (only administrators can use it)")
                           : tr("Private; projects with access: %1").arg(names.join(QStringLiteral(", ")));
}

QVariant VolumeTypeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeType &t = itemAt(index.row());
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Name:
            return tr("ID %1\nCreated %2")
                .arg(t.id, QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat));
        case PoolType:
        case Pool: {
            // The pool's settings, so an administrator sees where the data goes without opening anything.
            QStringList lines;
            for (auto it = t.poolOptions.cbegin(); it != t.poolOptions.cend(); ++it)
                lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
            lines << (t.shared() ? tr("Shared storage: its volumes attach to instances on any host")
                                 : tr("Per-host storage: its volumes attach to instances on their own host"));
            return lines.join(QLatin1Char('\n'));
        }
        case Public:
            return accessText(t);
        case ExtraSpecs: {
            QStringList lines;
            for (auto it = t.extraSpecs.cbegin(); it != t.extraSpecs.cend(); ++it)
                lines << QStringLiteral("%1 = %2").arg(it.key(), it.value());
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return t.name;
    case Description:
        return t.description.isEmpty() ? tr("-") : t.description;
    case PoolType:
        return poolTypeLabel(t.poolType);
    case Pool:
        return t.poolName();
    case Public:
        return UserModel::yesNo(t.isPublic);
    case ExtraSpecs:
        return extraSpecsText(t.extraSpecs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VolumeTypeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case PoolType:
        return tr("Pool Type");
    case Pool:
        return tr("Pool");
    case Public:
        return tr("Public");
    case ExtraSpecs:
        return tr("Extra Specs");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
