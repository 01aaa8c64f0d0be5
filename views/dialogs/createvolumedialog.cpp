#include "createvolumedialog.h"

#include "models/imagemodel.h"
#include "units.h"
#include "widgets/usagedonut.h"

#include "core/namecheck.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace sd {

namespace {
constexpr qint64 kGiB = qint64(1) << 30;
// The spin box's ceiling: far above any pool, so a size over the quota is said, not silently clamped.
constexpr int kMaxSizeGb = 1024 * 1024;

qint64 gigabytesFor(qint64 bytes)
{
    return (bytes + kGiB - 1) / kGiB;
}

// What the image needs as a disk: its virtual size (what the guest sees), at least its min_disk.
qint64 imageMinimum(const Image &image)
{
    return qMax(gigabytesFor(qMax(image.size, image.virtualSize)), image.minDiskGb);
}
} // namespace

CreateVolumeDialog::CreateVolumeDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Create Volume"), tr("Create Volume"), parent), m_engine(engine), m_ctx(ctx),
      m_quota(VolumeQuota::read(engine, ctx, ctx.projectId)), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_sourceType(new QComboBox(this)),
      m_sourceLabel(new QLabel(this)), m_source(new QComboBox(this)), m_type(new QComboBox(this)),
      m_size(new QSpinBox(this)), m_sizeHint(new QLabel(this)), m_zone(new QComboBox(this)),
      m_volumesDonut(new UsageDonut(tr("Number of Volumes"), this)),
      m_snapshotsDonut(new UsageDonut(tr("Number of Snapshots"), this)),
      m_gigabytesDonut(new UsageDonut(tr("Total Gibibytes"), this))
{
    setObjectName(QStringLiteral("CreateVolumeDialog"));
    setMinimumWidth(640);
    setIntro(tr("Volumes are block devices that can be attached to instances. A volume lives in one volume "
                "type's storage pool on one host; start it empty or from an image, a snapshot or another "
                "volume."));
    m_name->setObjectName(QStringLiteral("VolumeNameEdit"));
    m_description->setObjectName(QStringLiteral("VolumeDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);
    m_sourceType->setObjectName(QStringLiteral("VolumeSourceTypeCombo"));
    m_source->setObjectName(QStringLiteral("VolumeSourceCombo"));
    m_type->setObjectName(QStringLiteral("VolumeTypeCombo"));
    m_size->setObjectName(QStringLiteral("VolumeSizeBox"));
    m_size->setRange(0, kMaxSizeGb);
    m_size->setValue(1);
    m_size->setSuffix(tr(" GiB"));
    m_sizeHint->setObjectName(QStringLiteral("HintLabel"));
    m_sizeHint->setWordWrap(true);
    m_zone->setObjectName(QStringLiteral("VolumeZoneCombo"));

    loadChoices();

    form()->addRow(tr("Volume Name"), m_name);
    form()->addRow(tr("Description"), m_description);
    form()->addRow(tr("Volume Source"), m_sourceType);
    form()->addRow(m_sourceLabel, m_source);
    form()->addRow(tr("Type"), m_type);
    form()->addRow(tr("Size (GiB) *"), m_size);
    form()->addRow(QString(), m_sizeHint);
    form()->addRow(tr("Availability Zone"), m_zone);

    // Horizon's "Volume Limits", beside the form's end: what the project has used, with this volume added.
    auto *limits = new QWidget(this);
    auto *limitsLayout = new QHBoxLayout(limits);
    limitsLayout->setContentsMargins(0, 8, 0, 0);
    limitsLayout->addStretch(1);
    for (UsageDonut *donut : {m_volumesDonut, m_snapshotsDonut, m_gigabytesDonut})
        limitsLayout->addWidget(donut);
    limitsLayout->addStretch(1);
    m_volumesDonut->setObjectName(QStringLiteral("VolumesDonut"));
    m_snapshotsDonut->setObjectName(QStringLiteral("SnapshotsDonut"));
    m_gigabytesDonut->setObjectName(QStringLiteral("GigabytesDonut"));
    auto *limitsTitle = new QLabel(tr("Volume Limits"), this);
    limitsTitle->setObjectName(QStringLiteral("SectionTitle"));
    form()->addRow(limitsTitle);
    form()->addRow(limits);

    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CreateVolumeDialog::updateOk);
    connect(m_sourceType, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::sourceTypeChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::sourceChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::updateOk);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::updateOk);
    connect(m_size, &QSpinBox::valueChanged, this, [this] {
        showUsage();
        updateOk();
    });
    sourceTypeChanged();
}

