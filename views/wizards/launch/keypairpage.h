#pragma once

#include "core/requestcontext.h"
#include "launchpage.h"

class QPushButton;

namespace sd {

class ChoiceTable;
class Engine;

// Launch Instance, step 7 "Key Pair": one of the user's own key pairs, or none (the image's own login
// then applies). As in Horizon, a key pair can be created (its private key shown once) or imported
// right here; the new one is added to the table and chosen.
class KeyPairPage : public LaunchPage
{
    Q_OBJECT

public:
    KeyPairPage(Engine &engine, const RequestContext &ctx, const QStringList &keyNames, QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *importButton() const { return m_import; }
    void contribute(LaunchSpec &spec) const override;
    // Adds a key pair made meanwhile to the table and chooses it.
    void addKeyPair(const QString &name);

private:
    void createKeyPair();
    void importKeyPair();

    Engine &m_engine;
    RequestContext m_ctx;
    ChoiceTable *m_table;
    QPushButton *m_create;
    QPushButton *m_import;
};

} // namespace sd
