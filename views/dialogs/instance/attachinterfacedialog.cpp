#include "attachinterfacedialog.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "network/networkservice.h"
#include "network/portservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLineEdit>

namespace sd {

AttachInterfaceDialog::AttachInterfaceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                             QWidget *parent)
    : FormDialog(tr("Attach Interface to %1").arg(instance.name), tr("Attach Interface"), parent), m_engine(engine),
      m_ctx(ctx), m_instance(instance), m_way(new QComboBox(this)), m_network(new QComboBox(this)),
      m_fixedIp(new QLineEdit(this)), m_port(new QComboBox(this))
{
    setObjectName(QStringLiteral("AttachInterfaceDialog"));
    setIntro(tr("The instance gets one more network interface: a new port on a network, or a port you made "
                "before. A running guest sees the new NIC at once."));
    m_way->setObjectName(QStringLiteral("InterfaceWayCombo"));
    m_way->addItem(tr("by Network (and IP address)"));
    m_way->addItem(tr("by Port"));
    form()->addRow(tr("The way to specify an interface"), m_way);

    m_network->setObjectName(QStringLiteral("InterfaceNetworkCombo"));
    if (auto networks = engine.networks().list(ctx))
        for (const Network &n : *networks)
            // The instance's project's own networks and shared ones; external networks take no instances.
            if (!n.external && (n.projectId == instance.projectId || n.shared))
                m_network->addItem(n.name, n.id);
    form()->addRow(tr("Network *"), m_network);
    m_fixedIp->setObjectName(QStringLiteral("InterfaceFixedIpEdit"));
    m_fixedIp->setPlaceholderText(tr("any free address"));
    form()->addRow(tr("Fixed IP Address"), m_fixedIp);

    m_port->setObjectName(QStringLiteral("InterfacePortCombo"));
    PortFilter filter;
    filter.project = instance.projectId;
    if (auto ports = engine.ports().list(ctx, filter))
        for (const Port &p : *ports)
            if (p.deviceId.isEmpty() && p.deviceOwner.isEmpty()) {
                QStringList ips;
                for (const FixedIp &ip : p.fixedIps)
                    ips << ip.ipAddress;
                m_port->addItem(tr("%1 (%2)").arg(p.name.isEmpty() ? p.id.left(8) : p.name,
                                                 ips.isEmpty() ? p.macAddress : ips.join(QStringLiteral(", "))),
                                p.id);
            }
    form()->addRow(tr("Port *"), m_port);

    connect(m_way, &QComboBox::currentIndexChanged, this, [this] {
        showWay();
        updateOk();
    });
    connect(m_network, &QComboBox::currentIndexChanged, this, &AttachInterfaceDialog::updateOk);
    connect(m_fixedIp, &QLineEdit::textChanged, this, &AttachInterfaceDialog::updateOk);
    connect(m_port, &QComboBox::currentIndexChanged, this, &AttachInterfaceDialog::updateOk);
    showWay();
    updateOk();
}

bool AttachInterfaceDialog::byPort() const
{
    return m_way->currentIndex() == 1;
}

void AttachInterfaceDialog::showWay()
{
    form()->setRowVisible(m_network, !byPort());
    form()->setRowVisible(m_fixedIp, !byPort());
    form()->setRowVisible(m_port, byPort());
}

QString AttachInterfaceDialog::problem() const
{
    if (byPort())
        return m_port->count() == 0 ? tr("Port: project %1 has no free port; make one in Networks › Ports first")
                                          .arg(m_instance.projectName)
                                    : QString();
    if (m_network->count() == 0)
        return tr("Network: project %1 has no network an instance can use").arg(m_instance.projectName);
    const QString ip = m_fixedIp->text().trimmed();
    if (!ip.isEmpty() && QHostAddress(ip).protocol() != QAbstractSocket::IPv4Protocol
        && QHostAddress(ip).protocol() != QAbstractSocket::IPv6Protocol)
        return tr("Fixed IP Address '%1': not an IP address").arg(ip);
    return {};
}

bool AttachInterfaceDialog::submit()
{
    InterfaceRequest request;
    if (byPort()) {
        request.port = m_port->currentData().toString();
    } else {
        request.network = m_network->currentData().toString();
        request.fixedIp = m_fixedIp->text().trimmed();
    }
    auto result = m_engine.instances().attachInterface(m_ctx.withNewRequestId(), m_instance.id, request);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
