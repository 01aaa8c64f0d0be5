#pragma once

#include "compute/keypair.h"
#include "core/requestcontext.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Project › Compute › Key Pairs: the signed-in user's key pairs (key pairs are a user's, not a
// project's, as in Nova), with Horizon's columns. A key pair's change updates its row only.
class KeyPairModel : public ListTableModel<KeyPair>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Fingerprint,
        ColumnCount
    };

    KeyPairModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ED25519 256", "RSA 3072": the key as `ssh-keygen -l` describes it.
    static QString keyDescription(const KeyPair &keyPair);

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const KeyPair &keyPair) const override { return keyPair.key(); }

private:
    void reload();
    void refresh(const QString &id);

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd
