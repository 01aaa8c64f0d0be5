#include "createvolumefromsnapshotdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace sd {

namespace {
// Cinder's own ceiling for one volume is the backend's; this keeps a slip of the finger (a size in MiB)
// from reaching the engine as 2048 TiB.
constexpr int kMaxSizeGb = 16384;
} // namespace

CreateVolumeFromSnapshotDialog::CreateVolumeFromSnapshotDialog(Engine &engine, const RequestContext &ctx,
                                                               const VolumeSnapshot &snapshot,
                                                               QWidget *parent)
    : FormDialog(tr("Create Volume from Snapshot %1").arg(snapshot.label()), tr("Create Volume"), parent),
      m_engine(engine), m_ctx(ctx), m_snapshot(snapshot), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_type(new QComboBox(this)), m_size(new QSpinBox(this))
{
    setObjectName(QStringLiteral("CreateVolumeFromSnapshotDialog"));
    setIntro(
        tr("The new volume starts as a copy of snapshot %1 (of volume %2) on the same host. It can be "
           "larger than the snapshot, never smaller.")
            .arg(snapshot.label(), snapshot.volumeName.isEmpty() ? snapshot.volumeId : snapshot.volumeName));

    m_name->setObjectName(QStringLiteral("VolumeNameEdit"));
    m_name->setPlaceholderText(tr("the volume's ID"));
    form()->addRow(tr("Volume Name"), m_name);
    m_description->setObjectName(QStringLiteral("VolumeDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    form()->addRow(tr("Description"), m_description);
    auto *source = new QLabel(tr("%1 (%2 GiB)").arg(snapshot.label()).arg(snapshot.sizeGb), this);
    source->setObjectName(QStringLiteral("SnapshotSourceValue"));
    form()->addRow(tr("Use snapshot as a source"), source);

    m_type->setObjectName(QStringLiteral("VolumeTypeCombo"));
    QString sourceType;
    if (auto volume = engine.volumes().show(ctx, snapshot.volumeId))
        sourceType = volume->typeId;
    if (auto types = engine.volumeTypes().list(ctx))
        for (const VolumeType &t : *types) {
            m_type->addItem(t.name, t.id);
            m_type->setItemData(m_type->count() - 1, t.description, Qt::ToolTipRole);
            if (t.id == sourceType)
                m_type->setCurrentIndex(m_type->count() - 1);
        }
    form()->addRow(tr("Type"), m_type);

    m_size->setObjectName(QStringLiteral("VolumeSizeSpin"));
    m_size->setRange(1, kMaxSizeGb);
    m_size->setSuffix(tr(" GiB"));
    m_size->setValue(int(std::clamp<qint64>(snapshot.sizeGb, 1, kMaxSizeGb)));
    form()->addRow(tr("Size *"), m_size);

    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeFromSnapshotDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CreateVolumeFromSnapshotDialog::updateOk);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CreateVolumeFromSnapshotDialog::updateOk);
    connect(m_size, &QSpinBox::valueChanged, this, &CreateVolumeFromSnapshotDialog::updateOk);
    updateOk();
}

QString CreateVolumeFromSnapshotDialog::problem() const
{
    if (m_snapshot.status != CopyStatus::Available)
        return tr("Snapshot %1 is not available yet").arg(m_snapshot.label());
    if (!m_name->text().trimmed().isEmpty())
        if (auto name = checkedName(tr("Volume Name"), m_name->text().trimmed()); !name)
            return name.error().message;
    if (auto text = checkedText(tr("Description"), m_description->toPlainText()); !text)
        return text.error().message;
    if (m_type->count() == 0)
        return tr("Type: no volume type is open to project %1").arg(m_ctx.projectName);
    // Horizon's words for a size below the source's.
    if (m_size->value() < m_snapshot.sizeGb)
        return tr("The volume size cannot be less than the snapshot size (%1 GiB)").arg(m_snapshot.sizeGb);
    return {};
}

bool CreateVolumeFromSnapshotDialog::submit()
{
    VolumeSpec spec;
    spec.name = m_name->text().trimmed();
    spec.description = m_description->toPlainText();
    spec.sizeGb = m_size->value();
    spec.type = m_type->currentData().toString();
    spec.snapshot = m_snapshot.id;
    auto volume = m_engine.volumes().create(m_ctx.withNewRequestId(), spec);
    if (!volume) {
        showError(volume.error());
        return false;
    }
    emit volumeCreated(volume->id, volume->label());
    return true;
}

} // namespace sd
