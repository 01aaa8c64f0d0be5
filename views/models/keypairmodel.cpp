#include "keypairmodel.h"

#include "compute/keypairservice.h"
#include "engine.h"

#include <QLocale>

namespace sd {

KeyPairModel::KeyPairModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : ListTableModel<KeyPair>(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("keypair"))
            refresh(id);
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("keypair"))
            removeKey(id);
    });
}

void KeyPairModel::reload()
{
    if (auto keys = m_engine.keyPairs().list(m_ctx))
        sync(*keys);
}

void KeyPairModel::refresh(const QString &id)
{
    // id is "<user id>/<name>"; another user's key pair (an administrator made one for them) is not ours.
    const QString prefix = m_ctx.userId + QLatin1Char('/');
    if (!id.startsWith(prefix))
        return;
    if (auto key = m_engine.keyPairs().show(m_ctx, id.mid(prefix.size())))
        upsert(*key);
    else
        removeKey(id);
}

QString KeyPairModel::keyDescription(const KeyPair &k)
{
    return QStringLiteral("%1 %2").arg(k.algorithm).arg(k.bits);
}

QVariant KeyPairModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyPair &k = itemAt(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name && k.createdAt.isValid())
            return tr("Created %1").arg(QLocale().toString(k.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Type)
            return tr("An SSH key (Nova's type \"ssh\"): %1").arg(keyDescription(k));
        if (index.column() == Fingerprint)
            return tr("Compare with `ssh-keygen -lf` on your copy of the key");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return k.name;
    case Type:
        // Horizon shows Nova's "ssh"; the algorithm and size say more about the key itself.
        return QStringLiteral("%1 (%2)").arg(k.type, keyDescription(k));
    case Fingerprint:
        return k.fingerprint;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KeyPairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Fingerprint:
        return tr("Fingerprint");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
