#include "imagedetailsview.h"

#include "models/imagemodel.h"
#include "units.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sd {

namespace {
QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(5);
    form->setLabelAlignment(Qt::AlignRight);
    return form;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ImageDetailsView::ImageDetailsView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_form(newForm()), m_propertyForm(newForm()),
      m_noProperties(new QLabel(tr("none"), this))
{
    setObjectName(QStringLiteral("ImageDetailsView"));
    m_title->setObjectName(QStringLiteral("PanelTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // One column, as Horizon's detail page: the checksum and the ID need the whole width.
    addSection(tr("Image"));
    m_id = addField(tr("ID"));
    m_owner = addField(tr("Owner"));
    m_status = addField(tr("Status"));
    m_visibility = addField(tr("Visibility"));
    m_protected = addField(tr("Protected"));
    m_members = addField(tr("Member projects"));
    m_tags = addField(tr("Tags"));
    m_created = addField(tr("Created"));
    m_updated = addField(tr("Updated"));
    addSection(tr("Data"));
    m_size = addField(tr("Size"));
    m_virtualSize = addField(tr("Virtual Size"));
    m_diskFormat = addField(tr("Disk Format"));
    m_containerFormat = addField(tr("Container Format"));
    m_checksum = addField(tr("Checksum (SHA-256)"));
    addSection(tr("Requirements"));
    m_minDisk = addField(tr("Min. Disk"));
    m_minRam = addField(tr("Min. RAM"));
    addSection(tr("Custom Properties"));
    m_form->addRow(m_propertyForm);
    m_noProperties->setObjectName(QStringLiteral("HintLabel"));
    m_form->addRow(m_noProperties);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void ImageDetailsView::addSection(const QString &title)
{
    auto *label = new QLabel(title, this);
    label->setObjectName(QStringLiteral("SectionTitle"));
    if (m_form->rowCount() > 0)
        m_form->addItem(new QSpacerItem(0, 6));
    m_form->addRow(label);
}

QLabel *ImageDetailsView::addField(const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    m_fields.append({label, value});
    return value;
}

QString ImageDetailsView::valueOf(const QString &label) const
{
    for (const auto &[name, value] : m_fields)
        if (name == label)
            return value->text();
    return {};
}

QMap<QString, QString> ImageDetailsView::shownProperties() const
{
    QMap<QString, QString> shown;
    for (int row = 0; row < m_propertyForm->rowCount(); ++row) {
        auto *key = qobject_cast<QLabel *>(m_propertyForm->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_propertyForm->itemAt(row, QFormLayout::FieldRole)->widget());
        if (key && value)
            shown.insert(key->text(), value->text());
    }
    return shown;
}

void ImageDetailsView::setImage(const Image &image, const QStringList &memberNames)
{
    const QString none = tr("none");
    const bool stored = image.status != ImageStatus::Queued && image.status != ImageStatus::Saving;
    const QString notYet = tr("known when the upload is complete");
    m_title->setText(image.name);
    m_id->setText(image.id);
    m_owner->setText(image.ownerName.isEmpty() ? image.ownerId : image.ownerName);
    m_status->setText(ImageModel::statusText(image.status));
    m_visibility->setText(ImageModel::visibilityText(image.visibility));
    m_protected->setText(image.isProtected ? tr("Yes") : tr("No"));
    m_members->setText(image.visibility != ImageVisibility::Shared ? tr("not shared")
                       : memberNames.isEmpty()                     ? none
                                                                   : memberNames.join(QStringLiteral(", ")));
    m_tags->setText(image.tags.isEmpty() ? none : image.tags.join(QStringLiteral(", ")));
    m_created->setText(when(image.createdAt));
    m_updated->setText(when(image.updatedAt));
    m_size->setText(stored ? tr("%1 (%2 bytes)").arg(Units::bytes(image.size), QLocale().toString(image.size))
                           : notYet);
    m_virtualSize->setText(stored ? Units::bytes(image.virtualSize) : notYet);
    m_diskFormat->setText(ImageModel::formatText(image.diskFormat));
    m_containerFormat->setText(image.containerFormat.toUpper());
    m_checksum->setText(image.checksum.isEmpty() ? notYet : image.checksum);
    m_minDisk->setText(image.minDiskGb > 0 ? Units::gigabytes(image.minDiskGb) : tr("no minimum"));
    m_minRam->setText(image.minRamMb > 0 ? Units::megabytes(image.minRamMb) : tr("no minimum"));

    while (m_propertyForm->rowCount() > 0)
        m_propertyForm->removeRow(0);
    for (auto it = image.properties.cbegin(); it != image.properties.cend(); ++it) {
        auto *value = new QLabel(it.value(), this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_propertyForm->addRow(new QLabel(it.key(), this), value);
    }
    m_noProperties->setVisible(image.properties.isEmpty());
}

} // namespace sd
