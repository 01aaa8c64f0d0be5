#include "editprojectdialog.h"

#include "dialogfit.h"
#include "projectform.h"

#include "engine.h"
#include "identity/projectservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

EditProjectDialog::EditProjectDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                                     QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_project(project), m_form(new ProjectForm(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("EditProjectDialog"));
    setWindowTitle(tr("Edit Project %1").arg(project.name));
    setMinimumWidth(560);

    QStringList names;
    if (auto list = engine.projects().list(ctx))
        for (const Project &p : *list)
            names.append(p.name);
    m_form->setSpec(ProjectSpec{project.name, project.description, project.enabled});
    m_form->setTakenNames(names, project.name);
    okButton()->setText(tr("Save"));
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const auto updateOk = [this] {
        okButton()->setEnabled(m_form->problem().isEmpty());
        okButton()->setToolTip(m_form->problem()); // a disabled button says why
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    };
    connect(m_form, &ProjectForm::changed, this, updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditProjectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditProjectDialog::reject);
    updateOk();
}

QPushButton *EditProjectDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString EditProjectDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void EditProjectDialog::submit()
{
    if (!m_form->problem().isEmpty())
        return;
    const ProjectSpec s = m_form->spec();
    ProjectUpdate change;
    if (s.name != m_project.name)
        change.name = s.name;
    if (s.description != m_project.description)
        change.description = s.description;
    if (s.enabled != m_project.enabled)
        change.enabled = s.enabled;
    if (!change.name && !change.description && !change.enabled) {
        accept();
        return;
    }
    auto result = m_engine.projects().update(m_ctx.withNewRequestId(), m_project.id, change);
    if (!result) {
        showError(result.error().message, result.error().details);
        return;
    }
    accept();
}

void EditProjectDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
    growToFit(this);
}

} // namespace sd
