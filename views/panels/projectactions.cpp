#include "projectactions.h"

#include "dialogs/editprojectdialog.h"
#include "dialogs/projectmembersdialog.h"
#include "dialogs/projectquotasdialog.h"
#include "icons.h"
#include "wizards/createproject/createprojectwizard.h"

#include "engine.h"
#include "identity/policy.h"
#include "identity/projectservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

ProjectActions::ProjectActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Project…"), this)),
      m_members(new QAction(Icons::get(QStringLiteral("project-members")), tr("Manage Members…"), this)),
      m_quotas(new QAction(Icons::get(QStringLiteral("quota-modify")), tr("Modify Quotas…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Project…"), this)),
      m_enable(new QAction(Icons::get(QStringLiteral("action-enable")), tr("Enable Project"), this)),
      m_disable(new QAction(Icons::get(QStringLiteral("action-disable")), tr("Disable Project"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Project…"), this)),
      m_setActive(
          new QAction(Icons::get(QStringLiteral("project-set-active")), tr("Set as Active Project"), this))
{
    m_create->setObjectName(QStringLiteral("createProjectAction"));
    m_members->setObjectName(QStringLiteral("manageMembersAction"));
    m_quotas->setObjectName(QStringLiteral("modifyQuotasAction"));
    m_edit->setObjectName(QStringLiteral("editProjectAction"));
    m_enable->setObjectName(QStringLiteral("enableProjectAction"));
    m_disable->setObjectName(QStringLiteral("disableProjectAction"));
    m_delete->setObjectName(QStringLiteral("deleteProjectAction"));
    m_setActive->setObjectName(QStringLiteral("setActiveProjectAction"));
    m_create->setToolTip(tr("Create a project with its members and groups"));
    m_members->setToolTip(tr("Give or take roles of users and groups on the selected project"));
    m_quotas->setToolTip(tr("Change the limits of the selected project"));
    m_edit->setToolTip(tr("Change the name, description or enabled state of the selected project"));
    m_enable->setToolTip(tr("Let users log in to the selected projects again"));
    m_disable->setToolTip(tr("Keep users from logging in to the selected projects"));
    m_delete->setToolTip(tr("Delete the selected projects; a project that still owns resources is refused"));
    m_setActive->setToolTip(tr("Work in the selected project (you need a role on it)"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Short words on the toolbar (menus keep the full ones), so all eight fit beside the filter.
    m_members->setIconText(tr("Members…"));
    m_quotas->setIconText(tr("Quotas…"));
    m_edit->setIconText(tr("Edit…"));
    m_enable->setIconText(tr("Enable"));
    m_disable->setIconText(tr("Disable"));
    m_delete->setIconText(tr("Delete…"));
    m_setActive->setIconText(tr("Set Active"));

    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("project:create")));
    m_members->setVisible(policy.allows(ctx, QStringLiteral("role_assignment:create")));
    m_quotas->setVisible(policy.allows(ctx, QStringLiteral("quota:update")));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("project:update")));
    m_enable->setVisible(policy.allows(ctx, QStringLiteral("project:update")));
    m_disable->setVisible(policy.allows(ctx, QStringLiteral("project:update")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("project:delete")));

    connect(m_create, &QAction::triggered, this, &ProjectActions::createProject);
    connect(m_members, &QAction::triggered, this, &ProjectActions::manageMembers);
    connect(m_quotas, &QAction::triggered, this, &ProjectActions::modifyQuotas);
    connect(m_edit, &QAction::triggered, this, &ProjectActions::editProject);
    connect(m_enable, &QAction::triggered, this, [this] { setEnabled(true); });
    connect(m_disable, &QAction::triggered, this, [this] { setEnabled(false); });
    connect(m_delete, &QAction::triggered, this, &ProjectActions::deleteProjects);
    connect(m_setActive, &QAction::triggered, this, &ProjectActions::setActive);
    // Whom one may switch to moves with role assignments and with projects coming and going.
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("role_assignment") || kind == QLatin1String("project")) {
            refreshMine();
            updateEnabled();
        }
    });
    refreshMine();
    updateEnabled();
}

QList<QAction *> ProjectActions::actions() const
{
    return {m_create, m_members, m_quotas, m_edit, m_enable, m_disable, m_delete, m_setActive};
}

