#pragma once

#include "volume/volume.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace sd {

// The new transfer, shown once after Create Transfer (Horizon's Volume Transfer Details): its name, ID and
// authorization key in read-only fields, each with a Copy button, and a warning that the key is not kept
// and cannot be shown again.
class VolumeTransferDialog : public QDialog
{
    Q_OBJECT

public:
    VolumeTransferDialog(const VolumeTransfer &transfer, const QString &volumeName,
                         QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *copyIdButton() const { return m_copyId; }
    QPushButton *copyKeyButton() const { return m_copyKey; }
    QString warningText() const;

private:
    QLineEdit *m_id;
    QLineEdit *m_key;
    QPushButton *m_copyId;
    QPushButton *m_copyKey;
    QString m_warning;
};

} // namespace sd
