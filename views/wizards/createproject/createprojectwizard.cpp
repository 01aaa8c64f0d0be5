#include "createprojectwizard.h"

#include "dialogs/projectform.h"
#include "projectgroupspage.h"
#include "projectinfopage.h"
#include "projectmemberspage.h"
#include "widgets/projectmemberpicker.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/projectservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QSet>

namespace sd {

namespace {
QStringList projectNames(Engine &engine, const RequestContext &ctx)
{
    QStringList names;
    if (auto list = engine.projects().list(ctx))
        for (const Project &p : *list)
            names.append(p.name);
    return names;
}
} // namespace

CreateProjectWizard::CreateProjectWizard(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QWizard(parent), m_engine(engine), m_ctx(ctx),
      m_info(new ProjectInfoPage(projectNames(engine, ctx), this)),
      m_members(new ProjectMembersPage(engine, ctx, this)), m_groups(new ProjectGroupsPage(engine, ctx, this))
{
    setObjectName(QStringLiteral("CreateProjectWizard"));
    setWindowTitle(tr("Create Project"));
    setWizardStyle(QWizard::ModernStyle);
    // Horizon lets "Create Project" finish from any step: members and groups are optional.
    setOption(QWizard::HaveFinishButtonOnEarlyPages, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::FinishButton, tr("Create Project"));
    m_info->setFinalPage(true);
    m_members->setFinalPage(true);
    addPage(m_info);
    addPage(m_members);
    addPage(m_groups);
    resize(780, 560);
}

QList<CreateProjectWizard::Assignment> CreateProjectWizard::wantedAssignments() const
{
    QList<Assignment> wanted;
    const auto add = [&wanted](bool group, const QMap<QString, QStringList> &members) {
        for (auto it = members.cbegin(); it != members.cend(); ++it)
            for (const QString &role : it.value())
                wanted.append(Assignment{group, it.key(), role});
    };
    add(false, m_members->picker()->members());
    add(true, m_groups->picker()->members());
    return wanted;
}

QString CreateProjectWizard::missingBeforeCreate(const QList<Assignment> &wanted) const
{
    QSet<QString> roles, users, groups;
    if (auto list = m_engine.roles().list(m_ctx))
        for (const Role &r : *list)
            roles.insert(r.name);
    if (auto list = m_engine.users().list(m_ctx))
        for (const User &u : *list)
            users.insert(u.name);
    if (auto list = m_engine.groups().list(m_ctx))
        for (const Group &g : *list)
            groups.insert(g.name);
    QStringList missing;
    for (const Assignment &a : wanted) {
        if (!roles.contains(a.role))
            missing << tr("role %1").arg(a.role);
        if (a.group && !groups.contains(a.subject))
            missing << tr("group %1").arg(a.subject);
        if (!a.group && !users.contains(a.subject))
            missing << tr("user %1").arg(a.subject);
    }
    missing.removeDuplicates();
    return missing.join(QStringLiteral(", "));
}

void CreateProjectWizard::accept()
{
    showError({});
    const QList<Assignment> wanted = wantedAssignments();
    if (m_projectId.isEmpty()) {
        if (!m_info->isComplete())
            return;
        // Check what can be checked before anything exists, so a vanished user does not leave a
        // project behind without its members.
        if (const QString missing = missingBeforeCreate(wanted); !missing.isEmpty()) {
            showError(tr("Nothing was created, because these no longer exist: %1. Pick again.").arg(missing));
            return;
        }
        auto project = m_engine.projects().create(m_ctx.withNewRequestId(), m_info->form()->spec());
        if (!project) {
            showError(project.error().message, project.error().details);
            return;
        }
        m_projectId = project->id;
        m_projectName = project->name;
        // The project exists now; its fields are no longer what Finish changes.
        m_info->form()->setReadOnly(true);
        emit projectCreated(m_projectName);
    }

    QStringList failures;
    for (const Assignment &a : wanted) {
        if (m_done.contains(a))
            continue;
        const RequestContext ctx = m_ctx.withNewRequestId();
        auto r = a.group ? m_engine.roles().assignToGroup(ctx, a.subject, m_projectId, a.role)
                         : m_engine.roles().assignToUser(ctx, a.subject, m_projectId, a.role);
        if (r)
            m_done.append(a);
        else
            failures << (a.group ? tr("group %1, role %2: %3") : tr("user %1, role %2: %3"))
                            .arg(a.subject, a.role, r.error().message);
    }
    if (!failures.isEmpty()) {
        showError(tr("Project %1 was created, but these roles were not given:\n%2\nCreate Project tries them "
                     "again; Cancel keeps the project as it is (Manage Members can change it later).")
                      .arg(m_projectName, failures.join(QLatin1Char('\n'))));
        return;
    }
    QWizard::accept();
}

void CreateProjectWizard::showError(const QString &message, const QString &details)
{
    m_errorText = message;
    // Each step has its own error line; the message goes where the user is looking.
    m_info->showError(currentPage() == m_info ? message : QString(), details);
    m_members->showError(currentPage() == m_members ? message : QString(), details);
    m_groups->showError(currentPage() == m_groups ? message : QString(), details);
}

} // namespace sd
