#pragma once

#include <QListWidget>

class QWizard;

namespace sd {

// Horizon's workflows show every step as a tab; a QWizard shows one page at a time. This lists the
// wizard's steps beside its pages (as the wizard's side widget), marks the current one, and goes to a
// clicked step; forward only through complete steps, as Next would. Create it after the pages exist.
class WizardStepList : public QListWidget
{
    Q_OBJECT

public:
    explicit WizardStepList(QWizard *wizard);

    // The titles, in order, as listed.
    QStringList steps() const;

private:
    void goTo(int index);
    void follow();

    QWizard *m_wizard;
};

} // namespace sd
