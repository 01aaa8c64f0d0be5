#include "launchpage.h"

#include "widgets/errorline.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

LaunchPage::LaunchPage(const QString &title, const QString &help, QWidget *parent)
    : QWizardPage(parent), m_content(new QVBoxLayout), m_notes(new QLabel(this)), m_reason(new QLabel(this)),
      m_error(new ErrorLine(this))
{
    setTitle(title);
    setSubTitle(help);
    m_notes->setObjectName(QStringLiteral("HintLabel"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setVisible(false);
    m_reason->setObjectName(QStringLiteral("HintLabel"));
    m_reason->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
}

void LaunchPage::update()
{
    const QString why = problem();
    m_reason->setText(why.isEmpty() ? QString() : tr("Next is disabled: %1").arg(why));
    m_reason->setVisible(!why.isEmpty());
    emit completeChanged();
    emit changed();
}

void LaunchPage::showError(const QString &message, const QString &details)
{
    m_error->setError(message, details);
}

QString LaunchPage::errorText() const
{
    return m_error->error();
}

void LaunchPage::setNotes(const QString &notes)
{
    m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());
}

QString LaunchPage::notesText() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

QString LaunchPage::reasonText() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

} // namespace sd
