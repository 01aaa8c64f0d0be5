#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sd {

// The new private key, shown once after Create Key Pair: read-only text, Copy, Save… (written 0600), and
// a warning that it cannot be shown again. Closing without having copied or saved it asks first.
class PrivateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    PrivateKeyDialog(const QString &keyPairName, const QString &privateKey, QWidget *parent = nullptr);

    QPlainTextEdit *keyText() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    // Where Save… wrote the key; empty until it did.
    QString savedPath() const { return m_savedPath; }
    // Writes the key to path (0600), as Save… does after its file dialog; false shows why in the dialog.
    bool saveTo(const QString &path);
    // Whether the key was copied or saved, so closing loses nothing.
    bool keyWasKept() const { return m_kept; }

public Q_SLOTS:
    void done(int result) override;

private:
    void copy();
    void chooseFile();

    QString m_name;
    QString m_privateKey;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_save;
    QString m_savedPath;
    bool m_kept = false;
};

} // namespace sd
