#include "retypevolumedialog.h"

#include "engine.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sd {

RetypeVolumeDialog::RetypeVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                                       QWidget *parent)
    : FormDialog(tr("Change Volume Type of %1").arg(volume.label()), tr("Change Volume Type"), parent),
      m_engine(engine), m_ctx(ctx), m_volume(volume), m_type(new QComboBox(this)),
      m_policy(new QComboBox(this))
{
    setObjectName(QStringLiteral("RetypeVolumeDialog"));
    setIntro(
        tr("A volume type is a storage backend. With the migration policy On Demand, a volume whose new "
           "type keeps its data in another pool is copied there; with Never, such a change is refused."));
    m_type->setObjectName(QStringLiteral("VolumeTypeCombo"));
    m_policy->setObjectName(QStringLiteral("MigrationPolicyCombo"));
    if (auto types = engine.volumeTypes().list(ctx))
        for (const VolumeType &t : *types)
            if (t.id != volume.typeId && t.name != volume.typeName)
                m_type->addItem(t.name, t.name);
    m_type->insertItem(
        0, m_type->count() > 0 ? tr("Select a new volume type") : tr("No other volume types available"),
        QString());
    m_type->setCurrentIndex(0);
    m_policy->addItem(tr("Never"), QStringLiteral("never"));
    m_policy->addItem(tr("On Demand"), QStringLiteral("on-demand"));
    auto *name = new QLabel(volume.label(), this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Volume Name"), name);
    form()->addRow(tr("Current Type"), new QLabel(volume.typeName, this));
    form()->addRow(tr("Type *"), m_type);
    form()->addRow(tr("Migration Policy"), m_policy);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RetypeVolumeDialog::updateOk);
    updateOk();
}

QString RetypeVolumeDialog::problem() const
{
    if (m_type->currentData().toString().isEmpty())
        return m_type->count() > 1 ? tr("Choose the new volume type.")
                                   : tr("There is no other volume type to change to.");
    return {};
}

bool RetypeVolumeDialog::submit()
{
    const bool onDemand = m_policy->currentData().toString() == QLatin1String("on-demand");
    auto task = m_engine.volumes().retype(m_ctx.withNewRequestId(), m_volume.id,
                                          m_type->currentData().toString(), onDemand);
    if (!task) {
        showError(task.error());
        return false;
    }
    return true;
}

} // namespace sd
