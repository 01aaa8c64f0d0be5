#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd {

class Engine;
class QuotaEditor;

// Identity › Projects › Modify Quotas: the project's limits on Compute / Volume / Network tabs with its
// usage beside each. Only changed limits are sent; limits below usage are allowed (like Nova) and the
// engine's list of them is handed on, so the panel can say new creates will be refused.
class ProjectQuotasDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectQuotasDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                        QWidget *parent = nullptr);

    QuotaEditor *editor() const { return m_editor; }
    QPushButton *okButton() const;
    QString errorText() const;

Q_SIGNALS:
    // After a successful save: the engine's sentences for limits now below usage (may be empty).
    void saved(const QString &projectName, const QStringList &belowUsage);

private:
    void submit();
    void showError(const QString &message, const QString &details);

    Engine &m_engine;
    RequestContext m_ctx;
    Project m_project;
    QuotaEditor *m_editor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd
