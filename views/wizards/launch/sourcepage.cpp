#include "sourcepage.h"

#include "bootsourcefit.h"
#include "choicetable.h"
#include "models/copystatuslabel.h"
#include "models/imagemodel.h"
#include "models/volumemodel.h"
#include "units.h"
#include "yesnoswitch.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>

#include <algorithm>

namespace sd {

namespace {
using Kind = SourcePage::Kind;

// VolumeService::validateSize's upper bound.
constexpr int kMaxVolumeGb = 16384;

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

bool isImageKind(Kind kind)
{
    return kind == Kind::Image || kind == Kind::InstanceSnapshot;
}
} // namespace

SourcePage::SourcePage(const LaunchOptions &options, BootSource source, const QString &preselectedId,
                       QWidget *parent)
    : LaunchPage(tr("Source"),
                 tr("Instance source is the template used to create an instance: an image, a snapshot of "
                    "an instance, a volume or a volume snapshot. An image boots as a copy-on-write "
                    "overlay on the host, or from a new volume with Create New Volume."),
                 parent),
      m_volumeImages(options.volumeImages), m_quota(options.volumeQuota)
{
    // Made here, not in the initializer list: lupdate loses the class context after a braced list there.
    m_kind = new QComboBox(this);
    m_form = new QFormLayout;
    // No by default, unlike Horizon: a local overlay is what the demo lab and a classroom host expect.
    m_createVolume = new YesNoSwitch(false, this);
    m_sizeRow = new QWidget(this);
    m_size = new QSpinBox(m_sizeRow);
    m_sizeHint = new QLabel(m_sizeRow);
    m_type = new QComboBox(this);
    m_deleteOnTermination = new YesNoSwitch(false, this);
    m_listLabel = new QLabel(this);
    m_stack = new QStackedWidget(this);
    setObjectName(QStringLiteral("SourcePage"));
    m_kind->setObjectName(QStringLiteral("BootSourceCombo"));
    m_createVolume->setObjectName(QStringLiteral("CreateVolumeSwitch"));
    m_size->setObjectName(QStringLiteral("VolumeSizeBox"));
    m_sizeHint->setObjectName(QStringLiteral("HintLabel"));
    m_type->setObjectName(QStringLiteral("VolumeTypeCombo"));
    m_deleteOnTermination->setObjectName(QStringLiteral("DeleteOnTerminationSwitch"));

    m_kind->addItem(tr("Image"), int(Kind::Image));
    m_kind->addItem(tr("Instance Snapshot"), int(Kind::InstanceSnapshot));
    m_kind->addItem(tr("Volume"), int(Kind::Volume));
    m_kind->addItem(tr("Volume Snapshot"), int(Kind::VolumeSnapshot));
    m_size->setRange(0, kMaxVolumeGb);
    m_size->setValue(1);
    auto *sizeLayout = new QHBoxLayout(m_sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_size);
    sizeLayout->addWidget(m_sizeHint, 1);
    for (const VolumeType &t : options.volumeTypes) {
        m_type->addItem(t.name, t.name);
        m_type->setItemData(m_type->count() - 1, t.description, Qt::ToolTipRole);
        if (t.name == options.defaultVolumeType)
            m_type->setCurrentIndex(m_type->count() - 1);
    }
    if (m_type->count() == 0) {
        m_type->addItem(tr("No volume type"), QString());
        m_createVolume->yesButton()->setEnabled(false);
        m_createVolume->setToolTip(tr("No volume type is available to the project"));
    }
    m_form->addRow(tr("Select Boot Source"), m_kind);
    m_form->addRow(tr("Create New Volume"), m_createVolume);
    m_form->addRow(tr("Volume Size (GB)"), m_sizeRow);
    m_form->addRow(tr("Volume Type"), m_type);
    m_form->addRow(tr("Delete Volume on Instance Delete"), m_deleteOnTermination);
    // The labels keep the widest one's width, so the fields do not move when a source hides rows.
    int labelWidth = 0;
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (QWidget *label = m_form->itemAt(row, QFormLayout::LabelRole)->widget())
            labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->itemAt(row, QFormLayout::LabelRole)->widget()->setMinimumWidth(labelWidth);

    QList<Image> images, instanceSnapshots;
    for (const Image &image : options.images) {
        if (image.status != ImageStatus::Active)
            continue;
        m_images.append(image);
        (BootSourceFit::isInstanceSnapshot(image) ? instanceSnapshots : images).append(image);
    }
    addImageTable(Kind::Image, images);
    addImageTable(Kind::InstanceSnapshot, instanceSnapshots);
    addVolumeTable(options.volumes);
    addSnapshotTable(options.volumeSnapshots);
    m_volumes = options.volumes;
    m_snapshots = options.volumeSnapshots;

    content()->addLayout(m_form);
    content()->addWidget(m_listLabel);
    content()->addWidget(m_stack, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourcePage::kindChanged);
    connect(m_createVolume, &YesNoSwitch::toggled, this, [this] {
        m_sizedFor.clear();
        sourceChosen();
    });
    connect(m_size, &QSpinBox::valueChanged, this, &SourcePage::update);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SourcePage::update);
    connect(m_deleteOnTermination, &YesNoSwitch::toggled, this, &SourcePage::update);

