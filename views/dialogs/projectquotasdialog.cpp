#include "projectquotasdialog.h"

#include "widgets/quotaeditor.h"

#include "engine.h"
#include "quota/quotaservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

ProjectQuotasDialog::ProjectQuotasDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                                         QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_project(project),
      m_editor(new QuotaEditor(true, this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ProjectQuotasDialog"));
    setWindowTitle(tr("Modify Quotas: %1").arg(project.name));
    setMinimumWidth(640);
    okButton()->setText(tr("Save"));

    auto *intro = new QLabel(tr("Limits for project %1. Unlimited (-1) sets no limit. A limit below what the "
                                "project uses now is allowed; new resources are then refused until usage "
                                "drops.")
                                 .arg(project.name),
                             this);
    intro->setObjectName(QStringLiteral("HintLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText); // a name like "<b>x" is shown verbatim
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    auto lines = engine.quotas().show(ctx, project.id);
    if (lines) {
        m_editor->setLines(*lines);
    } else {
        showError(lines.error().message, lines.error().details);
        m_editor->setEnabled(false);
        okButton()->setEnabled(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectQuotasDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectQuotasDialog::reject);
}

QPushButton *ProjectQuotasDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ProjectQuotasDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ProjectQuotasDialog::submit()
{
    const QHash<QString, qint64> changed = m_editor->changedLimits();
    if (changed.isEmpty()) {
        accept();
        return;
    }
    auto below = m_engine.quotas().set(m_ctx.withNewRequestId(), m_project.id, changed);
    if (!below) {
        showError(below.error().message, below.error().details);
        return;
    }
    emit saved(m_project.name, *below);
    accept();
}

void ProjectQuotasDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
}

} // namespace sd
