#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Upload to Image: the new image's name and disk format (qcow2 or raw), and
// Force for a volume that is in-use (its data may be changing while it is read). The image is a private
// one of the volume's project; the upload runs as a task.
class UploadVolumeDialog : public FormDialog
{
    Q_OBJECT

public:
    UploadVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                       QWidget *parent = nullptr);

    QLineEdit *imageNameEdit() const { return m_imageName; }
    QComboBox *formatCombo() const { return m_format; }
    QCheckBox *forceBox() const { return m_force; }

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Volume m_volume;
    QLineEdit *m_imageName;
    QComboBox *m_format;
    QCheckBox *m_force;
};

} // namespace sd
