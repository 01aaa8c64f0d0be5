#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "formdialog.h"

class QComboBox;

namespace sd {

class Engine;

// Instances › Detach Volume: which of the instance's attached volumes to unplug (its root volume is not
// offered: an instance cannot run without it). The detach is a task; the volume becomes available again.
class DetachVolumeDialog : public FormDialog
{
    Q_OBJECT

public:
    DetachVolumeDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                       QWidget *parent = nullptr);

    // Data: the volume id.
    QComboBox *volumeCombo() const { return m_volume; }

Q_SIGNALS:
    void detachStarted(const QString &taskId);

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QComboBox *m_volume;
};

} // namespace sd
