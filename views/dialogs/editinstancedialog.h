#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "formdialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace sd {

class Engine;

// Edit Instance, Horizon's Information step: Name and Description, checked with the engine's own rules
// as they are typed. Only what changed is sent. (Security groups of a running instance come with the
// engine's add/remove security group.)
class EditInstanceDialog : public FormDialog
{
    Q_OBJECT

public:
    EditInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                       QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace sd
