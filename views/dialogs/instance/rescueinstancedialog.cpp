#include "rescueinstancedialog.h"

#include "imagechoicecombo.h"
#include "instancepasswordfields.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

RescueInstanceDialog::RescueInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                           QWidget *parent)
    : FormDialog(tr("Rescue Instance %1").arg(instance.name), tr("Confirm"), parent), m_engine(engine), m_ctx(ctx),
      m_instance(instance), m_image(new ImageChoiceCombo(engine, ctx, this)), m_password(nullptr)
{
    setObjectName(QStringLiteral("RescueInstanceDialog"));
    setIntro(tr("The instance is shut down and boots from a fresh disk of the rescue image, with its own root "
                "disk attached as the second disk, so you can repair it. Unrescue boots it from its own disk "
                "again and removes the rescue disk."));
    m_image->setObjectName(QStringLiteral("RescueImageCombo"));
    m_image->addDefaultEntry(tr("The instance's own image (%1)").arg(instance.imageName));
    form()->addRow(tr("Select Image"), m_image);
    m_password = new InstancePasswordFields(form(), tr("Password"), this);
    connect(m_password, &InstancePasswordFields::changed, this, &RescueInstanceDialog::updateOk);
    updateOk();
}

QString RescueInstanceDialog::problem() const
{
    return m_password->problem();
}

bool RescueInstanceDialog::submit()
{
    RescueSpec spec;
    spec.image = m_image->imageId();
    spec.adminPassword = m_password->password();
    auto result = m_engine.instances().rescue(m_ctx.withNewRequestId(), m_instance.id, spec);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
