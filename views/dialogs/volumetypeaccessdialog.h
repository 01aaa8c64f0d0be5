#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd {

class Engine;
class ProjectPicker;

// Admin › Volume › Volume Types › Edit Access: the projects that may use a private volume type (as
// Modify Access of a flavor). Save gives and takes access project by project; a refusal is shown here
// and Save tries again what is still left.
class VolumeTypeAccessDialog : public QDialog
{
    Q_OBJECT

public:
    VolumeTypeAccessDialog(Engine &engine, const RequestContext &ctx, const VolumeType &type,
                           QWidget *parent = nullptr);

    ProjectPicker *picker() const { return m_picker; }
    QPushButton *saveButton() const;
    QString errorText() const;

private:
    void save();
    void updateSummary();
    void showError(const QString &message, const QString &details = {});

    Engine &m_engine;
    RequestContext m_ctx;
    VolumeType m_type;
    ProjectPicker *m_picker;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd
