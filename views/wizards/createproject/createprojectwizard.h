#pragma once

#include "core/requestcontext.h"

#include <QWizard>

namespace sd {

class Engine;
class ProjectGroupsPage;
class ProjectInfoPage;
class ProjectMembersPage;

// Identity › Projects › Create Project, Horizon's three steps: Project Information, Project Members,
// Project Groups. Finish (on any step once the name is valid) creates the project, then gives the
// roles. Everything that can be checked before the project exists is checked first; a role the
// engine then refuses is named, and Finish tries only those again.
class CreateProjectWizard : public QWizard
{
    Q_OBJECT

public:
    CreateProjectWizard(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    ProjectInfoPage *infoPage() const { return m_info; }
    ProjectMembersPage *membersPage() const { return m_members; }
    ProjectGroupsPage *groupsPage() const { return m_groups; }
    QString createdProjectId() const { return m_projectId; }
    // The error shown on the current step; empty when none.
    QString errorText() const { return m_errorText; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void projectCreated(const QString &name);

private:
    struct Assignment
    {
        bool group = false;
        QString subject;
        QString role;
        bool operator==(const Assignment &other) const = default;
    };
    QList<Assignment> wantedAssignments() const;
    // Subjects or roles picked in the wizard that are gone now, in words; empty when all exist.
    QString missingBeforeCreate(const QList<Assignment> &wanted) const;
    void showError(const QString &message, const QString &details = {});

    Engine &m_engine;
    RequestContext m_ctx;
    ProjectInfoPage *m_info;
    ProjectMembersPage *m_members;
    ProjectGroupsPage *m_groups;
    QString m_projectId;
    QString m_projectName;
    QList<Assignment> m_done;
    QString m_errorText;
};

} // namespace sd
