#pragma once

#include "core/error.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace sd {

// What the identity dialogs share: a short explanation, a form, the reason the form cannot be sent yet
// (under the fields, and as the disabled button's tooltip), the engine's refusal in the dialog's own
// words, and OK / Cancel. A subclass adds its fields, says what is wrong and sends the form.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    FormDialog(const QString &title, const QString &okText, QWidget *parent = nullptr);

    QPushButton *okButton() const;
    // The engine's refusal shown in the dialog; empty when none.
    QString errorText() const;
    // What keeps the form from being sent, as shown under the fields; empty when nothing is shown.
    QString problemText() const;

protected:
    QFormLayout *form() const { return m_form; }
    void setIntro(const QString &text);
    // The first thing that keeps the form from being sent; empty when it may be sent.
    virtual QString problem() const = 0;
    // What to show under the fields while typing (a subclass may stay quiet about untouched fields).
    virtual QString visibleProblem() const { return problem(); }
    // Sends the form; false keeps the dialog open (the subclass showed why).
    virtual bool submit() = 0;
    void showError(const Error &error);
    // Subclasses call this whenever a field changes, and once at the end of their constructor.
    void updateOk();

private:
    void trySubmit();

    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_problem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd
