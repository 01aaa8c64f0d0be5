#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd {

class Engine;
class ProjectForm;

// Identity › Projects › Edit Project: name, description, enabled. Sends only what changed; the
// engine's refusal (a name taken meanwhile, disabling the project one works in) shows in the dialog.
class EditProjectDialog : public QDialog
{
    Q_OBJECT

public:
    EditProjectDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                      QWidget *parent = nullptr);

    ProjectForm *form() const { return m_form; }
    QPushButton *okButton() const;
    QString errorText() const;

private:
    void submit();
    void showError(const QString &message, const QString &details);

    Engine &m_engine;
    RequestContext m_ctx;
    Project m_project;
    ProjectForm *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd
