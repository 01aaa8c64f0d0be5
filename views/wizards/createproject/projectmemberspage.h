#pragma once

#include "core/requestcontext.h"

#include <QWizardPage>

class QLabel;

namespace sd {

class Engine;
class ProjectMemberPicker;

// Create Project, step 2 "Project Members": the users to give roles on the new project, each with
// the roles they get (the member role by default).
class ProjectMembersPage : public QWizardPage
{
    Q_OBJECT

public:
    ProjectMembersPage(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    ProjectMemberPicker *picker() const { return m_picker; }
    void showError(const QString &message, const QString &details = {});

private:
    ProjectMemberPicker *m_picker;
    QLabel *m_error;
};

} // namespace sd
