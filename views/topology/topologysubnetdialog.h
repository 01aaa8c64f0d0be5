#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "dialogs/formdialog.h"

class QCheckBox;
class QLineEdit;

namespace sd {

class Engine;

// The topology's Create Subnet: a subnet on the clicked network (name, CIDR, gateway, DHCP), checked live
// by the engine's SubnetService::resolve against the network's other subnets.
class TopologySubnetDialog : public FormDialog
{
    Q_OBJECT

public:
    TopologySubnetDialog(Engine &engine, const RequestContext &ctx, const Network &network,
                         const QList<Subnet> &siblings, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *cidrEdit() const { return m_cidr; }
    QLineEdit *gatewayEdit() const { return m_gateway; }
    QCheckBox *noGatewayBox() const { return m_noGateway; }
    QCheckBox *dhcpBox() const { return m_dhcp; }
    SubnetSpec spec() const;

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Network m_network;
    QList<Subnet> m_siblings;
    QLineEdit *m_name;
    QLineEdit *m_cidr;
    QLineEdit *m_gateway;
    QCheckBox *m_noGateway;
    QCheckBox *m_dhcp;
};

} // namespace sd
