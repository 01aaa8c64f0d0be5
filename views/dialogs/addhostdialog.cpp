#include "addhostdialog.h"

#include "dialogfit.h"
#include "hostform.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "tasks/taskrunner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

AddHostDialog::AddHostDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_form(new HostForm(this)), m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_phase(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AddHostDialog"));
    setWindowTitle(tr("Add Host"));
    setMinimumWidth(620);

    auto *intro =
        new QLabel(tr("StackDesk connects to the host's libvirt before it stores the host, so a host "
                      "is only added once it answers."),
                   this);
    intro->setObjectName(QStringLiteral("HintLabel"));
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_phase->setObjectName(QStringLiteral("HintLabel"));
    m_phase->setVisible(false);
    okButton()->setText(tr("Add Host"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_phase);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddHostDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddHostDialog::reject);
    connect(m_form, &HostForm::changed, this, &AddHostDialog::updateOk);
    connect(m_form, &HostForm::changed, this,
            [this] { QTimer::singleShot(0, this, [this] { growToFit(this); }); });
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("task") && id == m_taskId)
            onTaskChanged(id);
    });
    updateOk();
}

QPushButton *AddHostDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *AddHostDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QString AddHostDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AddHostDialog::updateOk()
{
    const QString problem = m_form->problem();
    okButton()->setEnabled(!isRunning() && problem.isEmpty());
    // A disabled button says why it is disabled.
    okButton()->setToolTip(problem);
}

void AddHostDialog::submit()
{
    if (isRunning() || !m_form->problem().isEmpty())
        return;
    m_error->setVisible(false);
    auto task = m_engine.hosts().add(m_ctx.withNewRequestId(), m_form->spec());
    if (!task) {
        showError(task.error().message, task.error().details);
        return;
    }
    m_taskId = *task;
    setRunning(true);
    onTaskChanged(m_taskId);
}

void AddHostDialog::onTaskChanged(const QString &taskId)
{
    const auto info = m_engine.tasks().task(taskId);
    if (!info)
        return;
    m_progress->setValue(info->progress);
    m_phase->setText(info->phase);
    cancelButton()->setEnabled(info->cancellable || info->isFinished());
    if (!info->isFinished())
        return;
    m_taskId.clear();
    setRunning(false);
    switch (info->state) {
    case TaskState::Succeeded:
        accept();
        break;
    case TaskState::Failed:
        showError(info->error.message, info->error.details);
        break;
    case TaskState::Cancelled:
        showError(tr("Cancelled: the host was not added."), QString());
        break;
    default:
        break;
    }
}

void AddHostDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_progress->setVisible(running);
    m_phase->setVisible(running);
    if (!running)
        cancelButton()->setEnabled(true);
    updateOk();
}

void AddHostDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
    QTimer::singleShot(0, this, [this] { growToFit(this); });
}

void AddHostDialog::reject()
{
    // While the task runs, Cancel cancels the task; the dialog stays to show how that ended.
    if (isRunning()) {
        m_engine.tasks().cancel(m_taskId);
        m_phase->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace sd
