#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

namespace sd {

class Engine;
class ImageChoiceCombo;
class InstancePasswordFields;

// Rescue Instance (Horizon's form: Select Image, Password): the instance boots a fresh disk of the
// rescue image with its own root disk attached second, to repair it.
class RescueInstanceDialog : public FormDialog
{
    Q_OBJECT

public:
    RescueInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance, QWidget *parent = nullptr);

    ImageChoiceCombo *imageCombo() const { return m_image; }
    InstancePasswordFields *passwordFields() const { return m_password; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    ImageChoiceCombo *m_image;
    InstancePasswordFields *m_password;
};

} // namespace sd
