#pragma once

#include "dialogs/formdialog.h"

#include "console/keystroke.h"

class QLineEdit;

namespace sd {

// Send Key › Custom…: asks for a combination such as "ctrl+alt+shift+f5"; the line under the field
// names a key it does not know while the user types.
class CustomKeyDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit CustomKeyDialog(const QString &initial, QWidget *parent = nullptr);

    QLineEdit *combinationEdit() const { return m_edit; }
    // The combination typed, once accepted.
    KeyCombination combination() const { return m_combination; }
    QString text() const;

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    QLineEdit *m_edit;
    KeyCombination m_combination;
};

} // namespace sd
