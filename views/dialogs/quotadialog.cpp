#include "quotadialog.h"

#include "widgets/quotaeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

QuotaDialog::QuotaDialog(bool showUsage, QWidget *parent)
    : QDialog(parent), m_editor(new QuotaEditor(showUsage, this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_intro(new QLabel(this))
{
    m_intro->setObjectName(QStringLiteral("HintLabel"));
    m_intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuotaDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QuotaDialog::reject);
}

QPushButton *QuotaDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString QuotaDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void QuotaDialog::load(const Result<QList<QuotaLine>> &lines)
{
    if (lines) {
        m_editor->setLines(*lines);
        return;
    }
    showError(lines.error());
    m_editor->setEnabled(false);
    okButton()->setEnabled(false);
}

void QuotaDialog::submit()
{
    const QHash<QString, qint64> changed = m_editor->changedLimits();
    if (!changed.isEmpty() && !save(changed))
        return;
    accept();
}

void QuotaDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->setToolTip(error.details);
    m_error->setVisible(true);
}

} // namespace sd
