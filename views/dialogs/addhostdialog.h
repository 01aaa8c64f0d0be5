#pragma once

#include "core/requestcontext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sd {

class Engine;
class HostForm;

// Admin › Hypervisors › Add Host: the form, then the engine's "add host" task with its progress in the
// dialog. Closes when the host is added; on failure shows the engine's words and lets the user fix the
// fields. Never waits on the task: it follows the task's notifications.
class AddHostDialog : public QDialog
{
    Q_OBJECT

public:
    AddHostDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    HostForm *form() const { return m_form; }
    QPushButton *okButton() const;
    QPushButton *cancelButton() const;
    QString taskId() const { return m_taskId; }
    QString errorText() const;
    bool isRunning() const { return !m_taskId.isEmpty(); }

public Q_SLOTS:
    void reject() override;

private:
    void submit();
    void onTaskChanged(const QString &taskId);
    void setRunning(bool running);
    void showError(const QString &message, const QString &details);
    void updateOk();

    Engine &m_engine;
    RequestContext m_ctx;
    HostForm *m_form;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QDialogButtonBox *m_buttons;
    QString m_taskId;
};

} // namespace sd
