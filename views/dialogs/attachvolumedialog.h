#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QComboBox;
class QLineEdit;

namespace sd {

class Engine;

// Instances › Attach Volume (Horizon's AttachForm): one of the available volumes of the instance's
// project, and the device name it gets in the guest ("/dev/vdb"; empty: the next free one). A running
// instance gets the disk hot-plugged; the attach is a task (the Tasks dock shows it), and the engine's
// refusal (a volume on another host's pool, a device in use) is shown here.
class AttachVolumeDialog : public FormDialog
{
    Q_OBJECT

public:
    AttachVolumeDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                       QWidget *parent = nullptr);

    // Data: the volume id.
    QComboBox *volumeCombo() const { return m_volume; }
    QLineEdit *deviceEdit() const { return m_device; }

    // Whether a device name as typed is one the engine takes: empty, or vdb..vdz with or without /dev/.
    static bool isDeviceName(const QString &device);

Q_SIGNALS:
    void attachStarted(const QString &taskId);

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QComboBox *m_volume;
    QLineEdit *m_device;
};

} // namespace sd
