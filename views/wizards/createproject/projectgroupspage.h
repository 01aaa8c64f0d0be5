#pragma once

#include "core/requestcontext.h"

#include <QWizardPage>

class QLabel;

namespace sd {

class Engine;
class ProjectMemberPicker;

// Create Project, step 3 "Project Groups": the groups whose members get roles on the new project, each
// with the roles they give (the member role by default).
class ProjectGroupsPage : public QWizardPage
{
    Q_OBJECT

public:
    ProjectGroupsPage(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    ProjectMemberPicker *picker() const { return m_picker; }
    void showError(const QString &message, const QString &details = {});

private:
    ProjectMemberPicker *m_picker;
    QLabel *m_error;
};

} // namespace sd
