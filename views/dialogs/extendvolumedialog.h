#pragma once

#include "core/requestcontext.h"
#include "models/volumequota.h"
#include "volume/volume.h"

#include "formdialog.h"

class QSpinBox;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Extend Volume: the current size and the new one, which must be larger and
// fit the project's gigabytes quota (Horizon's ExtendForm messages). The engine grows the volume in a
// task; the row shows Extending meanwhile.
class ExtendVolumeDialog : public FormDialog
{
    Q_OBJECT

public:
    ExtendVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                       QWidget *parent = nullptr);

    QSpinBox *newSizeBox() const { return m_newSize; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Volume m_volume;
    VolumeQuota m_quota;
    QSpinBox *m_newSize;
};

} // namespace sd
