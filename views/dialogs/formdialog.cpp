#include "formdialog.h"

#include "dialogfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

FormDialog::FormDialog(const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_form(new QFormLayout), m_problem(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setMinimumWidth(520);
    okButton()->setText(okText);

    m_intro->setObjectName(QStringLiteral("HintLabel"));
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    for (QLabel *label : {m_problem, m_error}) {
        label->setObjectName(QStringLiteral("FieldError"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setVisible(false);
    }
    m_problem->setAccessibleName(tr("Form problem"));
    m_error->setAccessibleName(tr("Error"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

QPushButton *FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString FormDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString FormDialog::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void FormDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void FormDialog::updateOk()
{
    const QString problem = this->problem();
    okButton()->setEnabled(problem.isEmpty());
    // A disabled button says why it is disabled.
    okButton()->setToolTip(problem);
    const QString shown = visibleProblem();
    m_problem->setText(shown);
    m_problem->setVisible(!shown.isEmpty());
    // An old refusal no longer applies once the user changes what was refused.
    m_error->setVisible(false);
    QTimer::singleShot(0, this, [this] { growToFit(this); });
}

void FormDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->setToolTip(error.details);
    m_error->setVisible(true);
    growToFit(this);
}

void FormDialog::trySubmit()
{
    if (!problem().isEmpty())
        return;
    m_error->setVisible(false);
    if (submit())
        accept();
}

} // namespace sd
