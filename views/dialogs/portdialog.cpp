#include "portdialog.h"

#include "models/networkmodel.h"
#include "models/portmodel.h"

#include "core/namecheck.h"
#include "engine.h"
#include "identity/policy.h"
#include "network/ipnet.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace sd {

PortDialog::PortDialog(Engine &engine, const RequestContext &ctx, const Network &network,
                       const std::optional<Port> &port, QWidget *parent)
    : FormDialog(port ? tr("Edit Port %1").arg(PortModel::nameText(*port))
                      : tr("Create Port on Network %1").arg(network.name),
                 port ? tr("Save Changes") : tr("Create"), parent),
      m_engine(engine), m_ctx(ctx), m_network(network), m_port(port), m_name(new QLineEdit(this)),
      m_adminState(new QCheckBox(tr("Enable Admin State"), this)),
      m_portSecurity(new QCheckBox(tr("Port Security"), this)), m_groups(new QListWidget(this))
{
    setObjectName(port ? QStringLiteral("EditPortDialog") : QStringLiteral("CreatePortDialog"));
    // The port belongs to the network's project when the user may act for it (as Horizon's admin form),
    // else to the user's own project (a port on a shared network).
    m_projectId = port ? port->projectId
                       : (engine.policy().allows(ctx, QStringLiteral("port:create"), network.projectId)
                              ? network.projectId
                              : ctx.projectId);
    setIntro(
        port ? tr("Ports hold an instance's addresses on a network. The addresses and the MAC address stay "
                  "as allocated.")
             : tr("A port keeps an address on this network for an instance to use later. Leave the "
                  "address empty and one is taken from the subnet's allocation pools."));
    m_name->setObjectName(QStringLiteral("PortNameEdit"));
    m_adminState->setObjectName(QStringLiteral("AdminStateBox"));
    m_portSecurity->setObjectName(QStringLiteral("PortSecurityBox"));
    m_portSecurity->setToolTip(
        tr("Off: no security group filters this port's traffic, and no anti-spoofing"));
    m_groups->setObjectName(QStringLiteral("SecurityGroupList"));
    m_groups->setMaximumHeight(110);

    form()->addRow(tr("Name"), m_name);
    form()->addRow(QString(), m_adminState);
    if (!port) {
        m_subnet = new QComboBox(this);
        m_subnet->setObjectName(QStringLiteral("PortSubnetCombo"));
        m_subnet->addItem(tr("Any subnet of the network"), QString());
        if (auto subnets = engine.subnets().list(ctx, network.id))
            m_subnets = *subnets;
        for (const Subnet &subnet : std::as_const(m_subnets))
            m_subnet->addItem(NetworkModel::subnetText(subnet), subnet.id);
        m_ip = new QLineEdit(this);
        m_ip->setObjectName(QStringLiteral("PortFixedIpEdit"));
        m_ip->setPlaceholderText(tr("empty: the next free address of the subnet"));
        form()->addRow(tr("Subnet"), m_subnet);
        form()->addRow(tr("Fixed IP Address"), m_ip);
        // Horizon offers the MAC to administrators only: a wrong one clashes on the wire.
        if (ctx.isAdmin()) {
            m_mac = new QLineEdit(this);
            m_mac->setObjectName(QStringLiteral("PortMacEdit"));
            m_mac->setPlaceholderText(tr("empty: generated (fa:16:3e:…)"));
            form()->addRow(tr("MAC Address"), m_mac);
        }
        connect(m_subnet, &QComboBox::currentIndexChanged, this, &PortDialog::updateOk);
        connect(m_ip, &QLineEdit::textChanged, this, &PortDialog::updateOk);
        if (m_mac)
            connect(m_mac, &QLineEdit::textChanged, this, &PortDialog::updateOk);
    } else {
        auto *ips = new QLabel(PortModel::fixedIpsText(*port), this);
        ips->setObjectName(QStringLiteral("PortFixedIpsValue"));
        ips->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *mac = new QLabel(port->macAddress, this);
        mac->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form()->addRow(tr("Fixed IPs"), ips);
        form()->addRow(tr("MAC Address"), mac);
    }
    form()->addRow(QString(), m_portSecurity);
    form()->addRow(tr("Security Groups"), m_groups);

    // The groups of the port's project; the project's default is chosen for a new port, as Neutron does.
    if (auto groups = engine.securityGroups().list(ctx, m_projectId))
        for (const SecurityGroup &group : *groups) {
            if (group.projectId != m_projectId)
                continue;
            auto *item = new QListWidgetItem(group.name, m_groups);
            item->setData(Qt::UserRole, group.id);
            item->setToolTip(group.description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool chosen =
                port ? port->securityGroupIds.contains(group.id) : group.name == QLatin1String("default");
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }

    m_name->setText(port ? port->name : QString());
    m_adminState->setChecked(port ? port->adminStateUp : true);
    m_portSecurity->setChecked(port ? port->portSecurityEnabled : true);
    m_groups->setEnabled(m_portSecurity->isChecked());
    connect(m_name, &QLineEdit::textChanged, this, &PortDialog::updateOk);
    connect(m_portSecurity, &QCheckBox::toggled, this, [this](bool on) {
        // Neutron refuses security groups on a port without port security.
        m_groups->setEnabled(on);
        m_groups->setToolTip(on ? QString() : tr("Security groups need Port Security"));
        updateOk();
    });
    connect(m_groups, &QListWidget::itemChanged, this, &PortDialog::updateOk);
    updateOk();
}

void PortDialog::chooseSecurityGroups(const QStringList &names)
{
    for (int row = 0; row < m_groups->count(); ++row)
        m_groups->item(row)->setCheckState(names.contains(m_groups->item(row)->text()) ? Qt::Checked
                                                                                       : Qt::Unchecked);
}

QStringList PortDialog::chosenGroupIds() const
{
    QStringList ids;
    if (!m_portSecurity->isChecked())
        return ids;
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->checkState() == Qt::Checked)
            ids.append(m_groups->item(row)->data(Qt::UserRole).toString());
    return ids;
}

