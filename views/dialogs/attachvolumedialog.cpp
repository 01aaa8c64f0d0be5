#include "attachvolumedialog.h"

#include "engine.h"
#include "volume/volumeservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace sd {

AttachVolumeDialog::AttachVolumeDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                       QWidget *parent)
    : FormDialog(tr("Attach Volume to %1").arg(instance.name), tr("Attach Volume"), parent), m_engine(engine),
      m_ctx(ctx), m_instance(instance), m_volume(new QComboBox(this)), m_device(new QLineEdit(this))
{
    setObjectName(QStringLiteral("AttachVolumeDialog"));
    setIntro(
        tr("The volume becomes one more disk of the instance. A running guest sees it at once; an "
           "instance that is off has it at its next boot. A volume attaches to one instance at a time."));
    m_volume->setObjectName(QStringLiteral("AttachVolumeCombo"));
    VolumeListFilter filter;
    filter.status = volumeStatusName(VolumeStatus::Available);
    // An administrator acting on another project's instance picks among that project's volumes.
    if (ctx.isAdmin() && instance.projectId != ctx.projectId) {
        filter.allProjects = true;
        filter.project = instance.projectId;
    }
    if (auto volumes = engine.volumes().list(ctx, filter))
        for (const Volume &v : *volumes)
            if (v.projectId == instance.projectId && v.status == VolumeStatus::Available)
                m_volume->addItem(v.typeName.isEmpty()
                                      ? tr("%1 (%2 GiB)").arg(v.label()).arg(v.sizeGb)
                                      : tr("%1 (%2 GiB, %3)").arg(v.label()).arg(v.sizeGb).arg(v.typeName),
                                  v.id);
    form()->addRow(tr("Volume *"), m_volume);
    m_device->setObjectName(QStringLiteral("AttachDeviceEdit"));
    m_device->setPlaceholderText(tr("/dev/vdb (empty: the next free one)"));
    form()->addRow(tr("Device Name"), m_device);
    connect(m_volume, &QComboBox::currentIndexChanged, this, &AttachVolumeDialog::updateOk);
    connect(m_device, &QLineEdit::textChanged, this, &AttachVolumeDialog::updateOk);
    updateOk();
}

bool AttachVolumeDialog::isDeviceName(const QString &device)
{
    // vda is the root disk; virtio names run to vdz.
    static const QRegularExpression name(QStringLiteral("^(/dev/)?vd[b-z]$"));
    return device.isEmpty() || name.match(device).hasMatch();
}

QString AttachVolumeDialog::problem() const
{
    if (m_volume->count() == 0)
        return tr("Volume: project %1 has no available volume; create one in Volumes first")
            .arg(m_instance.projectName);
    const QString device = m_device->text().trimmed();
    if (!isDeviceName(device))
        return tr("Device Name %1: write /dev/vdb to /dev/vdz, or leave it empty for the next free one")
            .arg(device);
    return {};
}

bool AttachVolumeDialog::submit()
{
    auto task = m_engine.volumes().attach(m_ctx.withNewRequestId(), m_volume->currentData().toString(),
                                          m_instance.id, m_device->text().trimmed());
    if (!task) {
        showError(task.error());
        return false;
    }
    emit attachStarted(*task);
    return true;
}

} // namespace sd
