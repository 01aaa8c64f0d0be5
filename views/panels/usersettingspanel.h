#pragma once

#include "panel.h"

class QComboBox;
class QPushButton;
class QSpinBox;

namespace sd {

// Settings › User Settings: the interface language (applied at the next start), Horizon's Items Per Page
// and Log Lines Per Instance, and resetting the window layout.
class UserSettingsPanel : public Panel
{
    Q_OBJECT

public:
    explicit UserSettingsPanel(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QPushButton *resetLayoutButton() const { return m_reset; }
    QSpinBox *itemsPerPageSpin() const { return m_itemsPerPage; }
    QSpinBox *logLinesSpin() const { return m_logLines; }

Q_SIGNALS:
    void resetLayoutRequested();
    void itemsPerPageChanged(int rows);

private:
    QComboBox *m_language;
    QPushButton *m_reset;
    QSpinBox *m_itemsPerPage;
    QSpinBox *m_logLines;
};

} // namespace sd
