#include "projectinfopage.h"

#include "dialogs/projectform.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

ProjectInfoPage::ProjectInfoPage(const QStringList &takenNames, QWidget *parent)
    : QWizardPage(parent), m_form(new ProjectForm(this)), m_reason(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ProjectInfoPage"));
    setTitle(tr("Project Information"));
    setSubTitle(tr("Create a project to organise users and resources; members, groups and quotas can be "
                   "changed later."));
    m_form->setTakenNames(takenNames);
    m_reason->setObjectName(QStringLiteral("HintLabel"));
    m_reason->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);

    connect(m_form, &ProjectForm::changed, this, [this] {
        m_reason->setText(blockedReason().isEmpty()
                              ? QString()
                              : tr("Next and Finish are disabled: %1").arg(blockedReason()));
        emit completeChanged();
    });
    m_reason->setText(tr("Next and Finish are disabled: %1").arg(blockedReason()));
}

QString ProjectInfoPage::blockedReason() const
{
    return m_form->problem();
}

bool ProjectInfoPage::isComplete() const
{
    return m_form->problem().isEmpty();
}

void ProjectInfoPage::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sd
