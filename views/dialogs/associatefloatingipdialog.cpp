#include "associatefloatingipdialog.h"

#include "floatingipportcombo.h"

#include "engine.h"
#include "network/floatingipservice.h"

#include <QFormLayout>
#include <QLabel>

namespace sd {

AssociateFloatingIpDialog::AssociateFloatingIpDialog(Engine &engine, const RequestContext &ctx,
                                                     const FloatingIp &fip, QWidget *parent)
    : FormDialog(tr("Manage Floating IP Associations"), tr("Associate"), parent), m_engine(engine),
      m_ctx(ctx), m_fip(fip), m_port(new FloatingIpPortCombo(engine, ctx, fip, this))
{
    setObjectName(QStringLiteral("AssociateFloatingIpDialog"));
    setIntro(tr("Select the port to be associated with %1. Traffic to the floating IP reaches the port's "
                "fixed IP through the router that connects the port's subnet to the external network.")
                 .arg(fip.floatingIpAddress));
    auto *address = new QLabel(fip.floatingIpAddress, this);
    address->setObjectName(QStringLiteral("FloatingIpAddressValue"));
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("IP Address"), address);
    form()->addRow(tr("Port to be associated *"), m_port);
    connect(m_port, &QComboBox::currentIndexChanged, this, &AssociateFloatingIpDialog::updateOk);
    updateOk();
}

QString AssociateFloatingIpDialog::problem() const
{
    if (m_port->portId().isEmpty())
        return tr("The project has no port with an IPv4 address to associate with: create a port or launch "
                  "an instance on a network first.");
    return {};
}

bool AssociateFloatingIpDialog::submit()
{
    auto result = m_engine.floatingIps().associate(m_ctx.withNewRequestId(), m_fip.id, m_port->portId(),
                                                   m_port->ipAddress());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
