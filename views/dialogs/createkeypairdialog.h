#pragma once

#include "compute/keypair.h"
#include "core/requestcontext.h"

#include "formdialog.h"

class QComboBox;
class QLineEdit;

namespace sd {

class Engine;

// Project › Compute › Key Pairs › Create Key Pair: a name and a key type. The engine generates the key;
// the private half comes back in keyPairCreated, once, for the caller to show (PrivateKeyDialog).
class CreateKeyPairDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateKeyPairDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }

Q_SIGNALS:
    void keyPairCreated(const sd::NewKeyPair &created);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_name;
    QComboBox *m_type;
};

} // namespace sd
