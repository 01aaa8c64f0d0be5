#include "detachvolumedialog.h"

#include "engine.h"
#include "volume/volumeservice.h"

#include <QComboBox>
#include <QFormLayout>

namespace sd {

DetachVolumeDialog::DetachVolumeDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                       QWidget *parent)
    : FormDialog(tr("Detach Volume from %1").arg(instance.name), tr("Detach Volume"), parent),
      m_engine(engine), m_ctx(ctx), m_instance(instance), m_volume(new QComboBox(this))
{
    setObjectName(QStringLiteral("DetachVolumeDialog"));
    setIntro(
        tr("The disk is unplugged from the instance and the volume becomes available, with its data, for "
           "this or another instance. Unmount it in the guest first, or data it has not written is lost."));
    m_volume->setObjectName(QStringLiteral("DetachVolumeCombo"));
    for (const Volume &v : engine.volumes().attachedTo(instance.id))
        if (!v.bootIndexZero)
            m_volume->addItem(tr("%1 on %2 (%3 GiB)")
                                  .arg(v.label(), v.attachment ? v.attachment->device : tr("(no device)"))
                                  .arg(v.sizeGb),
                              v.id);
    form()->addRow(tr("Volume *"), m_volume);
    connect(m_volume, &QComboBox::currentIndexChanged, this, &DetachVolumeDialog::updateOk);
    updateOk();
}

QString DetachVolumeDialog::problem() const
{
    return m_volume->count() == 0 ? tr("Volume: instance %1 has no volume to detach").arg(m_instance.name)
                                  : QString();
}

bool DetachVolumeDialog::submit()
{
    auto task = m_engine.volumes().detach(m_ctx.withNewRequestId(), m_volume->currentData().toString(),
                                          m_instance.id);
    if (!task) {
        showError(task.error());
        return false;
    }
    emit detachStarted(*task);
    return true;
}

} // namespace sd
