#pragma once

#include "launchpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sd {

// Launch Instance, step 8 "Configuration": the customization script (cloud-init user data), typed or
// loaded from a file, with its size against the 64 KiB the NoCloud seed takes. More is refused: a
// larger file is not loaded, and typed text over the limit keeps Next disabled.
class ConfigurationPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit ConfigurationPage(QWidget *parent = nullptr);

    QPlainTextEdit *scriptEdit() const { return m_script; }
    QPushButton *loadButton() const { return m_load; }
    QString counterText() const;
    // Loads the file as the script; false (and the reason shown) when it cannot be read or is too big.
    bool loadFile(const QString &path);
    QByteArray userData() const;

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    void count();

    QPlainTextEdit *m_script;
    QPushButton *m_load;
    QLabel *m_counter;
};

} // namespace sd
