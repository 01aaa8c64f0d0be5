#include "extendvolumedialog.h"

#include "engine.h"
#include "volume/volumeservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace sd {

ExtendVolumeDialog::ExtendVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                                       QWidget *parent)
    : FormDialog(tr("Extend Volume %1").arg(volume.label()), tr("Extend Volume"), parent), m_engine(engine),
      m_ctx(ctx), m_volume(volume), m_quota(VolumeQuota::read(engine, ctx, volume.projectId)),
      m_newSize(new QSpinBox(this))
{
    setObjectName(QStringLiteral("ExtendVolumeDialog"));
    setIntro(tr("Extend the size of a volume. The data on it is kept; the guest sees the new size once its "
                "partition and file system are grown."));
    m_newSize->setObjectName(QStringLiteral("NewSizeBox"));
    // Not capped at the quota: a size over it is said, not silently clamped.
    m_newSize->setRange(0, 1024 * 1024);
    m_newSize->setSuffix(tr(" GiB"));
    m_newSize->setValue(int(volume.sizeGb + 1));
    auto *name = new QLabel(volume.label(), this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Volume Name"), name);
    form()->addRow(tr("Current Size (GiB)"), new QLabel(QString::number(volume.sizeGb), this));
    form()->addRow(tr("New Size (GiB) *"), m_newSize);
    connect(m_newSize, &QSpinBox::valueChanged, this, &ExtendVolumeDialog::updateOk);
    updateOk();
}

QString ExtendVolumeDialog::problem() const
{
    if (m_newSize->value() <= m_volume.sizeGb)
        return tr("New size must be greater than current size.");
    return m_quota.extendRefusal(m_volume.sizeGb, m_newSize->value());
}

bool ExtendVolumeDialog::submit()
{
    auto task = m_engine.volumes().extend(m_ctx.withNewRequestId(), m_volume.id, m_newSize->value());
    if (!task) {
        showError(task.error());
        return false;
    }
    return true;
}

} // namespace sd
