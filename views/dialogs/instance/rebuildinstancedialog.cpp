#include "rebuildinstancedialog.h"

#include "imagechoicecombo.h"
#include "instancepasswordfields.h"

#include "compute/instance/instanceservice.h"
#include "core/namecheck.h"
#include "engine.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace sd {

RebuildInstanceDialog::RebuildInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                             QWidget *parent)
    : FormDialog(tr("Rebuild Instance %1").arg(instance.name), tr("Rebuild"), parent), m_engine(engine), m_ctx(ctx),
      m_instance(instance), m_image(new ImageChoiceCombo(engine, ctx, this)), m_password(nullptr),
      m_description(new QPlainTextEdit(instance.description, this))
{
    setObjectName(QStringLiteral("RebuildInstanceDialog"));
    setIntro(tr("The instance gets a new root disk made from the image you choose and boots it. Everything on "
                "the old root disk is lost; the name, ports, IP addresses, flavor and host stay."));
    m_image->setObjectName(QStringLiteral("RebuildImageCombo"));
    m_image->select(instance.imageId);
    form()->addRow(tr("Select Image *"), m_image);
    m_password = new InstancePasswordFields(form(), tr("Rebuild Password"), this);
    m_description->setObjectName(QStringLiteral("InstanceDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    form()->addRow(tr("Description"), m_description);
    connect(m_image, &QComboBox::currentIndexChanged, this, &RebuildInstanceDialog::updateOk);
    connect(m_password, &InstancePasswordFields::changed, this, &RebuildInstanceDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &RebuildInstanceDialog::updateOk);
    updateOk();
}

QString RebuildInstanceDialog::problem() const
{
    const Image *image = m_image->currentImage();
    if (!image)
        return tr("Select Image: there is no active image to rebuild from");
    // The same rules the engine applies, said before the user sends the form.
    if (image->minRamMb > m_instance.flavor.ramMb)
        return tr("Image %1 needs at least %2 MB of RAM; flavor %3 has %4 MB")
            .arg(image->name).arg(image->minRamMb).arg(m_instance.flavor.name).arg(m_instance.flavor.ramMb);
    if (m_instance.flavor.diskGb > 0 && image->minDiskGb > m_instance.flavor.diskGb)
        return tr("Image %1 needs a root disk of at least %2 GB; flavor %3 has %4 GB")
            .arg(image->name).arg(image->minDiskGb).arg(m_instance.flavor.name).arg(m_instance.flavor.diskGb);
    if (QString p = m_password->problem(); !p.isEmpty())
        return p;
    auto description = checkedText(tr("Description"), m_description->toPlainText());
    return description ? QString() : description.error().message;
}

bool RebuildInstanceDialog::submit()
{
    RebuildSpec spec;
    spec.image = m_image->imageId();
    spec.adminPassword = m_password->password();
    if (m_description->toPlainText() != m_instance.description)
        spec.description = m_description->toPlainText();
    auto result = m_engine.instances().rebuild(m_ctx.withNewRequestId(), m_instance.id, spec);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
