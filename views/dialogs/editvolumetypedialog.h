#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QCheckBox;
class QLineEdit;

namespace sd {

class Engine;

// Admin › Volume › Volume Types › Edit: the description and whether every project may use the type
// (Horizon's EditVolumeType). The name and the storage are shown, not edited: the pools on the hosts
// carry the name, and their volumes live there.
class EditVolumeTypeDialog : public FormDialog
{
    Q_OBJECT

public:
    EditVolumeTypeDialog(Engine &engine, const RequestContext &ctx, const VolumeType &type,
                         QWidget *parent = nullptr);

    QLineEdit *descriptionEdit() const { return m_description; }
    QCheckBox *publicCheck() const { return m_public; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    VolumeType m_type;
    QLineEdit *m_description;
    QCheckBox *m_public;
};

} // namespace sd
