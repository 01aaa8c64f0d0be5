#include "subnetpage.h"

#include "fieldwitherror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sd {

SubnetPage::SubnetPage(QWidget *parent)
    : QWizardPage(parent), m_name(new QLineEdit(this)), m_cidr(new QLineEdit(this)),
      m_version(new QComboBox(this)), m_gateway(new QLineEdit(this)),
      m_noGateway(new QCheckBox(tr("Disable Gateway"), this)), m_nameRow(new FieldWithError(m_name, this)),
      m_cidrRow(new FieldWithError(m_cidr, this)), m_versionRow(new FieldWithError(m_version, this)),
      m_gatewayRow(new FieldWithError(m_gateway, this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("SubnetPage"));
    setTitle(tr("Subnet"));
    // Horizon's help text, shortened: what is required and what happens when the gateway is left empty.
    setSubTitle(tr("A subnet gives the network its addresses. Enter the Network Address in CIDR form. "
                   "Without a Gateway IP the subnet's first address becomes the gateway; check Disable "
                   "Gateway for a subnet without one. DHCP, pools, DNS and routes are in Subnet Details."));
    m_name->setObjectName(QStringLiteral("SubnetNameEdit"));
    m_cidr->setObjectName(QStringLiteral("SubnetCidrEdit"));
    m_cidr->setPlaceholderText(tr("e.g. 192.168.0.0/24 or 2001:db8::/64"));
    m_version->setObjectName(QStringLiteral("SubnetIpVersionCombo"));
    m_version->addItem(tr("IPv4"), 4);
    m_version->addItem(tr("IPv6"), 6);
    m_gateway->setObjectName(QStringLiteral("SubnetGatewayEdit"));
    m_noGateway->setObjectName(QStringLiteral("DisableGatewayBox"));
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("Subnet Name"), m_nameRow);
    form->addRow(tr("Network Address *"), m_cidrRow);
    form->addRow(tr("IP Version"), m_versionRow);
    form->addRow(tr("Gateway IP"), m_gatewayRow);
    form->addRow(QString(), m_noGateway);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_error);

    connect(m_cidr, &QLineEdit::textEdited, this, [this] { m_cidrTouched = true; });
    for (QLineEdit *edit : {m_name, m_cidr, m_gateway})
        connect(edit, &QLineEdit::textChanged, this, &SubnetPage::changed);
    connect(m_version, &QComboBox::currentIndexChanged, this, &SubnetPage::changed);
    connect(m_noGateway, &QCheckBox::toggled, this, [this](bool off) {
        m_gateway->setEnabled(!off);
        emit changed();
    });
}

void SubnetPage::setAddressFixed(bool fixed)
{
    m_cidr->setReadOnly(fixed);
    m_version->setEnabled(!fixed);
    m_cidr->setToolTip(fixed ? tr("A subnet's address cannot change; create another subnet instead")
                             : QString());
}

void SubnetPage::load(const Subnet &subnet)
{
    m_name->setText(subnet.name);
    m_cidr->setText(subnet.cidr);
    m_version->setCurrentIndex(m_version->findData(subnet.ipVersion));
    m_gateway->setText(subnet.gatewayIp);
    m_noGateway->setChecked(subnet.gatewayIp.isEmpty());
    m_cidrTouched = true;
}

void SubnetPage::fill(SubnetInput &input) const
{
    input.name = m_name->text();
    input.cidr = m_cidr->text();
    input.ipVersion = m_version->currentData().toInt();
    input.gatewayIp = m_gateway->text();
    input.noGateway = m_noGateway->isChecked();
}

void SubnetPage::setProblems(const SubnetCheck &check)
{
    const bool quiet = !m_cidrTouched && m_cidr->text().isEmpty();
    m_nameRow->setError(check.problem(SubnetField::Name));
    m_cidrRow->setError(quiet ? QString() : check.problem(SubnetField::Cidr));
    m_versionRow->setError(check.problem(SubnetField::IpVersion));
    m_gatewayRow->setError(check.problem(SubnetField::Gateway));
    // What an empty Gateway IP will become, so "the first address" is not a guess.
    m_gateway->setPlaceholderText(check.resolved && !check.resolved->gatewayIp.isEmpty()
                                      ? tr("%1 (the subnet's first address)").arg(check.resolved->gatewayIp)
                                      : tr("e.g. 192.168.0.254; empty: the subnet's first address"));
    const bool complete =
        check.problem(SubnetField::Name).isEmpty() && check.problem(SubnetField::Cidr).isEmpty() &&
        check.problem(SubnetField::IpVersion).isEmpty() && check.problem(SubnetField::Gateway).isEmpty();
    // An old refusal no longer applies once the user changes what was refused.
    showError({});
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
}

bool SubnetPage::isComplete() const
{
    return m_complete;
}

QString SubnetPage::shownProblem(SubnetField field) const
{
    switch (field) {
    case SubnetField::Name:
        return m_nameRow->error();
    case SubnetField::Cidr:
        return m_cidrRow->error();
    case SubnetField::IpVersion:
        return m_versionRow->error();
    case SubnetField::Gateway:
        return m_gatewayRow->error();
    default:
        return {};
    }
}

void SubnetPage::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(!message.isEmpty());
}

QString SubnetPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sd
