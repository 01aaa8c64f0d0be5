#pragma once

#include "compute/flavor.h"
#include "core/requestcontext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd {

class Engine;
class ProjectPicker;

// Admin › Compute › Flavors › Modify Access: the projects that may use a private flavor. Save gives and
// takes access project by project; a refusal is shown here and Save tries again what is still left.
class FlavorAccessDialog : public QDialog
{
    Q_OBJECT

public:
    FlavorAccessDialog(Engine &engine, const RequestContext &ctx, const Flavor &flavor,
                       QWidget *parent = nullptr);

    ProjectPicker *picker() const { return m_picker; }
    QPushButton *saveButton() const;
    QString errorText() const;

private:
    void save();
    void updateSummary();

    Engine &m_engine;
    RequestContext m_ctx;
    Flavor m_flavor;
    ProjectPicker *m_picker;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd
