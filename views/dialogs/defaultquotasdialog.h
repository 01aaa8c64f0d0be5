#pragma once

#include "core/requestcontext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd {

class Engine;
class QuotaEditor;

// Admin › System › Default Quotas › Update Default Quotas: the limits every project has unless it was
// given its own, on the same tabs as Modify Quotas. Only changed limits are sent.
class DefaultQuotasDialog : public QDialog
{
    Q_OBJECT

public:
    DefaultQuotasDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QuotaEditor *editor() const { return m_editor; }
    QPushButton *okButton() const;
    QString errorText() const;

private:
    void submit();
    void showError(const QString &message, const QString &details);

    Engine &m_engine;
    RequestContext m_ctx;
    QuotaEditor *m_editor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd
