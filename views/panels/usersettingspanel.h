#pragma once

#include "panel.h"

class QComboBox;
class QPushButton;

namespace sd {

// Settings › User Settings: the interface language (applied at the next start) and resetting the
// window layout.
class UserSettingsPanel : public Panel
{
    Q_OBJECT

public:
    explicit UserSettingsPanel(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QPushButton *resetLayoutButton() const { return m_reset; }

Q_SIGNALS:
    void resetLayoutRequested();

private:
    QComboBox *m_language;
    QPushButton *m_reset;
};

} // namespace sd
