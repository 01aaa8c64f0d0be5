#include "projectassignmentpage.h"

#include "widgets/projectmemberpicker.h"

#include "engine.h"
#include "identity/roleservice.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

ProjectAssignmentPage::ProjectAssignmentPage(Engine &engine, const RequestContext &ctx,
                                             const QString &candidatesTitle, const QString &chosenTitle,
                                             QWidget *parent)
    : QWizardPage(parent), m_picker(new ProjectMemberPicker(candidatesTitle, chosenTitle, this)),
      m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    QStringList roles;
    if (auto list = engine.roles().list(ctx))
        for (const Role &r : *list)
            roles.append(r.name);
    m_picker->setRoles(roles, QStringLiteral("member"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_error);
}

void ProjectAssignmentPage::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sd