void CreateVolumeDialog::loadChoices()
{
    // Reads are from the store and fast: once, when the dialog opens.
    if (auto snapshots = m_engine.volumes().listSnapshots(m_ctx))
        for (const VolumeSnapshot &s : *snapshots)
            if (s.status == CopyStatus::Available && s.projectId == m_ctx.projectId)
                m_snapshots.append(s);
    if (auto images = m_engine.images().list(m_ctx))
        for (const Image &image : *images)
            if (image.status == ImageStatus::Active && ImageModel::usableBy(image, m_ctx.projectId))
                m_images.append(image);
    if (auto volumes = m_engine.volumes().list(m_ctx))
        for (const Volume &v : *volumes)
            if (v.status == VolumeStatus::Available && v.projectId == m_ctx.projectId)
                m_volumes.append(v);

    // Horizon offers only the kinds of source there is one of.
    m_sourceType->addItem(tr("No source, empty volume"), int(Source::None));
    if (!m_snapshots.isEmpty())
        m_sourceType->addItem(tr("Snapshot"), int(Source::Snapshot));
    if (!m_images.isEmpty())
        m_sourceType->addItem(tr("Image"), int(Source::Image));
    if (!m_volumes.isEmpty())
        m_sourceType->addItem(tr("Volume"), int(Source::Volume));

    const auto fallback = m_engine.volumeTypes().defaultType(m_ctx);
    if (auto types = m_engine.volumeTypes().list(m_ctx))
        for (const VolumeType &t : *types) {
            m_type->addItem(t.name, t.name);
            m_type->setItemData(m_type->count() - 1, t.description, Qt::ToolTipRole);
            if (fallback && fallback->id == t.id)
                m_type->setCurrentIndex(m_type->count() - 1);
        }
    if (m_type->count() == 0)
        m_type->addItem(tr("No volume type"), QString());

    m_zone->addItem(tr("Any Availability Zone"), QString());
    QStringList zones;
    // Zone names are public (Cinder's os-availability-zone); the host list behind them is not.
    if (auto hosts = m_engine.hosts().list(RequestContext::system()))
        for (const HostInfo &h : *hosts)
            if (!h.record.availabilityZone.isEmpty() && !zones.contains(h.record.availabilityZone))
                zones.append(h.record.availabilityZone);
    zones.sort();
    for (const QString &zone : std::as_const(zones))
        m_zone->addItem(zone, zone);
}

CreateVolumeDialog::Source CreateVolumeDialog::sourceKind() const
{
    return Source(m_sourceType->currentData().toInt());
}

bool CreateVolumeDialog::chooseSource(Source kind, const QString &id)
{
    const int kindIndex = m_sourceType->findData(int(kind));
    if (kindIndex < 0)
        return false;
    m_sourceType->setCurrentIndex(kindIndex);
    if (kind == Source::None)
        return true;
    const int index = m_source->findData(id);
    if (index < 0)
        return false;
    m_source->setCurrentIndex(index);
    return true;
}

void CreateVolumeDialog::sourceTypeChanged()
{
    const Source kind = sourceKind();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    switch (kind) {
    case Source::None:
        break;
    case Source::Snapshot:
        m_sourceLabel->setText(tr("Use snapshot as a source"));
        m_source->addItem(tr("Choose a snapshot"), QString());
        for (const VolumeSnapshot &s : std::as_const(m_snapshots))
            m_source->addItem(tr("%1 (%2 GiB)").arg(s.label()).arg(s.sizeGb), s.id);
        break;
    case Source::Image:
        m_sourceLabel->setText(tr("Use image as a source"));
        m_source->addItem(tr("Choose an image"), QString());
        for (const Image &image : std::as_const(m_images))
            m_source->addItem(tr("%1 (%2)").arg(image.name, Units::bytes(image.size)), image.id);
        break;
    case Source::Volume:
        m_sourceLabel->setText(tr("Use a volume as source"));
        m_source->addItem(tr("Choose a volume"), QString());
        for (const Volume &v : std::as_const(m_volumes))
            m_source->addItem(tr("%1 (%2 GiB)").arg(v.label()).arg(v.sizeGb), v.id);
        break;
    }
    m_sourceLabel->setVisible(kind != Source::None);
    m_source->setVisible(kind != Source::None);
    // A copy of a snapshot or a volume stays in its source's type and on its host (so in its zone),
    // as Cinder makes it; Horizon shows Type and Zone only for an empty volume or an image.
    const bool ownPlace = kind == Source::None || kind == Source::Image;
    m_type->setEnabled(ownPlace);
    m_zone->setEnabled(ownPlace);
    const QString samePlace = tr("A copy of a snapshot or a volume stays in its source's type and zone");
    m_type->setToolTip(ownPlace ? QString() : samePlace);
    m_zone->setToolTip(ownPlace ? QString() : samePlace);
    sourceChanged();
}

qint64 CreateVolumeDialog::minimumSize() const
{
    const QString id = m_source->currentData().toString();
    switch (sourceKind()) {
    case Source::None:
        return 1;
    case Source::Snapshot:
        for (const VolumeSnapshot &s : m_snapshots)
            if (s.id == id)
                return s.sizeGb;
        return 1;
    case Source::Image:
        for (const Image &image : m_images)
            if (image.id == id)
                return qMax<qint64>(1, imageMinimum(image));
        return 1;
    case Source::Volume:
        for (const Volume &v : m_volumes)
            if (v.id == id)
                return v.sizeGb;
        return 1;
    }
    return 1;
}

