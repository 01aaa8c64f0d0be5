#pragma once

#include "compute/instance/launchspec.h"

// Every step adds its widgets to content().
#include <QVBoxLayout>
#include <QWizardPage>

class QLabel;

namespace sd {

class ErrorLine;

// What every Launch Instance step has: its help under the title, its fields, the sentence that says
// why Next waits (the step's first problem, in the engine's rules), and the engine's refusal when a
// launch from this step was refused. A step adds its part to the LaunchSpec.
class LaunchPage : public QWizardPage
{
    Q_OBJECT

public:
    LaunchPage(const QString &title, const QString &help, QWidget *parent = nullptr);

    // The first thing that keeps this step from being complete; empty when it is.
    virtual QString problem() const { return {}; }
    virtual void contribute(LaunchSpec &spec) const = 0;

    bool isComplete() const override { return problem().isEmpty(); }
    void showError(const QString &message, const QString &details = {});
    QString errorText() const;
    QString reasonText() const;
    // The grey lines above the reason: what the step's greyed-out choices are waiting for.
    QString notesText() const;

Q_SIGNALS:
    void changed();

protected:
    QVBoxLayout *content() const { return m_content; }
    // Subclasses call this whenever a field changes.
    void update();
    void setNotes(const QString &notes);

private:
    QVBoxLayout *m_content;
    QLabel *m_notes;
    QLabel *m_reason;
    ErrorLine *m_error;
};

} // namespace sd
