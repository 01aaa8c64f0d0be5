#include "uploadvolumedialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumeservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sd {

UploadVolumeDialog::UploadVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                                       QWidget *parent)
    : FormDialog(tr("Upload Volume %1 to Image").arg(volume.label()), tr("Upload"), parent), m_engine(engine),
      m_ctx(ctx), m_volume(volume), m_imageName(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_force(new QCheckBox(tr("Upload the volume although an instance is using it"), this))
{
    setObjectName(QStringLiteral("UploadVolumeDialog"));
    setIntro(tr("The volume's data becomes a new private image of project %1.")
                 .arg(volume.projectName.isEmpty() ? ctx.projectName : volume.projectName));
    m_imageName->setObjectName(QStringLiteral("ImageNameEdit"));
    m_format->setObjectName(QStringLiteral("DiskFormatCombo"));
    m_force->setObjectName(QStringLiteral("ForceBox"));
    // Formats qemu-img writes and StackDesk boots from.
    m_format->addItem(tr("QCOW2 - QEMU Emulator"), QStringLiteral("qcow2"));
    m_format->addItem(tr("Raw"), QStringLiteral("raw"));
    auto *name = new QLabel(volume.label(), this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Volume Name"), name);
    form()->addRow(tr("Image Name *"), m_imageName);
    form()->addRow(tr("Disk Format"), m_format);
    // Horizon shows Force only for an in-use volume.
    if (volume.status == VolumeStatus::InUse)
        form()->addRow(tr("Force"), m_force);
    else
        m_force->hide();
    connect(m_imageName, &QLineEdit::textChanged, this, &UploadVolumeDialog::updateOk);
    connect(m_force, &QCheckBox::toggled, this, &UploadVolumeDialog::updateOk);
    updateOk();
}

QString UploadVolumeDialog::problem() const
{
    if (auto name = checkedName(tr("Image name"), m_imageName->text()); !name)
        return name.error().message;
    if (m_volume.status == VolumeStatus::InUse && !m_force->isChecked())
        return tr("Volume %1 is in-use: check Force to upload it anyway").arg(m_volume.label());
    return {};
}

QString UploadVolumeDialog::visibleProblem() const
{
    return m_imageName->text().isEmpty() ? QString() : problem();
}

bool UploadVolumeDialog::submit()
{
    auto task = m_engine.volumes().uploadToImage(m_ctx.withNewRequestId(), m_volume.id, m_imageName->text(),
                                                 m_format->currentData().toString(), m_force->isChecked());
    if (!task) {
        showError(task.error());
        return false;
    }
    return true;
}

} // namespace sd
