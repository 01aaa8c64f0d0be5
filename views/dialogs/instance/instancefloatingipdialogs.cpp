#include "instancefloatingipdialogs.h"

#include "detachinterfacedialog.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "network/floatingipservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

namespace sd {

AssociateInstanceFloatingIpDialog::AssociateInstanceFloatingIpDialog(Engine &engine, const RequestContext &ctx,
                                                                     const Instance &instance, QWidget *parent)
    : FormDialog(tr("Associate Floating IP with %1").arg(instance.name), tr("Associate"), parent), m_engine(engine),
      m_ctx(ctx), m_instance(instance), m_fip(new QComboBox(this)), m_port(new QComboBox(this))
{
    setObjectName(QStringLiteral("AssociateInstanceFloatingIpDialog"));
    setIntro(tr("Traffic to the floating IP reaches the instance at the fixed address you choose. The address "
                "must be on a network that a router connects to the floating IP's network."));
    m_fip->setObjectName(QStringLiteral("FloatingIpCombo"));
    if (auto fips = engine.floatingIps().list(ctx, instance.projectId))
        for (const FloatingIp &f : *fips)
            if (f.portId.isEmpty())
                m_fip->addItem(f.floatingIpAddress, f.id);
    form()->addRow(tr("IP Address *"), m_fip);
    m_port->setObjectName(QStringLiteral("FloatingIpPortCombo"));
    addInstancePorts(m_port, instance);
    form()->addRow(tr("Port to be associated *"), m_port);
    connect(m_fip, &QComboBox::currentIndexChanged, this, &AssociateInstanceFloatingIpDialog::updateOk);
    connect(m_port, &QComboBox::currentIndexChanged, this, &AssociateInstanceFloatingIpDialog::updateOk);
    updateOk();
}

QString AssociateInstanceFloatingIpDialog::problem() const
{
    if (m_fip->count() == 0)
        return tr("IP Address: project %1 has no free floating IP; allocate one in Network › Floating IPs")
            .arg(m_instance.projectName);
    if (m_port->count() == 0)
        return tr("Port: instance %1 has no fixed address").arg(m_instance.name);
    return {};
}

bool AssociateInstanceFloatingIpDialog::submit()
{
    auto result = m_engine.instances().addFloatingIp(m_ctx.withNewRequestId(), m_instance.id,
                                                     m_fip->currentData().toString(),
                                                     m_port->currentData(Qt::UserRole + 1).toString());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

DisassociateInstanceFloatingIpDialog::DisassociateInstanceFloatingIpDialog(Engine &engine, const RequestContext &ctx,
                                                                           const Instance &instance, QWidget *parent)
    : FormDialog(tr("Disassociate Floating IP from %1").arg(instance.name), tr("Disassociate"), parent),
      m_engine(engine), m_ctx(ctx), m_instance(instance), m_fip(new QComboBox(this)),
      m_release(new QCheckBox(tr("Release Floating IP"), this))
{
    setObjectName(QStringLiteral("DisassociateInstanceFloatingIpDialog"));
    setIntro(tr("The floating IP no longer reaches the instance. Released, it goes back to the pool and the "
                "project's floating IP quota."));
    m_fip->setObjectName(QStringLiteral("FloatingIpCombo"));
    for (const InstanceAddress &a : instance.addresses)
        if (a.floating)
            m_fip->addItem(a.address, a.address);
    form()->addRow(tr("Floating IP *"), m_fip);
    m_release->setObjectName(QStringLiteral("ReleaseFloatingIpCheck"));
    form()->addRow(QString(), m_release);
    updateOk();
}

QString DisassociateInstanceFloatingIpDialog::problem() const
{
    return m_fip->count() == 0 ? tr("Instance %1 has no floating IP").arg(m_instance.name) : QString();
}

bool DisassociateInstanceFloatingIpDialog::submit()
{
    const QString address = m_fip->currentData().toString();
    auto result = m_engine.instances().removeFloatingIp(m_ctx.withNewRequestId(), m_instance.id, address);
    if (!result) {
        showError(result.error());
        return false;
    }
    if (m_release->isChecked())
        if (auto released = m_engine.floatingIps().remove(m_ctx.withNewRequestId(), address); !released) {
            showError(released.error());
            return false;
        }
    return true;
}

} // namespace sd