    Kind start = Kind::Image;
    if (source == BootSource::Volume)
        start = Kind::Volume;
    else if (source == BootSource::VolumeSnapshot)
        start = Kind::VolumeSnapshot;
    else if (std::any_of(instanceSnapshots.cbegin(), instanceSnapshots.cend(),
                         [&](const Image &i) { return i.id == preselectedId; }))
        start = Kind::InstanceSnapshot;
    setKind(start);
    kindChanged();
    if (!preselectedId.isEmpty())
        table(start)->choose({preselectedId});
}

ChoiceTable *SourcePage::makeTable(Kind kind, const QStringList &headers, const QString &objectName)
{
    auto *table = new ChoiceTable(headers, ChoiceTable::Mode::Single, m_stack);
    table->setObjectName(objectName);
    m_tables.insert(kind, table);
    m_stack->addWidget(table);
    connect(table, &ChoiceTable::changed, this, [this, table] {
        if (table == this->table())
            sourceChosen();
    });
    return table;
}

void SourcePage::addImageTable(Kind kind, const QList<Image> &images)
{
    ChoiceTable *table = makeTable(
        kind, {tr("Name"), tr("Updated"), tr("Size"), tr("Format"), tr("Visibility")},
        kind == Kind::Image ? QStringLiteral("ImageTable") : QStringLiteral("InstanceSnapshotTable"));
    for (const Image &image : images)
        table->addChoice(image.id,
                         {image.name, when(image.updatedAt), Units::bytes(image.size),
                          ImageModel::formatText(image.diskFormat),
                          ImageModel::visibilityText(image.visibility)},
                         BootSourceFit::refusal(image));
    table->sortItems(0, Qt::AscendingOrder);
}

void SourcePage::addVolumeTable(const QList<Volume> &volumes)
{
    ChoiceTable *table = makeTable(Kind::Volume,
                                   {tr("Name"), tr("Description"), tr("Size"), tr("Status"), tr("Type"),
                                    tr("Bootable"), tr("Availability Zone")},
                                   QStringLiteral("VolumeTable"));
    for (const Volume &v : volumes)
        table->addChoice(v.id,
                         {v.label(), v.description, Units::gigabytes(v.sizeGb),
                          VolumeModel::statusText(v.status), v.typeName, v.bootable ? tr("Yes") : tr("No"),
                          v.availabilityZone},
                         BootSourceFit::refusal(v));
    table->sortItems(0, Qt::AscendingOrder);
}

void SourcePage::addSnapshotTable(const QList<VolumeSnapshot> &snapshots)
{
    ChoiceTable *table =
        makeTable(Kind::VolumeSnapshot,
                  {tr("Name"), tr("Description"), tr("Size"), tr("Status"), tr("Volume Name"), tr("Created")},
                  QStringLiteral("VolumeSnapshotTable"));
    for (const VolumeSnapshot &s : snapshots)
        table->addChoice(s.id,
                         {s.label(), s.description, Units::gigabytes(s.sizeGb),
                          CopyStatusLabel::text(s.status), s.volumeName, when(s.createdAt)},
                         BootSourceFit::refusal(s));
    table->sortItems(0, Qt::AscendingOrder);
}