QList<QAction *> ProjectActions::toolbarActions() const
{
    return {m_create, m_setActive, m_members, m_quotas, m_edit, m_enable, m_disable, m_delete};
}

QList<QAction *> ProjectActions::menuActions() const
{
    return {m_setActive, nullptr,  m_members, m_quotas, m_edit,
            nullptr,     m_enable, m_disable, nullptr,  m_delete};
}

void ProjectActions::setSelection(const QList<Project> &projects)
{
    m_selection = projects;
    updateEnabled();
}

void ProjectActions::refreshMine()
{
    m_mine.clear();
    if (auto mine = m_engine.projects().mine(m_ctx))
        for (const Project &p : *mine)
            m_mine.insert(p.id);
}

void ProjectActions::updateEnabled()
{
    // The selection is a snapshot; read the projects' current state so the gates follow a change made
    // elsewhere (another dialog, stackctl's notification) without the selection moving.
    for (Project &p : m_selection)
        if (auto now = m_engine.projects().show(m_ctx, p.id))
            p = *now;
    const bool one = m_selection.size() == 1;
    const bool anyEnabled =
        std::any_of(m_selection.begin(), m_selection.end(), [](const Project &p) { return p.enabled; });
    const bool anyDisabled =
        std::any_of(m_selection.begin(), m_selection.end(), [](const Project &p) { return !p.enabled; });
    m_members->setEnabled(one);
    m_quotas->setEnabled(one);
    m_edit->setEnabled(one);
    m_enable->setEnabled(anyDisabled);
    m_disable->setEnabled(anyEnabled);
    m_delete->setEnabled(!m_selection.isEmpty());
    const bool canSwitch = one && m_selection.first().enabled && m_selection.first().id != m_ctx.projectId &&
                           m_mine.contains(m_selection.first().id);
    m_setActive->setEnabled(canSwitch);
    if (one && m_selection.first().id == m_ctx.projectId)
        m_setActive->setToolTip(tr("You are working in this project already"));
    else if (one && !m_mine.contains(m_selection.first().id))
        m_setActive->setToolTip(
            tr("You hold no role on this project; give yourself one with Manage Members"));
    else
        m_setActive->setToolTip(tr("Work in the selected project (you need a role on it)"));
}

void ProjectActions::createProject()
{
    auto *wizard = new CreateProjectWizard(m_engine, m_ctx, m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateProjectWizard::projectCreated, this, &ProjectActions::projectCreated);
    wizard->open();
}

void ProjectActions::manageMembers()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new ProjectMembersDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProjectActions::modifyQuotas()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new ProjectQuotasDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectQuotasDialog::saved, this, [this](const QString &name, const QStringList &below) {
        // Allowed, like Nova; the admin should know new creates in the project will be refused.
        if (!below.isEmpty())
            emit notify(tr("Quotas of project %1 saved. Below what the project uses now: %2. New resources "
                           "of those kinds will be refused until usage drops.")
                            .arg(name, below.join(QStringLiteral("; "))),
                        below.join(QLatin1Char('\n')));
    });
    dialog->open();
}

void ProjectActions::editProject()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new EditProjectDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProjectActions::setEnabled(bool enabled)
{
    const QList<Project> targets = m_selection;
    for (const Project &p : targets) {
        if (p.enabled == enabled)
            continue;
        ProjectUpdate change;
        change.enabled = enabled;
        if (auto r = m_engine.projects().update(m_ctx.withNewRequestId(), p.id, change); !r)
            emit notify(r.error().message, r.error().details);
    }
}

void ProjectActions::deleteProjects()
{
    if (m_selection.isEmpty())
        return;
    const QList<Project> targets = m_selection;
    QStringList names;
    for (const Project &p : targets)
        names.append(p.name);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete Project"),
                        (targets.size() == 1 ? tr("Delete project %1?")
                                             : tr("Delete %n projects: %1?", nullptr, int(targets.size())))
                            .arg(names.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteProjectConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("The projects' role assignments and quotas go with them. A project that still "
                               "owns resources, the project you work in and the last administrator's project "
                               "are refused. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("Delete Project"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const Project &p : targets)
            if (auto r = m_engine.projects().remove(m_ctx.withNewRequestId(), p.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

void ProjectActions::setActive()
{
    if (m_setActive->isEnabled() && m_selection.size() == 1)
        emit activeProjectRequested(m_selection.first().name);
}

} // namespace sd
