#include "projectgroupspage.h"

#include "widgets/projectmemberpicker.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/roleservice.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

ProjectGroupsPage::ProjectGroupsPage(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QWizardPage(parent), m_picker(new ProjectMemberPicker(tr("All Groups"), tr("Project Groups"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ProjectGroupsPage"));
    setTitle(tr("Project Groups"));
    setSubTitle(tr("Pick the groups whose members work in the project and the roles they hold there."));
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    QStringList roles, groups;
    if (auto list = engine.roles().list(ctx))
        for (const Role &r : *list)
            roles.append(r.name);
    auto groupList = engine.groups().list(ctx);
    if (groupList)
        for (const Group &g : *groupList)
            groups.append(g.name);
    else
        showError(groupList.error().message, groupList.error().details);
    m_picker->setRoles(roles, QStringLiteral("member"));
    m_picker->setCandidates(groups);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_error);
}

void ProjectGroupsPage::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sd
