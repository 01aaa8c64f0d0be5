#pragma once

#include <QObject>

class QFormLayout;
class QLineEdit;

namespace sd {

// An optional administrator password for the guest and its confirmation (Horizon's Rescue and Rebuild
// forms): written to the instance's seed for cloud-init, never stored. Empty is allowed: the guest
// keeps its key pair login.
class InstancePasswordFields : public QObject
{
    Q_OBJECT

public:
    InstancePasswordFields(QFormLayout *form, const QString &label, QWidget *parent);

    QString password() const;
    // "Passwords do not match." (Horizon's words); empty when acceptable.
    QString problem() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

} // namespace sd
