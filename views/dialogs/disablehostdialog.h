#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace sd {

// Horizon's "Disable Service": asks why, for one host or many at once.
class DisableHostDialog : public QDialog
{
    Q_OBJECT

public:
    DisableHostDialog(const QStringList &hostNames, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    QLineEdit *m_reason;
    QPushButton *m_ok = nullptr;
};

} // namespace sd
