#pragma once

#include <QWizardPage>

class QLabel;

namespace sd {

class ProjectForm;

// Create Project, step 1 "Project Information": name, description, enabled. Next and Finish stay
// disabled while the name is empty, too long or taken, and the page says which.
class ProjectInfoPage : public QWizardPage
{
    Q_OBJECT

public:
    ProjectInfoPage(const QStringList &takenNames, QWidget *parent = nullptr);

    ProjectForm *form() const { return m_form; }
    // Why Next/Finish is disabled; empty when they are not.
    QString blockedReason() const;
    QLabel *reasonLabel() const { return m_reason; }
    void showError(const QString &message, const QString &details = {});

    bool isComplete() const override;

private:
    ProjectForm *m_form;
    QLabel *m_reason;
    QLabel *m_error;
};

} // namespace sd