void CreateVolumeDialog::sourceChanged()
{
    const QString id = m_source->currentData().toString();
    QString hint;
    if (!id.isEmpty()) {
        // Horizon starts the size at the source's minimum.
        m_size->setValue(int(minimumSize()));
        switch (sourceKind()) {
        case Source::Snapshot:
            hint = tr("Volume size must be equal to or greater than the snapshot size (%1 GiB)")
                       .arg(minimumSize());
            break;
        case Source::Image:
            for (const Image &image : std::as_const(m_images))
                if (image.id == id)
                    hint = image.minDiskGb >= gigabytesFor(qMax(image.size, image.virtualSize))
                               ? tr("Volume size must be equal to or greater than the image minimum disk "
                                    "size (%1 GiB)")
                                     .arg(image.minDiskGb)
                               : tr("Volume size must be equal to or greater than the image size (%1)")
                                     .arg(Units::bytes(qMax(image.size, image.virtualSize)));
            break;
        case Source::Volume:
            hint = tr("Volume size must be equal to or greater than the origin volume size (%1 GiB)")
                       .arg(minimumSize());
            break;
        case Source::None:
            break;
        }
    }
    m_sizeHint->setText(hint);
    m_sizeHint->setVisible(!hint.isEmpty());
    showUsage();
    updateOk();
}

void CreateVolumeDialog::showUsage()
{
    const auto show = [](UsageDonut *donut, const VolumeQuota::Line &line, qint64 added,
                         const QString &unit) {
        const QString used = QString::number(line.used + added) + unit;
        if (line.limit < 0)
            donut->setUsage(0, 0, used, tr("unlimited"));
        else
            donut->setUsage(double(line.used + added), double(line.limit), used,
                            QString::number(line.limit) + unit);
    };
    show(m_volumesDonut, m_quota.volumes, 1, QString());
    show(m_snapshotsDonut, m_quota.snapshots, 0, QString());
    show(m_gigabytesDonut, m_quota.gigabytes, m_size->value(), tr(" GiB"));
}

QString CreateVolumeDialog::sizeRefusal() const
{
    const qint64 size = m_size->value();
    const QString id = m_source->currentData().toString();
    switch (sourceKind()) {
    case Source::None:
        return {};
    case Source::Snapshot:
        if (size < minimumSize())
            return tr("The volume size cannot be less than the snapshot size (%1 GiB)").arg(minimumSize());
        return {};
    case Source::Image:
        for (const Image &image : m_images) {
            if (image.id != id)
                continue;
            const qint64 bytes = qMax(image.size, image.virtualSize);
            if (size < gigabytesFor(bytes))
                return tr("The volume size cannot be less than the image size (%1)").arg(Units::bytes(bytes));
            if (image.minDiskGb > 0 && size < image.minDiskGb)
                return tr("The volume size cannot be less than the image minimum disk size (%1 GiB)")
                    .arg(image.minDiskGb);
        }
        return {};
    case Source::Volume:
        if (size < minimumSize())
            return tr("The volume size cannot be less than the source volume size (%1 GiB)")
                .arg(minimumSize());
        return {};
    }
    return {};
}

QString CreateVolumeDialog::problem() const
{
    if (!m_name->text().isEmpty())
        if (auto name = checkedName(tr("Volume name"), m_name->text()); !name)
            return name.error().message;
    if (auto description = checkedText(tr("Description"), m_description->toPlainText()); !description)
        return description.error().message;
    if (sourceKind() != Source::None && m_source->currentData().toString().isEmpty()) {
        switch (sourceKind()) {
        case Source::Snapshot:
            return tr("Snapshot source must be specified");
        case Source::Image:
            return tr("Image source must be specified");
        case Source::Volume:
            return tr("Volume source must be specified");
        case Source::None:
            break;
        }
    }
    if (auto size = VolumeService::validateSize(m_size->value(), tr("Size")); !size)
        return size.error().message;
    if (const QString why = sizeRefusal(); !why.isEmpty())
        return why;
    return m_quota.createRefusal(m_size->value());
}

VolumeSpec CreateVolumeDialog::spec() const
{
    VolumeSpec s;
    s.name = m_name->text();
    s.description = m_description->toPlainText();
    s.sizeGb = m_size->value();
    const QString id = m_source->currentData().toString();
    switch (sourceKind()) {
    case Source::None:
        break;
    case Source::Snapshot:
        s.snapshot = id;
        break;
    case Source::Image:
        s.image = id;
        break;
    case Source::Volume:
        s.sourceVolume = id;
        break;
    }
    if (m_type->isEnabled())
        s.type = m_type->currentData().toString();
    if (m_zone->isEnabled())
        s.availabilityZone = m_zone->currentData().toString();
    return s;
}

bool CreateVolumeDialog::submit()
{
    auto created = m_engine.volumes().create(m_ctx.withNewRequestId(), spec());
    if (!created) {
        showError(created.error());
        return false;
    }
    emit volumeCreated(created->id, created->label());
    return true;
}

} // namespace sd