QString PortDialog::problem() const
{
    if (const QString name = m_name->text().trimmed(); !name.isEmpty())
        if (auto checked = checkedName(tr("Port name"), name); !checked)
            return checked.error().message;
    if (m_ip && !m_ip->text().trimmed().isEmpty()) {
        const QString text = m_ip->text().trimmed();
        const auto ip = IpAddress::parse(text);
        if (!ip)
            return tr("Fixed IP Address %1: not an IPv4 or IPv6 address").arg(text);
        const QString subnetId = m_subnet->currentData().toString();
        bool inside = false;
        Subnet chosen;
        for (const Subnet &subnet : m_subnets) {
            if (!subnetId.isEmpty() && subnet.id != subnetId)
                continue;
            chosen = subnet;
            auto cidr = IpNetwork::parse(subnet.cidr, tr("Subnet"));
            inside = inside || (cidr && cidr->contains(*ip));
        }
        if (!inside)
            return subnetId.isEmpty()
                       ? tr("Fixed IP Address %1 is in none of network %2's subnets")
                             .arg(text, m_network.name)
                       : tr("Fixed IP Address %1 is outside subnet %2 (%3)")
                             .arg(text, chosen.name.isEmpty() ? chosen.id : chosen.name, chosen.cidr);
    }
    if (m_mac && !m_mac->text().trimmed().isEmpty())
        if (auto mac = PortService::validateMac(m_mac->text().trimmed()); !mac)
            return mac.error().message;
    return {};
}

bool PortDialog::submit()
{
    if (m_port) {
        PortUpdate change;
        if (m_name->text().trimmed() != m_port->name)
            change.name = m_name->text().trimmed();
        if (m_adminState->isChecked() != m_port->adminStateUp)
            change.adminStateUp = m_adminState->isChecked();
        if (m_portSecurity->isChecked() != m_port->portSecurityEnabled)
            change.portSecurityEnabled = m_portSecurity->isChecked();
        QStringList before = m_port->securityGroupIds, after = chosenGroupIds();
        before.sort();
        after.sort();
        if (before != after)
            change.securityGroups = after;
        auto result = m_engine.ports().update(m_ctx.withNewRequestId(), m_port->id, change);
        if (!result) {
            showError(result.error());
            return false;
        }
        emit portSaved(result->id, result->name);
        return true;
    }
    PortSpec spec;
    spec.name = m_name->text().trimmed();
    spec.network = m_network.id;
    spec.project = m_projectId == m_ctx.projectId ? QString() : m_projectId;
    spec.adminStateUp = m_adminState->isChecked();
    spec.portSecurityEnabled = m_portSecurity->isChecked();
    spec.securityGroups = chosenGroupIds();
    // No group ticked is a choice (nothing gets in), not "the default" as an empty list means to Neutron.
    spec.noSecurityGroups = spec.portSecurityEnabled && spec.securityGroups.isEmpty();
    if (m_mac)
        spec.macAddress = m_mac->text().trimmed();
    const QString subnetId = m_subnet->currentData().toString();
    const QString ip = m_ip->text().trimmed();
    if (!subnetId.isEmpty() || !ip.isEmpty())
        spec.fixedIps.append(FixedIpRequest{subnetId, ip});
    auto created = m_engine.ports().create(m_ctx.withNewRequestId(), spec);
    if (!created) {
        showError(created.error());
        return false;
    }
    emit portSaved(created->id, created->name);
    return true;
}

} // namespace sd
