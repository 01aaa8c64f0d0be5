#include "editvolumetypedialog.h"

#include "models/volumetypemodel.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumetypeservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sd {

EditVolumeTypeDialog::EditVolumeTypeDialog(Engine &engine, const RequestContext &ctx, const VolumeType &type,
                                           QWidget *parent)
    : FormDialog(tr("Edit Volume Type %1").arg(type.name), tr("Save"), parent), m_engine(engine), m_ctx(ctx),
      m_type(type), m_description(new QLineEdit(type.description, this)),
      m_public(new QCheckBox(tr("Every project may create volumes of this type"), this))
{
    setObjectName(QStringLiteral("EditVolumeTypeDialog"));
    const auto readOnly = [this](const QString &text, const QString &name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form()->addRow(tr("Name"), readOnly(type.name, QStringLiteral("VolumeTypeNameValue")));
    form()->addRow(tr("Pool"),
                   readOnly(tr("%1, %2").arg(VolumeTypeModel::poolTypeLabel(type.poolType), type.poolName()),
                            QStringLiteral("VolumeTypePoolValue")));
    m_description->setObjectName(QStringLiteral("VolumeTypeDescriptionEdit"));
    form()->addRow(tr("Description"), m_description);
    m_public->setObjectName(QStringLiteral("VolumeTypePublicCheck"));
    m_public->setChecked(type.isPublic);
    m_public->setToolTip(
        tr("A private type is open to the projects chosen in Edit Access (and administrators)"));
    form()->addRow(tr("Public"), m_public);
    connect(m_description, &QLineEdit::textChanged, this, &EditVolumeTypeDialog::updateOk);
    connect(m_public, &QCheckBox::toggled, this, &EditVolumeTypeDialog::updateOk);
    updateOk();
}

QString EditVolumeTypeDialog::problem() const
{
    auto text = checkedText(tr("Description"), m_description->text());
    return text ? QString() : text.error().message;
}

bool EditVolumeTypeDialog::submit()
{
    VolumeTypeUpdate change;
    if (m_description->text() != m_type.description)
        change.description = m_description->text();
    if (m_public->isChecked() != m_type.isPublic)
        change.isPublic = m_public->isChecked();
    if (!change.description && !change.isPublic)
        return true;
    auto result = m_engine.volumeTypes().update(m_ctx.withNewRequestId(), m_type.id, change);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
