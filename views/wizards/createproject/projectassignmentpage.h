#pragma once

#include "core/requestcontext.h"

#include <QWizardPage>

class QLabel;

namespace sd {

class Engine;
class ProjectMemberPicker;

// What Create Project's members and groups steps share: a picker of names, each given roles on the new
// project (the member role by default), and the engine's refusal to list the names below it. A subclass
// titles the page and fills in the names.
class ProjectAssignmentPage : public QWizardPage
{
    Q_OBJECT

public:
    ProjectMemberPicker *picker() const { return m_picker; }
    void showError(const QString &message, const QString &details = {});

protected:
    // candidatesTitle, chosenTitle: the picker's two list headings, in the subclass's words.
    ProjectAssignmentPage(Engine &engine, const RequestContext &ctx, const QString &candidatesTitle,
                          const QString &chosenTitle, QWidget *parent);

private:
    ProjectMemberPicker *m_picker;
    QLabel *m_error;
};

} // namespace sd
