#include "projectmembersdialog.h"

#include "widgets/projectmemberpicker.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd {

ProjectMembersDialog::ProjectMembersDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                                           QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_project(project), m_tabs(new QTabWidget(this)),
      m_users(new ProjectMemberPicker(tr("All Users"), tr("Project Members"), this)),
      m_groups(new ProjectMemberPicker(tr("All Groups"), tr("Project Groups"), this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ProjectMembersDialog"));
    setWindowTitle(tr("Manage Members: %1").arg(project.name));
    resize(760, 480);
    okButton()->setText(tr("Save"));
    // The pickers are the tab pages; keep them off the tab's frame.
    for (ProjectMemberPicker *picker : {m_users, m_groups})
        picker->layout()->setContentsMargins(12, 12, 12, 12);
    m_tabs->addTab(m_users, tr("Project Members"));
    m_tabs->addTab(m_groups, tr("Project Groups"));
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectMembersDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectMembersDialog::reject);
    load();
}

QPushButton *ProjectMembersDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ProjectMembersDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ProjectMembersDialog::load()
{
    QStringList roles, users, groups;
    if (auto list = m_engine.roles().list(m_ctx))
        for (const Role &r : *list)
            roles.append(r.name);
    if (auto list = m_engine.users().list(m_ctx))
        for (const User &u : *list)
            users.append(u.name);
    auto groupList = m_engine.groups().list(m_ctx);
    if (groupList)
        for (const Group &g : *groupList)
            groups.append(g.name);
    m_tabs->setTabEnabled(1, groupList.ok());

    m_userRoles.clear();
    m_groupRoles.clear();
    auto assignments = m_engine.roles().assignments(m_ctx, RoleAssignmentFilter{{}, m_project.id, false});
    if (!assignments) {
        showError(assignments.error().message, assignments.error().details);
        okButton()->setEnabled(false);
        return;
    }
    for (const RoleAssignment &a : *assignments) {
        if (!a.userName.isEmpty())
            m_userRoles[a.userName].append(a.roleName);
        else if (!a.groupName.isEmpty())
            m_groupRoles[a.groupName].append(a.roleName);
    }
    // Horizon's default member role; the first role if a cloud renamed it.
    const QString defaultRole = QStringLiteral("member");
    for (ProjectMemberPicker *picker : {m_users, m_groups})
        picker->setRoles(roles, defaultRole);
    m_users->setCandidates(users);
    m_groups->setCandidates(groups);
    m_users->setMembers(m_userRoles);
    m_groups->setMembers(m_groupRoles);
}

QStringList ProjectMembersDialog::apply(bool groups, const QMap<QString, QStringList> &before,
                                        const QMap<QString, QStringList> &after)
{
    RoleService &roles = m_engine.roles();
    QStringList failures;
    QSet<QString> names(before.keyBegin(), before.keyEnd());
    for (auto it = after.keyBegin(); it != after.keyEnd(); ++it)
        names.insert(*it);
    for (const QString &name : std::as_const(names)) {
        const QStringList was = before.value(name), now = after.value(name);
        for (const QString &role : now) {
            if (was.contains(role))
                continue;
            const RequestContext ctx = m_ctx.withNewRequestId();
            auto r = groups ? roles.assignToGroup(ctx, name, m_project.id, role)
                            : roles.assignToUser(ctx, name, m_project.id, role);
            if (!r)
                failures << tr("Give %1 role %2: %3").arg(name, role, r.error().message);
        }
        for (const QString &role : was) {
            if (now.contains(role))
                continue;
            const RequestContext ctx = m_ctx.withNewRequestId();
            auto r = groups ? roles.unassignFromGroup(ctx, name, m_project.id, role)
                            : roles.unassignFromUser(ctx, name, m_project.id, role);
            if (!r)
                failures << tr("Take role %2 from %1: %3").arg(name, role, r.error().message);
        }
    }
    return failures;
}

void ProjectMembersDialog::submit()
{
    QStringList failures = apply(false, m_userRoles, m_users->members());
    if (m_tabs->isTabEnabled(1))
        failures += apply(true, m_groupRoles, m_groups->members());
    if (failures.isEmpty()) {
        accept();
        return;
    }
    // Show what now holds, with what did not happen and why.
    load();
    showError(tr("Some changes were not made:\n%1").arg(failures.join(QLatin1Char('\n'))));
}

void ProjectMembersDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
}

} // namespace sd
