#include "detachinterfacedialog.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"

#include <QComboBox>
#include <QFormLayout>

namespace sd {

void addInstancePorts(QComboBox *combo, const Instance &instance)
{
    for (const InstanceAddress &a : instance.addresses) {
        if (a.floating)
            continue;
        combo->addItem(DetachInterfaceDialog::tr("%1: %2 (%3)").arg(a.networkName, a.address, a.macAddress), a.portId);
        combo->setItemData(combo->count() - 1, a.address, Qt::UserRole + 1);
    }
}

DetachInterfaceDialog::DetachInterfaceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                             QWidget *parent)
    : FormDialog(tr("Detach Interface from %1").arg(instance.name), tr("Detach Interface"), parent),
      m_engine(engine), m_ctx(ctx), m_instance(instance), m_port(new QComboBox(this))
{
    setObjectName(QStringLiteral("DetachInterfaceDialog"));
    setIntro(tr("The port is unplugged from the instance. A port the instance made (at launch or by Attach "
                "Interface by network) is deleted and its address released; a port attached by port stays, "
                "free for another instance. Floating IPs on it are disassociated."));
    m_port->setObjectName(QStringLiteral("DetachPortCombo"));
    // One entry per port: a port with two addresses is listed once, by its first.
    QStringList seen;
    QComboBox all;
    addInstancePorts(&all, instance);
    for (int i = 0; i < all.count(); ++i)
        if (!seen.contains(all.itemData(i).toString())) {
            seen << all.itemData(i).toString();
            m_port->addItem(all.itemText(i), all.itemData(i));
        }
    form()->addRow(tr("Port *"), m_port);
    updateOk();
}

QString DetachInterfaceDialog::problem() const
{
    return m_port->count() == 0 ? tr("Port: instance %1 has no interface").arg(m_instance.name) : QString();
}

bool DetachInterfaceDialog::submit()
{
    auto result = m_engine.instances().detachInterface(m_ctx.withNewRequestId(), m_instance.id,
                                                       m_port->currentData().toString());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
