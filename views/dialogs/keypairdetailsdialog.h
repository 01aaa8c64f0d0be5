#pragma once

#include "compute/keypair.h"

#include <QDialog>

class QPlainTextEdit;

namespace sd {

// A key pair's details, as Horizon's detail page: name, type, fingerprint, when it was made, and the
// public key to copy (for an authorized_keys file or another cloud).
class KeyPairDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyPairDetailsDialog(const KeyPair &keyPair, QWidget *parent = nullptr);

    QPlainTextEdit *publicKeyText() const { return m_publicKey; }

private:
    QPlainTextEdit *m_publicKey;
};

} // namespace sd
