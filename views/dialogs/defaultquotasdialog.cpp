#include "defaultquotasdialog.h"

#include "widgets/quotaeditor.h"

#include "engine.h"
#include "quota/quotaservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

DefaultQuotasDialog::DefaultQuotasDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_editor(new QuotaEditor(false, this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("DefaultQuotasDialog"));
    setWindowTitle(tr("Update Default Quotas"));
    setMinimumWidth(560);
    okButton()->setText(tr("Update Defaults"));

    auto *intro = new QLabel(tr("Every project has these limits unless it was given its own with Modify "
                                "Quotas. Unlimited (-1) sets no limit."),
                             this);
    intro->setObjectName(QStringLiteral("HintLabel"));
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    auto lines = engine.quotas().defaults(ctx);
    if (lines) {
        m_editor->setLines(*lines);
    } else {
        showError(lines.error().message, lines.error().details);
        m_editor->setEnabled(false);
        okButton()->setEnabled(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DefaultQuotasDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DefaultQuotasDialog::reject);
}

QPushButton *DefaultQuotasDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString DefaultQuotasDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void DefaultQuotasDialog::submit()
{
    const QHash<QString, qint64> changed = m_editor->changedLimits();
    if (changed.isEmpty()) {
        accept();
        return;
    }
    if (auto r = m_engine.quotas().setDefaults(m_ctx.withNewRequestId(), changed); !r) {
        showError(r.error().message, r.error().details);
        return;
    }
    accept();
}

void DefaultQuotasDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
}

} // namespace sd