SourcePage::Kind SourcePage::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void SourcePage::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void SourcePage::kindChanged()
{
    const Kind k = kind();
    m_stack->setCurrentWidget(table());
    switch (k) {
    case Kind::Image:
        m_listLabel->setText(tr("Available images:"));
        break;
    case Kind::InstanceSnapshot:
        m_listLabel->setText(tr("Available instance snapshots:"));
        break;
    case Kind::Volume:
        m_listLabel->setText(tr("Available volumes (an available, bootable one boots in place):"));
        break;
    case Kind::VolumeSnapshot:
        m_listLabel->setText(tr("Available volume snapshots (copied into a new volume):"));
        break;
    }
    const QString reasons = table()->reasonsText();
    setNotes(reasons.isEmpty() ? QString() : tr("Greyed out:\n%1").arg(reasons));
    m_sizedFor.clear();
    sourceChosen();
}

QString SourcePage::chosenKey() const
{
    return table()->chosen().value(0);
}

const Volume *SourcePage::volume(const QString &id) const
{
    for (const Volume &v : m_volumes)
        if (v.id == id)
            return &v;
    return nullptr;
}

const VolumeSnapshot *SourcePage::snapshot(const QString &id) const
{
    for (const VolumeSnapshot &s : m_snapshots)
        if (s.id == id)
            return &s;
    return nullptr;
}

void SourcePage::sourceChosen()
{
    const QString key = chosenKey();
    const QString sizedFor = QString::number(int(kind())) + QLatin1Char('/') + key;
    if (!key.isEmpty() && makesVolume() && sizedFor != m_sizedFor) {
        m_sizedFor = sizedFor;
        m_size->setValue(int(minimumVolumeGb()));
        // A copy of a snapshot starts in its volume's type, as Create Volume from a snapshot does.
        if (const VolumeSnapshot *s = kind() == Kind::VolumeSnapshot ? snapshot(key) : nullptr)
            if (const Volume *source = volume(s->volumeId))
                if (const int at = m_type->findData(source->typeName); at >= 0)
                    m_type->setCurrentIndex(at);
    }
    showFields();
    update();
}

void SourcePage::showFields()
{
    const Kind k = kind();
    const bool imageKind = isImageKind(k);
    m_form->setRowVisible(m_createVolume, imageKind);
    m_form->setRowVisible(m_sizeRow, makesVolume());
    m_form->setRowVisible(m_type, makesVolume());
    m_form->setRowVisible(m_deleteOnTermination, makesVolume() || k == Kind::Volume);
    const qint64 least = minimumVolumeGb();
    m_sizeHint->setText(least > 0 ? tr("at least %1 GB").arg(least) : QString());
}

bool SourcePage::makesVolume() const
{
    const Kind k = kind();
    return k == Kind::VolumeSnapshot || (isImageKind(k) && m_createVolume->isYes());
}

qint64 SourcePage::minimumVolumeGb() const
{
    if (!makesVolume())
        return 0;
    if (kind() == Kind::VolumeSnapshot) {
        const VolumeSnapshot *s = snapshot(chosenKey());
        return s ? qMax<qint64>(1, s->sizeGb) : 0;
    }
    const Image *chosen = image();
    return chosen ? BootSourceFit::minimumVolumeGb(*chosen) : 0;
}

const Image *SourcePage::image() const
{
    const QString key = chosenKey();
    if (key.isEmpty())
        return nullptr;
    QString imageId = key;
    if (kind() == Kind::Volume || kind() == Kind::VolumeSnapshot) {
        const VolumeSnapshot *s = kind() == Kind::VolumeSnapshot ? snapshot(key) : nullptr;
        const Volume *v = volume(s ? s->volumeId : key);
        if (!v || v->imageId.isEmpty())
            return nullptr;
        if (auto it = m_volumeImages.constFind(v->imageId); it != m_volumeImages.cend())
            return &it.value();
        imageId = v->imageId;
    }
    for (const Image &i : m_images)
        if (i.id == imageId)
            return &i;
    return nullptr;
}

FlavorFit::Root SourcePage::root() const
{
    return makesVolume() || kind() == Kind::Volume ? FlavorFit::Root::Volume : FlavorFit::Root::Local;
}

void SourcePage::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    update();
}

