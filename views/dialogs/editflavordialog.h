#pragma once

#include "compute/flavor.h"
#include "core/requestcontext.h"

#include "formdialog.h"

class QPlainTextEdit;

namespace sd {

class Engine;

// Admin › Compute › Flavors › Edit Flavor: the description is editable; the name, ID and sizes are shown
// read-only, because flavors are immutable (as in Nova) so the instances made from one stay right.
class EditFlavorDialog : public FormDialog
{
    Q_OBJECT

public:
    EditFlavorDialog(Engine &engine, const RequestContext &ctx, const Flavor &flavor,
                     QWidget *parent = nullptr);

    QPlainTextEdit *descriptionEdit() const { return m_description; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Flavor m_flavor;
    QPlainTextEdit *m_description;
};

} // namespace sd
