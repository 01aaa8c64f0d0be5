#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

class QLabel;
class QPlainTextEdit;

namespace sd {

class Engine;
class ImageChoiceCombo;
class InstancePasswordFields;

// Rebuild Instance (Horizon's form: Select Image, Rebuild Password and its confirmation, Description):
// a new root disk from the image; the instance keeps its name, ports, addresses and host. What was on
// the old root disk is lost, which the form says in so many words.
class RebuildInstanceDialog : public FormDialog
{
    Q_OBJECT

public:
    RebuildInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance, QWidget *parent = nullptr);

    ImageChoiceCombo *imageCombo() const { return m_image; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    ImageChoiceCombo *m_image;
    InstancePasswordFields *m_password;
    QPlainTextEdit *m_description;
};

} // namespace sd
