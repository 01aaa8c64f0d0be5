#include "subnetdetailspage.h"

#include "fieldwitherror.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sd {

namespace {
QPlainTextEdit *linesEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(78);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}
} // namespace

SubnetDetailsPage::SubnetDetailsPage(QWidget *parent)
    : QWizardPage(parent), m_dhcp(new QCheckBox(tr("Enable DHCP"), this)),
      m_pools(linesEdit(this, QStringLiteral("AllocationPoolsEdit"), QString())),
      m_dns(linesEdit(this, QStringLiteral("DnsNameServersEdit"), tr("e.g.\n8.8.8.8\n2001:4860:4860::8888"))),
      m_routes(linesEdit(this, QStringLiteral("HostRoutesEdit"), tr("e.g. 192.168.200.0/24,10.56.1.254"))),
      m_poolsRow(new FieldWithError(m_pools, this,
                                    tr("One pool a line: start address, a comma, end address. Empty: the "
                                       "whole subnet but the gateway."))),
      m_dnsRow(new FieldWithError(m_dns, this, tr("One IP address a line."))),
      m_routesRow(new FieldWithError(m_routes, this,
                                     tr("One route a line: destination CIDR, a comma, next hop address. "
                                        "DHCP hands these to the instances."))),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("SubnetDetailsPage"));
    setTitle(tr("Subnet Details"));
    setSubTitle(tr("Specify additional attributes for the subnet."));
    m_dhcp->setObjectName(QStringLiteral("EnableDhcpBox"));
    m_dhcp->setChecked(true);
    m_dhcp->setToolTip(tr("Instances get their address from the network's DHCP server (libvirt's dnsmasq)"));
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(QString(), m_dhcp);
    form->addRow(tr("Allocation Pools"), m_poolsRow);
    form->addRow(tr("DNS Name Servers"), m_dnsRow);
    form->addRow(tr("Host Routes"), m_routesRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_error);

    connect(m_dhcp, &QCheckBox::toggled, this, &SubnetDetailsPage::changed);
    for (QPlainTextEdit *edit : {m_pools, m_dns, m_routes})
        connect(edit, &QPlainTextEdit::textChanged, this, &SubnetDetailsPage::changed);
}

void SubnetDetailsPage::load(const Subnet &subnet)
{
    m_dhcp->setChecked(subnet.enableDhcp);
    m_pools->setPlainText(SubnetCheck::poolsText(subnet.allocationPools));
    m_dns->setPlainText(subnet.dnsNameservers.join(QLatin1Char('\n')));
    m_routes->setPlainText(SubnetCheck::routesText(subnet.hostRoutes));
}

void SubnetDetailsPage::fill(SubnetInput &input) const
{
    input.enableDhcp = m_dhcp->isChecked();
    input.pools = m_pools->toPlainText();
    input.dns = m_dns->toPlainText();
    input.routes = m_routes->toPlainText();
}

void SubnetDetailsPage::setProblems(const SubnetCheck &check)
{
    m_poolsRow->setError(check.problem(SubnetField::Pools));
    m_dnsRow->setError(check.problem(SubnetField::Dns));
    m_routesRow->setError(check.problem(SubnetField::Routes));
    // The pools an empty field stands for, worked out by the engine for the address typed.
    m_pools->setPlaceholderText(check.resolved && check.spec.allocationPools.isEmpty()
                                    ? tr("%1\n(the default for this subnet)")
                                          .arg(SubnetCheck::poolsText(check.resolved->allocationPools))
                                    : tr("e.g. 192.168.0.10,192.168.0.99"));
    const bool complete = check.problem(SubnetField::Pools).isEmpty() &&
                          check.problem(SubnetField::Dns).isEmpty() &&
                          check.problem(SubnetField::Routes).isEmpty();
    showError({});
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
}

bool SubnetDetailsPage::isComplete() const
{
    return m_complete;
}

QString SubnetDetailsPage::shownProblem(SubnetField field) const
{
    switch (field) {
    case SubnetField::Pools:
        return m_poolsRow->error();
    case SubnetField::Dns:
        return m_dnsRow->error();
    case SubnetField::Routes:
        return m_routesRow->error();
    default:
        return {};
    }
}

void SubnetDetailsPage::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(!message.isEmpty());
}

QString SubnetDetailsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sd
