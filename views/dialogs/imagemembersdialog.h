#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"
#include "image/image.h"

#include "formdialog.h"

class QLineEdit;
class QPushButton;

namespace sd {

class Engine;
class ProjectPicker;

// Manage Members of a shared image: the projects that may use it besides its owner. Administrators pick
// from every project; a member, who cannot list other projects, names them (as Glance takes project IDs).
// Save adds and removes the difference; a refused project stays in the dialog with the engine's reason.
class ImageMembersDialog : public FormDialog
{
    Q_OBJECT

public:
    ImageMembersDialog(Engine &engine, const RequestContext &ctx, const Image &image,
                       QWidget *parent = nullptr);

    ProjectPicker *picker() const { return m_picker; }
    QLineEdit *projectEdit() const { return m_projectEdit; }
    QPushButton *addProjectButton() const { return m_addProject; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    void addNamedProject();
    void loadProjects();

    Engine &m_engine;
    RequestContext m_ctx;
    Image m_image;
    QList<Project> m_projects;
    QStringList m_members; // as stored, to send only the difference
    ProjectPicker *m_picker;
    QLineEdit *m_projectEdit;
    QPushButton *m_addProject;
};

} // namespace sd
