#include "topologysubnetdialog.h"

#include "engine.h"
#include "network/subnetservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

namespace sd {

TopologySubnetDialog::TopologySubnetDialog(Engine &engine, const RequestContext &ctx, const Network &network,
                                           const QList<Subnet> &siblings, QWidget *parent)
    : FormDialog(tr("Create Subnet on %1").arg(network.name), tr("Create Subnet"), parent), m_engine(engine),
      m_ctx(ctx), m_network(network), m_siblings(siblings), m_name(new QLineEdit(this)),
      m_cidr(new QLineEdit(this)), m_gateway(new QLineEdit(this)),
      m_noGateway(new QCheckBox(tr("Disable Gateway"), this)), m_dhcp(new QCheckBox(tr("Enable DHCP"), this))
{
    setObjectName(QStringLiteral("TopologySubnetDialog"));
    setIntro(tr("A subnet gives the network's ports their addresses. The allocation pool is the whole subnet "
                "but the gateway; DHCP hands the addresses out."));
    m_name->setObjectName(QStringLiteral("SubnetNameEdit"));
    m_cidr->setObjectName(QStringLiteral("SubnetCidrEdit"));
    m_cidr->setPlaceholderText(tr("e.g. 192.168.0.0/24 or fd00:1::/64"));
    m_gateway->setObjectName(QStringLiteral("SubnetGatewayEdit"));
    m_gateway->setPlaceholderText(tr("Empty: the subnet's first address"));
    m_dhcp->setChecked(true);
    form()->addRow(tr("Subnet Name"), m_name);
    form()->addRow(tr("Network Address *"), m_cidr);
    form()->addRow(tr("Gateway IP"), m_gateway);
    form()->addRow(QString(), m_noGateway);
    form()->addRow(QString(), m_dhcp);
    for (QLineEdit *edit : {m_name, m_cidr, m_gateway})
        connect(edit, &QLineEdit::textChanged, this, &TopologySubnetDialog::updateOk);
    connect(m_noGateway, &QCheckBox::toggled, this, [this](bool off) {
        m_gateway->setEnabled(!off);
        updateOk();
    });
    updateOk();
}

SubnetSpec TopologySubnetDialog::spec() const
{
    SubnetSpec spec;
    spec.name = m_name->text().trimmed();
    spec.network = m_network.id;
    spec.cidr = m_cidr->text().trimmed();
    spec.noGateway = m_noGateway->isChecked();
    if (!spec.noGateway)
        spec.gatewayIp = m_gateway->text().trimmed();
    spec.enableDhcp = m_dhcp->isChecked();
    return spec;
}

QString TopologySubnetDialog::problem() const
{
    if (m_cidr->text().trimmed().isEmpty())
        return tr("Enter the subnet's network address (CIDR).");
    auto resolved = SubnetService::resolve(spec(), m_siblings);
    return resolved ? QString() : resolved.error().message;
}

QString TopologySubnetDialog::visibleProblem() const
{
    // An empty CIDR is not a mistake yet.
    return m_cidr->text().trimmed().isEmpty() ? QString() : problem();
}

bool TopologySubnetDialog::submit()
{
    auto subnet = m_engine.subnets().create(m_ctx.withNewRequestId(), spec());
    if (!subnet) {
        showError(subnet.error());
        return false;
    }
    return true;
}

} // namespace sd
