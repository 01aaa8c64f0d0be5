#pragma once

#include <QWidget>

class QLabel;
class QWizard;
class QWizardPage;

namespace sd {

class WizardStepList;

// The side of the network wizards: Horizon's step list, and under it one line saying why Create waits
// (or what it will make), so a greyed-out button is never a riddle when its reason is on another step.
class WizardSide : public QWidget
{
    Q_OBJECT

public:
    // Create it after the wizard's pages exist; it becomes the wizard's side widget.
    explicit WizardSide(QWizard *wizard);

    WizardStepList *steps() const { return m_steps; }
    // "Create waits for step 2, Subnet:" and the problem, naming the step whose field holds it back.
    void setWaiting(const QString &button, QWizardPage *page, const QString &problem);
    // What the button will do, when nothing holds it back.
    void setReady(const QString &text);
    QString reason() const;

private:
    void setReason(const QString &text, bool blocking);

    QWizard *m_wizard;
    WizardStepList *m_steps;
    QLabel *m_reason;
};

} // namespace sd