QString SourcePage::emptyProblem(Kind kind) const
{
    const ChoiceTable *t = table(kind);
    const QString firstReason = t->reasonsText().section(QLatin1Char('\n'), 0, 0);
    switch (kind) {
    case Kind::Image:
        return t->keys().isEmpty()
                   ? tr("The project can use no active image; upload one in Project › Compute › Images")
                   : tr("No image can boot: %1").arg(firstReason);
    case Kind::InstanceSnapshot:
        return t->keys().isEmpty() ? tr("The project has no instance snapshot; make one with Create "
                                        "Snapshot in Project › Compute › Instances")
                                   : tr("No instance snapshot can boot: %1").arg(firstReason);
    case Kind::Volume:
        return t->keys().isEmpty() ? tr("The project has no volume; make a bootable one from an image in "
                                        "Project › Volumes › Volumes")
                                   : tr("No volume can boot: %1").arg(firstReason);
    case Kind::VolumeSnapshot:
        return t->keys().isEmpty() ? tr("The project has no volume snapshot; make one with Create Snapshot "
                                        "in Project › Volumes › Volumes")
                                   : tr("No volume snapshot can boot: %1").arg(firstReason);
    }
    return {};
}

QString SourcePage::quotaProblem(qint64 sizeGb) const
{
    const qint64 total = sizeGb * m_count;
    const VolumeQuota::Line &gb = m_quota.gigabytes;
    if (gb.limit >= 0 && total > gb.remaining())
        return m_count == 1
                   ? tr("A volume of %1 GB cannot be created as you only have %2 GB of your quota available.")
                         .arg(sizeGb)
                         .arg(gb.remaining())
                   : tr("%1 volumes of %2 GB cannot be created as you only have %3 GB of your quota "
                        "available.")
                         .arg(m_count)
                         .arg(sizeGb)
                         .arg(gb.remaining());
    const VolumeQuota::Line &volumes = m_quota.volumes;
    if (volumes.limit >= 0 && m_count > volumes.remaining())
        return tr("The launch makes %n volume(s); your volumes quota has %1 left", nullptr, m_count)
            .arg(volumes.remaining());
    return {};
}

QString SourcePage::problem() const
{
    const Kind k = kind();
    if (chosenKey().isEmpty()) {
        const ChoiceTable *t = table(k);
        const QStringList keys = t->keys();
        if (std::none_of(keys.cbegin(), keys.cend(),
                         [t](const QString &key) { return t->reason(key).isEmpty(); }))
            return emptyProblem(k);
        switch (k) {
        case Kind::Image:
            return tr("Choose the image to boot from");
        case Kind::InstanceSnapshot:
            return tr("Choose the instance snapshot to boot from");
        case Kind::Volume:
            return tr("Choose the volume to boot from");
        case Kind::VolumeSnapshot:
            return tr("Choose the volume snapshot to boot from");
        }
    }
    if (k == Kind::Volume && m_count > 1)
        return tr("Volumes can only be attached to 1 active instance at a time. Please either set your "
                  "instance count to 1 or select a different source type.");
    if (!makesVolume())
        return {};
    if (m_type->currentData().toString().isEmpty())
        return tr("Volume Type: no volume type is available to the project");
    const qint64 least = minimumVolumeGb();
    if (m_size->value() < least)
        return tr("The volume size must be at least %1 GB: Volume Size (GB) is %2")
            .arg(least)
            .arg(m_size->value());
    return quotaProblem(m_size->value());
}

void SourcePage::contribute(LaunchSpec &spec) const
{
    const Kind k = kind();
    const QString key = chosenKey();
    spec.bootSource = isImageKind(k)      ? BootSource::Image
                      : k == Kind::Volume ? BootSource::Volume
                                          : BootSource::VolumeSnapshot;
    spec.image = isImageKind(k) ? key : QString();
    spec.bootVolume = k == Kind::Volume ? key : QString();
    spec.bootSnapshot = k == Kind::VolumeSnapshot ? key : QString();
    spec.newVolume = makesVolume();
    spec.newVolumeSizeGb = makesVolume() ? m_size->value() : 0;
    spec.newVolumeType = makesVolume() ? m_type->currentData().toString() : QString();
    spec.deleteVolumeOnTermination = (makesVolume() || k == Kind::Volume) && m_deleteOnTermination->isYes();
}

} // namespace sd
