#include "routergatewaydialog.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/routerservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sd {

RouterGatewayDialog::RouterGatewayDialog(Engine &engine, const RequestContext &ctx, const Router &router,
                                         QWidget *parent)
    : FormDialog(tr("Set Gateway of Router %1").arg(router.name), tr("Set Gateway"), parent),
      m_engine(engine), m_ctx(ctx), m_router(router), m_network(new QComboBox(this))
{
    setObjectName(QStringLiteral("RouterGatewayDialog"));
    setIntro(tr("The router takes an address on the external network: its subnets reach outside through it "
                "(SNAT), and floating IPs of that network reach their instances through it."));
    m_network->setObjectName(QStringLiteral("ExternalNetworkCombo"));
    NetworkFilter external;
    external.external = true;
    if (auto networks = engine.networks().list(ctx, external))
        for (const Network &network : *networks)
            if (network.external)
                m_network->addItem(network.name, network.id);
    m_network->setCurrentIndex(qMax(0, m_network->findData(router.externalNetworkId)));
    auto *name = new QLabel(router.name, this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Router Name"), name);
    form()->addRow(tr("External Network *"), m_network);
    connect(m_network, &QComboBox::currentIndexChanged, this, &RouterGatewayDialog::updateOk);
    updateOk();
}

QString RouterGatewayDialog::problem() const
{
    if (m_network->count() == 0)
        return tr("There is no external network; an administrator makes one in Admin › Network › Networks");
    if (m_network->currentData().toString() == m_router.externalNetworkId)
        return tr("Router %1's gateway is already on %2").arg(m_router.name, m_network->currentText());
    return {};
}

bool RouterGatewayDialog::submit()
{
    auto result = m_engine.routers().setGateway(m_ctx.withNewRequestId(), m_router.id,
                                                m_network->currentData().toString());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd
