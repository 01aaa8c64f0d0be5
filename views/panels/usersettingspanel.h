#pragma once

#include "panel.h"

#include "core/requestcontext.h"

class QComboBox;
class QPushButton;
class QSpinBox;

namespace sd {

class Engine;

// Settings › User Settings: the interface language (applied at the next start), Horizon's Items Per Page
// and Log Lines Per Instance, the cloud's console type (Horizon's CONSOLE_TYPE; an admin's to change), and
// resetting the window layout.
class UserSettingsPanel : public Panel
{
    Q_OBJECT

public:
    UserSettingsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QPushButton *resetLayoutButton() const { return m_reset; }
    QSpinBox *itemsPerPageSpin() const { return m_itemsPerPage; }
    QSpinBox *logLinesSpin() const { return m_logLines; }
    QComboBox *consoleTypeCombo() const { return m_consoleType; }

Q_SIGNALS:
    void resetLayoutRequested();
    void itemsPerPageChanged(int rows);

private:
    QComboBox *m_language;
    QPushButton *m_reset;
    QSpinBox *m_itemsPerPage;
    QSpinBox *m_logLines;
    QComboBox *m_consoleType;
};

} // namespace sd
