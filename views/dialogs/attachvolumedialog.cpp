#include "attachvolumedialog.h"

#include "engine.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStandardItemModel>

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
    // A volume of a host-local type attaches only to instances on its own host: the others are listed
    // but cannot be chosen, with the reason, so nobody wonders where their volume went.
    QSet<QString> sharedTypes;
    if (auto types = engine.volumeTypes().list(ctx))
        for (const VolumeType &t : *types)
            if (t.shared())
                sharedTypes.insert(t.id);
    auto *items = new QStandardItemModel(m_volume);
    if (auto volumes = engine.volumes().list(ctx, filter))
        for (const Volume &v : *volumes) {
            if (v.projectId != instance.projectId || v.status != VolumeStatus::Available)
                continue;
            const QString text = v.typeName.isEmpty()
                                     ? tr("%1 (%2 GiB)").arg(v.label()).arg(v.sizeGb)
                                     : tr("%1 (%2 GiB, %3)").arg(v.label()).arg(v.sizeGb).arg(v.typeName);
            auto *item = new QStandardItem(text);
            item->setData(v.id, Qt::UserRole);
            if (!sharedTypes.contains(v.typeId) && v.hostId != instance.hostId) {
                item->setText(tr("%1 — on host %2").arg(text, v.hostName));
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
                item->setToolTip(
                    tr("Volume %1 is on host %2 and its type keeps it on that host's disk; instance "
                       "%3 runs on %4")
                        .arg(v.label(), v.hostName, instance.name, instance.hostName));
            }
            items->appendRow(item);
        }
    m_volume->setModel(items);
    m_volume->setCurrentIndex(-1);
    for (int row = 0; row < items->rowCount(); ++row)
        if (items->item(row)->isEnabled()) {
            m_volume->setCurrentIndex(row);
            break;
        }
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
    const auto *items = qobject_cast<const QStandardItemModel *>(m_volume->model());
    const QStandardItem *chosen =
        items && m_volume->currentIndex() >= 0 ? items->item(m_volume->currentIndex()) : nullptr;
    if (!chosen || !chosen->isEnabled())
        return tr("Volume: no available volume of project %1 is on host %2, where instance %3 runs")
            .arg(m_instance.projectName, m_instance.hostName, m_instance.name);
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
