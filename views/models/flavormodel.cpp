#include "flavormodel.h"

#include "units.h"
#include "usermodel.h"

#include "compute/flavorservice.h"
#include "engine.h"
#include "identity/projectservice.h"

#include <QLocale>

namespace sd {

FlavorModel::FlavorModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<Flavor>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("flavor"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("flavor"))
            removeKey(id);
    });
}

void FlavorModel::reload()
{
    if (auto flavors = m_engine.flavors().list(m_ctx))
        sync(*flavors);
}

void FlavorModel::refresh(const QString &id)
{
    // show() answers NotFound for a private flavor outside the user's projects as for one that is gone:
    // either way it does not belong in this table.
    if (auto flavor = m_engine.flavors().show(m_ctx, id))
        upsert(*flavor);
    else
        removeKey(id);
}

QVariant FlavorModel::sortValue(const Flavor &f, int column) const
{
    switch (Column(column)) {
    case Vcpus:
        return f.vcpus;
    case Ram:
        return f.ramMb;
    case RootDisk:
        return f.diskGb;
    case EphemeralDisk:
        return f.ephemeralGb;
    case SwapDisk:
        return f.swapMb;
    case Public:
        return f.isPublic;
    case Metadata:
        return f.extraSpecs.size();
    case Name:
        return f.name;
    case Id:
        return f.id;
    case ColumnCount:
        break;
    }
    return {};
}

QString FlavorModel::toolTip(const Flavor &f, int column) const
{
    switch (Column(column)) {
    case Name: {
        QStringList lines;
        if (!f.description.isEmpty())
            lines << f.description;
        if (f.createdAt.isValid())
            lines
                << tr("Created %1").arg(QLocale().toString(f.createdAt.toLocalTime(), QLocale::ShortFormat));
        return lines.join(QLatin1Char('\n'));
    }
    case Public: {
        if (f.isPublic)
            return tr("Every project may use this flavor");
        // Names, not ids: the administrator knows projects by name.
        QStringList names;
        for (const QString &id : f.projectIds) {
            auto p = m_engine.projects().show(m_ctx, id);
            names << (p ? p->name : id);
        }
        return names.isEmpty()
                   ? tr("Private; no project has access yet (only administrators can use it)")
                   : tr("Private; projects with access: %1").arg(names.join(QStringLiteral(", ")));
    }
    case Metadata: {
        QStringList lines;
        for (auto it = f.extraSpecs.cbegin(); it != f.extraSpecs.cend(); ++it)
            lines << QStringLiteral("%1 = %2").arg(it.key(), it.value());
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant FlavorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flavor &f = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case FlavorIdRole:
        return f.id;
    case SortRole:
        return sortValue(f, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(f, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        // Numbers line up on the right, as in Horizon's size columns.
        if (column >= Vcpus && column <= SwapDisk)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case Name:
        return f.name;
    case Vcpus:
        return f.vcpus;
    case Ram:
        return Units::megabytes(f.ramMb);
    case RootDisk:
        return Units::gigabytes(f.diskGb);
    case EphemeralDisk:
        return Units::gigabytes(f.ephemeralGb);
    case SwapDisk:
        return Units::megabytes(f.swapMb);
    case Id:
        return f.id;
    case Public:
        return UserModel::yesNo(f.isPublic);
    case Metadata:
        return UserModel::yesNo(!f.extraSpecs.isEmpty());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FlavorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Flavor Name");
    case Vcpus:
        return tr("VCPUs");
    case Ram:
        return tr("RAM");
    case RootDisk:
        return tr("Root Disk");
    case EphemeralDisk:
        return tr("Ephemeral Disk");
    case SwapDisk:
        return tr("Swap Disk");
    case Id:
        return tr("ID");
    case Public:
        return tr("Public");
    case Metadata:
        return tr("Metadata");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
