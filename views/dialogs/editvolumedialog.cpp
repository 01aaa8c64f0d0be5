#include "editvolumedialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumeservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sd {

EditVolumeDialog::EditVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                                   QWidget *parent)
    : FormDialog(tr("Edit Volume %1").arg(volume.label()), tr("Submit"), parent), m_engine(engine),
      m_ctx(ctx), m_volume(volume), m_name(new QLineEdit(volume.name, this)),
      m_description(new QPlainTextEdit(volume.description, this)),
      m_bootable(new QCheckBox(tr("Specifies that the volume can be used to launch an instance"), this))
{
    setObjectName(QStringLiteral("EditVolumeDialog"));
    m_name->setObjectName(QStringLiteral("VolumeNameEdit"));
    m_description->setObjectName(QStringLiteral("VolumeDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);
    m_bootable->setObjectName(QStringLiteral("VolumeBootableBox"));
    m_bootable->setChecked(volume.bootable);
    form()->addRow(tr("Volume Name"), m_name);
    form()->addRow(tr("Description"), m_description);
    form()->addRow(tr("Bootable"), m_bootable);
    connect(m_name, &QLineEdit::textChanged, this, &EditVolumeDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EditVolumeDialog::updateOk);
    connect(m_bootable, &QCheckBox::toggled, this, &EditVolumeDialog::updateOk);
    updateOk();
}

QString EditVolumeDialog::problem() const
{
    if (!m_name->text().isEmpty())
        if (auto name = checkedName(tr("Volume name"), m_name->text()); !name)
            return name.error().message;
    if (auto description = checkedText(tr("Description"), m_description->toPlainText()); !description)
        return description.error().message;
    return {};
}

bool EditVolumeDialog::submit()
{
    VolumeUpdate change;
    if (m_name->text() != m_volume.name)
        change.name = m_name->text();
    if (m_description->toPlainText() != m_volume.description)
        change.description = m_description->toPlainText();
    if (m_bootable->isChecked() != m_volume.bootable)
        change.bootable = m_bootable->isChecked();
    if (!change.name && !change.description && !change.bootable)
        return true;
    auto updated = m_engine.volumes().update(m_ctx.withNewRequestId(), m_volume.id, change);
    if (!updated) {
        showError(updated.error());
        return false;
    }
    return true;
}

} // namespace sd
