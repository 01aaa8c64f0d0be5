#pragma once

#include "core/requestcontext.h"
#include "image/image.h"

#include "formdialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sd {

class Engine;
class VisibilityCombo;

// Horizon's Edit Image: name, description, requirements and sharing. The disk format is shown but not
// offered: it is what the uploaded data is. Only what the user changed is sent.
class EditImageDialog : public FormDialog
{
    Q_OBJECT

public:
    EditImageDialog(Engine &engine, const RequestContext &ctx, const Image &image, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLabel *formatLabel() const { return m_format; }
    QLineEdit *architectureEdit() const { return m_architecture; }
    QSpinBox *minDiskSpin() const { return m_minDisk; }
    QSpinBox *minRamSpin() const { return m_minRam; }
    VisibilityCombo *visibilityCombo() const { return m_visibility; }
    QCheckBox *protectedCheck() const { return m_protected; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Image m_image;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_format;
    QLineEdit *m_architecture;
    QSpinBox *m_minDisk;
    QSpinBox *m_minRam;
    VisibilityCombo *m_visibility;
    QCheckBox *m_protected;
};

} // namespace sd
