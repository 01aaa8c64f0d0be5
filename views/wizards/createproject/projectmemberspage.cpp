#include "projectmemberspage.h"

#include "widgets/projectmemberpicker.h"

#include "engine.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

ProjectMembersPage::ProjectMembersPage(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QWizardPage(parent), m_picker(new ProjectMemberPicker(tr("All Users"), tr("Project Members"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ProjectMembersPage"));
    setTitle(tr("Project Members"));
    setSubTitle(tr("Pick the users who work in the project and the roles they hold there."));
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    QStringList roles, users;
    if (auto list = engine.roles().list(ctx))
        for (const Role &r : *list)
            roles.append(r.name);
    auto userList = engine.users().list(ctx);
    if (userList)
        for (const User &u : *userList)
            users.append(u.name);
    else
        showError(userList.error().message, userList.error().details);
    m_picker->setRoles(roles, QStringLiteral("member"));
    m_picker->setCandidates(users);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_error);
}

void ProjectMembersPage::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sd
