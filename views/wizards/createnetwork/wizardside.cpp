#include "wizardside.h"

#include "widgets/wizardsteps.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace sd {

WizardSide::WizardSide(QWizard *wizard)
    : QWidget(wizard), m_wizard(wizard), m_steps(new WizardStepList(wizard)), m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("WizardSide"));
    m_reason->setObjectName(QStringLiteral("CreateReasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setFixedWidth(m_steps->width());
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_steps, 1);
    column->addWidget(m_reason);
    wizard->setSideWidget(this);
    setReason({}, false);
}

void WizardSide::setWaiting(const QString &button, QWizardPage *page, const QString &problem)
{
    int at = 0;
    for (int i = 0; i < m_wizard->pageIds().size(); ++i)
        if (m_wizard->page(m_wizard->pageIds().at(i)) == page)
            at = i;
    setReason(tr("%1 waits for step %2, %3:\n%4").arg(button).arg(at + 1).arg(page->title(), problem), true);
}

void WizardSide::setReady(const QString &text)
{
    setReason(text, false);
}

void WizardSide::setReason(const QString &text, bool blocking)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
    // The step list's colours, so the line reads as part of the side panel; red when it holds Create back.
    m_reason->setStyleSheet(
        QStringLiteral("QLabel#CreateReasonLabel { background: #f1f5f9; border-right: 1px solid "
                       "#e2e8f0; padding: 10px; color: %1; }")
            .arg(blocking ? QStringLiteral("#b91c1c") : QStringLiteral("#475569")));
}

QString WizardSide::reason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

} // namespace sd
