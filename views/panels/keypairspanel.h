#pragma once

#include "compute/keypair.h"
#include "core/requestcontext.h"

#include "panel.h"

namespace sd {

class Engine;
class KeyPairActions;
class KeyPairModel;
class TablePane;

// Project › Compute › Key Pairs: the user's key pairs (Name, Type, Fingerprint) with Create Key Pair,
// Import Public Key, Details and Delete.
class KeyPairsPanel : public Panel
{
    Q_OBJECT

public:
    KeyPairsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    KeyPairModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    KeyPairActions *actions() const { return m_actions; }
    QList<KeyPair> selectedKeyPairs() const;

private:
    KeyPairModel *m_model;
    TablePane *m_table;
    KeyPairActions *m_actions;
};

} // namespace sd
