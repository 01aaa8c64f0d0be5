#include "instanceoverview.h"

#include "models/instancetext.h"
#include "units.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace sd {

namespace {
QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

InstanceOverview::InstanceOverview(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("InstanceOverview"));
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(5);
    m_form->setLabelAlignment(Qt::AlignRight);
}

void InstanceOverview::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_bootVolumeId.clear();
    m_bootImageName.clear();
}

void InstanceOverview::addSection(const QString &title)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("SectionTitle"));
    heading->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    m_form->addRow(heading);
}

void InstanceOverview::addField(const QString &label, const QString &value)
{
    auto *shown = new QLabel(value, this);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setWordWrap(true);
    shown->setTextFormat(Qt::PlainText);
    m_form->addRow(label, shown);
    m_fields.append({label, shown});
}

void InstanceOverview::setInstance(const Instance &i, const QDateTime &now)
{
    clear();
    addSection(tr("Overview"));
    addField(tr("Name"), i.name);
    addField(tr("ID"), i.id);
    addField(tr("Description"), i.description.isEmpty() ? tr("-") : i.description);
    addField(tr("Project ID"), i.projectId);
    addField(tr("Status"), InstanceText::status(i));
    addField(tr("Locked"), InstanceText::locked(i));
    addField(tr("Availability Zone"), i.availabilityZone.isEmpty() ? tr("-") : i.availabilityZone);
    addField(tr("Created"), when(i.createdAt));
    addField(tr("Age"), InstanceText::age(i.createdAt, now));
    addField(tr("Host"), i.hostName.isEmpty() ? tr("not scheduled to a host") : i.hostName);
    if (i.fault.code != 0) {
        addSection(tr("Fault"));
        addField(tr("Message"), i.fault.message);
        addField(tr("Code"), QString::number(i.fault.code));
        if (!i.fault.details.isEmpty())
            addField(tr("Details"), i.fault.details);
        addField(tr("Created"), when(i.fault.createdAt));
    }
    addSection(tr("Specs"));
    addField(tr("Flavor Name"), i.flavor.name);
    addField(tr("Flavor ID"), i.flavor.id);
    addField(tr("RAM"), Units::megabytes(i.flavor.ramMb));
    addField(tr("vCPUs"), QString::number(i.flavor.vcpus));
    addField(tr("Disk"), Units::gigabytes(i.flavor.diskGb));
    if (i.flavor.ephemeralGb > 0)
        addField(tr("Ephemeral Disk"), Units::gigabytes(i.flavor.ephemeralGb));
    addSection(tr("IP Addresses"));
    if (i.addresses.isEmpty())
        addField(tr("Addresses"), tr("none"));
    for (const auto &[net, ips] : InstanceText::addressesByNetwork(i))
        addField(net, ips.join(QStringLiteral(", ")));
    addSection(tr("Metadata"));
    addField(tr("Key Name"), i.keyName.isEmpty() ? tr("None") : i.keyName);
    m_bootVolumeId = i.bootVolumeId;
    if (i.bootVolumeId.isEmpty()) {
        addField(tr("Image Name"), i.imageName.isEmpty() ? tr("(deleted)") : i.imageName);
    } else {
        // Its root disk is a volume: the image (if any) is only where the volume's data came from.
        // setVolumes() puts the volume's name in place of its ID.
        addField(tr("Image Name"), bootsFromText(i.bootVolumeId, i.imageName));
        m_bootImageName = i.imageName;
    }
    addField(tr("Image ID"), i.imageId.isEmpty() ? tr("-") : i.imageId);
    for (auto it = i.metadata.cbegin(); it != i.metadata.cend(); ++it)
        addField(it.key(), it.value());
}

void InstanceOverview::setVolumes(const QList<Volume> &volumes)
{
    // Horizon's _detail_overview.html: "Attached To" per volume, or "No volumes attached."
    addSection(tr("Volumes Attached"));
    if (volumes.isEmpty())
        addField(tr("Volume"), tr("No volumes attached."));
    for (const Volume &v : volumes) {
        addField(tr("Attached To"),
                 tr("%1 on %2 (%3 GiB)")
                     .arg(v.label(), v.attachment ? v.attachment->device : tr("(no device)"))
                     .arg(v.sizeGb));
        if (v.id == m_bootVolumeId)
            for (const auto &[label, shown] : std::as_const(m_fields))
                if (label == tr("Image Name"))
                    shown->setText(bootsFromText(v.label(), m_bootImageName));
    }
}

QString InstanceOverview::bootsFromText(const QString &volume, const QString &imageName)
{
    return imageName.isEmpty() ? tr("Boots from volume %1").arg(volume)
                               : tr("Boots from volume %1 (made from image %2)").arg(volume, imageName);
}

QString InstanceOverview::valueOf(const QString &label) const
{
    for (const auto &[name, value] : m_fields)
        if (name == label)
            return value->text();
    return {};
}

} // namespace sd
