#include "routerinterfacedialog.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/routerservice.h"
#include "network/subnetservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>

namespace sd {

namespace {
constexpr int SubnetNameRole = Qt::UserRole + 1;
}

RouterInterfaceDialog::RouterInterfaceDialog(Engine &engine, const RequestContext &ctx, const Router &router,
                                             QWidget *parent)
    : FormDialog(tr("Add Interface to Router %1").arg(router.name), tr("Add Interface"), parent),
      m_engine(engine), m_ctx(ctx), m_router(router), m_subnet(new QComboBox(this))
{
    setObjectName(QStringLiteral("RouterInterfaceDialog"));
    setIntro(tr("The router takes the subnet's gateway address, so the subnet's instances reach other "
                "subnets of the router and, with a gateway, the outside."));
    m_subnet->setObjectName(QStringLiteral("InterfaceSubnetCombo"));
    // Horizon's list: "network: CIDR (subnet)", the subnets of the networks the router may serve: not
    // external ones (that is the gateway) and not a subnet it already serves.
    QHash<QString, Network> networks;
    if (auto list = engine.networks().list(ctx))
        for (const Network &network : *list)
            networks.insert(network.id, network);
    QStringList served;
    for (const RouterInterface &interface : router.interfaces)
        served.append(interface.subnetId);
    if (auto subnets = engine.subnets().list(ctx))
        for (const Subnet &subnet : *subnets) {
            const Network network = networks.value(subnet.networkId);
            if (network.external || served.contains(subnet.id))
                continue;
            // Members plug in their own networks and shared ones, as in Neutron.
            if (!ctx.isAdmin() && network.projectId != router.projectId && !network.shared)
                continue;
            const QString label = subnet.name.isEmpty()
                                      ? tr("%1: %2").arg(network.name, subnet.cidr)
                                      : tr("%1: %2 (%3)").arg(network.name, subnet.cidr, subnet.name);
            m_subnet->addItem(label, subnet.id);
            m_subnet->setItemData(m_subnet->count() - 1, subnet.name, SubnetNameRole);
        }
    auto *name = new QLabel(router.name, this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Router Name"), name);
    form()->addRow(tr("Subnet *"), m_subnet);
    connect(m_subnet, &QComboBox::currentIndexChanged, this, &RouterInterfaceDialog::updateOk);
    updateOk();
}

bool RouterInterfaceDialog::chooseSubnet(const QString &name)
{
    const int at = m_subnet->findData(name, SubnetNameRole);
    if (at >= 0)
        m_subnet->setCurrentIndex(at);
    return at >= 0;
}

QString RouterInterfaceDialog::problem() const
{
    if (m_subnet->count() == 0)
        return tr(
            "Every subnet this router may serve already has an interface on it; create a network with a "
            "subnet first");
    return {};
}

bool RouterInterfaceDialog::submit()
{
    auto result = m_engine.routers().addInterface(m_ctx.withNewRequestId(), m_router.id,
                                                  m_subnet->currentData().toString());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
