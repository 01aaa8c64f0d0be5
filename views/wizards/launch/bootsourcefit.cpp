#include "bootsourcefit.h"

#include "models/copystatuslabel.h"
#include "models/volumemodel.h"

namespace sd {

QString BootSourceFit::refusal(const Image &image)
{
    if (image.diskFormat == QLatin1String("qcow2") || image.diskFormat == QLatin1String("raw"))
        return {};
    return tr("Image %1 is %2: instances boot from qcow2 or raw images").arg(image.name, image.diskFormat);
}

QString BootSourceFit::refusal(const Volume &volume)
{
    if (volume.status != VolumeStatus::Available)
        return tr("Volume %1 is %2: only an available volume can boot an instance")
            .arg(volume.label(), VolumeModel::statusText(volume.status));
    if (!volume.bootable)
        return tr("Volume %1 is not bootable: set Bootable with Edit Volume").arg(volume.label());
    return {};
}

QString BootSourceFit::refusal(const VolumeSnapshot &snapshot)
{
    if (snapshot.status != CopyStatus::Available)
        return tr("Snapshot %1 is %2: only an available snapshot can boot an instance")
            .arg(snapshot.label(), CopyStatusLabel::text(snapshot.status));
    return {};
}

bool BootSourceFit::isInstanceSnapshot(const Image &image)
{
    return image.properties.value(QStringLiteral("image_type")) == QLatin1String("snapshot");
}

qint64 BootSourceFit::minimumVolumeGb(const Image &image)
{
    // The guest's disk, not the stored bytes: a qcow2 is smaller than what it unpacks to.
    const qint64 bytes = image.virtualSize > 0 ? image.virtualSize : image.size;
    const qint64 gib = qint64(1) << 30;
    const qint64 sizeGb = (bytes + gib - 1) / gib;
    return qMax<qint64>(1, qMax(sizeGb, image.minDiskGb));
}

} // namespace sd
