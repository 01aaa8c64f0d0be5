#include "addsecuritygroupruledialog.h"

#include "models/securitygrouprulemodel.h"
#include "models/securityruletemplates.h"

#include "engine.h"
#include "network/securitygroupservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace sd {

namespace {
using Kind = SecurityRuleTemplate::Kind;

// What a number field holds: nothing (any), or the number typed.
std::optional<int> number(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString describe(const SecurityRuleTemplate &t)
{
    const QString protocol = SecurityGroupRuleModel::protocolText(t.protocol);
    if (t.portMin < 0)
        return QCoreApplication::translate("sd::AddSecurityGroupRuleDialog", "Opens %1, every type.")
            .arg(protocol);
    if (t.portMin == t.portMax)
        return QCoreApplication::translate("sd::AddSecurityGroupRuleDialog", "Opens %1 port %2.")
            .arg(protocol)
            .arg(t.portMin);
    return QCoreApplication::translate("sd::AddSecurityGroupRuleDialog", "Opens %1 ports %2 to %3.")
        .arg(protocol)
        .arg(t.portMin)
        .arg(t.portMax);
}
} // namespace

AddSecurityGroupRuleDialog::AddSecurityGroupRuleDialog(Engine &engine, const RequestContext &ctx,
                                                       const SecurityGroup &group, QWidget *parent)
    : FormDialog(tr("Add Rule to %1").arg(group.name), tr("Add"), parent), m_engine(engine), m_ctx(ctx),
      m_group(group), m_rule(new QComboBox(this)), m_templateHint(new QLabel(this)),
      m_description(new QLineEdit(this)), m_direction(new QComboBox(this)), m_openPort(new QComboBox(this)),
      m_port(new QLineEdit(this)), m_fromPort(new QLineEdit(this)), m_toPort(new QLineEdit(this)),
      m_protocol(new QLineEdit(this)), m_icmpType(new QLineEdit(this)), m_icmpCode(new QLineEdit(this)),
      m_remote(new QComboBox(this)), m_cidr(new QLineEdit(this)), m_remoteGroup(new QComboBox(this)),
      m_etherType(new QComboBox(this))
{
    setObjectName(QStringLiteral("AddSecurityGroupRuleDialog"));
    setIntro(tr("Rules define which traffic is allowed to instances using security group %1. A rule names "
                "the protocol and ports, and where the traffic may come from (ingress) or go to (egress): a "
                "CIDR, or the ports of a security group.")
                 .arg(group.name));

    m_rule->setObjectName(QStringLiteral("RuleTemplateCombo"));
    for (const SecurityRuleTemplate &t : SecurityRuleTemplates::all())
        m_rule->addItem(t.name, t.key);
    m_rule->setMaxVisibleItems(24);
    m_templateHint->setObjectName(QStringLiteral("HintLabel"));
    m_description->setObjectName(QStringLiteral("RuleDescriptionEdit"));
    m_description->setPlaceholderText(tr("Optional"));
    m_direction->setObjectName(QStringLiteral("DirectionCombo"));
    m_direction->addItem(tr("Ingress"), QStringLiteral("ingress"));
    m_direction->addItem(tr("Egress"), QStringLiteral("egress"));
    m_openPort->setObjectName(QStringLiteral("OpenPortCombo"));
    m_openPort->addItem(tr("Port"), QStringLiteral("port"));
    m_openPort->addItem(tr("Port Range"), QStringLiteral("range"));
    m_openPort->addItem(tr("All ports"), QStringLiteral("all"));

    // Digits only, but any count of them: "70000" reaches the engine, which says what the range is.
    auto *portDigits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), this);
    auto *icmpDigits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{0,4}")), this);
    for (QLineEdit *edit : {m_port, m_fromPort, m_toPort})
        edit->setValidator(portDigits);
    for (QLineEdit *edit : {m_icmpType, m_icmpCode})
        edit->setValidator(icmpDigits);
    m_port->setObjectName(QStringLiteral("PortEdit"));
    m_port->setPlaceholderText(tr("1-65535"));
    m_fromPort->setObjectName(QStringLiteral("FromPortEdit"));
    m_toPort->setObjectName(QStringLiteral("ToPortEdit"));
    m_protocol->setObjectName(QStringLiteral("IpProtocolEdit"));
    m_protocol->setPlaceholderText(tr("A number 0-255, or tcp, udp, icmp…"));
    m_icmpType->setObjectName(QStringLiteral("IcmpTypeEdit"));
    m_icmpType->setPlaceholderText(tr("Empty: any type (8: echo request)"));
    m_icmpCode->setObjectName(QStringLiteral("IcmpCodeEdit"));
    m_icmpCode->setPlaceholderText(tr("Empty: any code"));
    m_remote->setObjectName(QStringLiteral("RemoteCombo"));
    m_remote->addItem(tr("CIDR"), QStringLiteral("cidr"));
    m_remote->addItem(tr("Security Group"), QStringLiteral("group"));
    m_cidr->setObjectName(QStringLiteral("CidrEdit"));
    m_cidr->setText(QStringLiteral("0.0.0.0/0"));
    m_cidr->setToolTip(tr("Where the traffic may come from (ingress) or go to (egress); 0.0.0.0/0 is any "
                          "IPv4 address, ::/0 any IPv6 address"));
    m_remoteGroup->setObjectName(QStringLiteral("RemoteGroupCombo"));
    if (auto groups = engine.securityGroups().list(ctx, group.projectId))
        for (const SecurityGroup &g : *groups)
            m_remoteGroup->addItem(g.name, g.id);
    m_remoteGroup->setCurrentIndex(m_remoteGroup->findData(group.id));
    m_etherType->setObjectName(QStringLiteral("EtherTypeCombo"));
    m_etherType->addItems({QStringLiteral("IPv4"), QStringLiteral("IPv6")});

    form()->addRow(tr("Rule *"), m_rule);
    form()->addRow(QString(), m_templateHint);
    form()->addRow(tr("Description"), m_description);
    form()->addRow(tr("Direction"), m_direction);
    form()->addRow(tr("Open Port *"), m_openPort);
    form()->addRow(tr("Port *"), m_port);
    form()->addRow(tr("From Port *"), m_fromPort);
    form()->addRow(tr("To Port *"), m_toPort);
    addFieldError(Field::Ports);
    form()->addRow(tr("IP Protocol *"), m_protocol);
    addFieldError(Field::Protocol);
    form()->addRow(tr("Type"), m_icmpType);
    form()->addRow(tr("Code"), m_icmpCode);
    addFieldError(Field::Icmp);
    form()->addRow(tr("Remote *"), m_remote);
    form()->addRow(tr("CIDR *"), m_cidr);
    form()->addRow(tr("Security Group *"), m_remoteGroup);
    form()->addRow(tr("Ether Type"), m_etherType);
    addFieldError(Field::Remote);

    for (QComboBox *combo : {m_rule, m_openPort, m_remote})
        connect(combo, &QComboBox::currentIndexChanged, this, &AddSecurityGroupRuleDialog::showRows);
    for (QComboBox *combo : {m_direction, m_remoteGroup, m_etherType})
        connect(combo, &QComboBox::currentIndexChanged, this, &AddSecurityGroupRuleDialog::refresh);
    for (QLineEdit *edit :
         {m_description, m_port, m_fromPort, m_toPort, m_protocol, m_icmpType, m_icmpCode, m_cidr})
        connect(edit, &QLineEdit::textChanged, this, &AddSecurityGroupRuleDialog::refresh);
    showRows();
}

void AddSecurityGroupRuleDialog::addFieldError(Field field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("FieldError"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(QString(), label);
    form()->setRowVisible(label, false);
    m_fieldErrors.insert(field, label);
}

void AddSecurityGroupRuleDialog::selectTemplate(const QString &key)
{
    m_rule->setCurrentIndex(m_rule->findData(key));
}

QString AddSecurityGroupRuleDialog::templateKey() const
{
    return m_rule->currentData().toString();
}

bool AddSecurityGroupRuleDialog::remoteIsGroup() const
{
    return m_remote->currentData().toString() == QLatin1String("group");
}

QString AddSecurityGroupRuleDialog::etherType() const
{
    if (remoteIsGroup())
        return m_etherType->currentText();
    // With a CIDR the address family is the CIDR's, as in Horizon.
    return m_cidr->text().contains(QLatin1Char(':')) ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

void AddSecurityGroupRuleDialog::showRows()
{
    const SecurityRuleTemplate *t = SecurityRuleTemplates::find(templateKey());
    const Kind kind = t ? t->kind : Kind::CustomTcp;
    const bool ports = kind == Kind::CustomTcp || kind == Kind::CustomUdp;
    const QString openPort = m_openPort->currentData().toString();
    const bool group = remoteIsGroup();
    QFormLayout *f = form();
    f->setRowVisible(m_templateHint, kind == Kind::Fixed);
    if (t && kind == Kind::Fixed)
        m_templateHint->setText(describe(*t));
    f->setRowVisible(m_openPort, ports);
    f->setRowVisible(m_port, ports && openPort == QLatin1String("port"));
    f->setRowVisible(m_fromPort, ports && openPort == QLatin1String("range"));
    f->setRowVisible(m_toPort, ports && openPort == QLatin1String("range"));
    f->setRowVisible(m_protocol, kind == Kind::OtherProtocol);
    f->setRowVisible(m_icmpType, kind == Kind::CustomIcmp);
    f->setRowVisible(m_icmpCode, kind == Kind::CustomIcmp);
    f->setRowVisible(m_cidr, !group);
    f->setRowVisible(m_remoteGroup, group);
    f->setRowVisible(m_etherType, group);
    refresh();
}

SecurityGroupRuleSpec AddSecurityGroupRuleDialog::spec() const
{
    SecurityGroupRuleSpec spec;
    spec.group = m_group.id;
    spec.direction = m_direction->currentData().toString();
    spec.ethertype = etherType();
    spec.description = m_description->text();
    const SecurityRuleTemplate *t = SecurityRuleTemplates::find(templateKey());
    if (!t)
        return spec;
    switch (t->kind) {
    case Kind::Fixed:
        spec.protocol = t->protocol;
        if (t->portMin >= 0)
            spec.portRangeMin = t->portMin;
        if (t->portMax >= 0)
            spec.portRangeMax = t->portMax;
        break;
    case Kind::CustomTcp:
    case Kind::CustomUdp: {
        spec.protocol = t->protocol;
        const QString openPort = m_openPort->currentData().toString();
        if (openPort == QLatin1String("port")) {
            spec.portRangeMin = number(m_port);
            spec.portRangeMax = number(m_port);
        } else if (openPort == QLatin1String("range")) {
            spec.portRangeMin = number(m_fromPort);
            spec.portRangeMax = number(m_toPort);
        }
        break;
    }
    case Kind::CustomIcmp:
        spec.protocol = t->protocol;
        spec.portRangeMin = number(m_icmpType);
        spec.portRangeMax = number(m_icmpCode);
        break;
    case Kind::OtherProtocol:
        spec.protocol = m_protocol->text().trimmed().toLower();
        break;
    }
    if (remoteIsGroup())
        spec.remoteGroup = m_remoteGroup->currentData().toString();
    else
        spec.remoteIpPrefix = m_cidr->text().trimmed();
    return spec;
}

AddSecurityGroupRuleDialog::Check AddSecurityGroupRuleDialog::check() const
{
    const SecurityRuleTemplate *t = SecurityRuleTemplates::find(templateKey());
    if (!t)
        return {std::nullopt, tr("Choose a rule."), true};
    const SecurityGroupRuleSpec full = spec();
    const QString openPort = m_openPort->currentData().toString();
    const bool ports = t->kind == Kind::CustomTcp || t->kind == Kind::CustomUdp;

    // Required fields first, in our words and quietly: an empty field is not yet a mistake.
    if (t->kind == Kind::OtherProtocol && full.protocol.isEmpty())
        return {Field::Protocol, tr("Enter an IP protocol: a number 0-255, or a name such as tcp."), true};
    if (ports && openPort == QLatin1String("port") && m_port->text().isEmpty())
        return {Field::Ports, tr("Enter the port to open."), true};
    if (ports && openPort == QLatin1String("range") &&
        (m_fromPort->text().isEmpty() || m_toPort->text().isEmpty()))
        return {Field::Ports, tr("Enter the first and the last port of the range."), true};
    if (!remoteIsGroup() && full.remoteIpPrefix.isEmpty())
        return {Field::Remote, tr("Enter a CIDR (0.0.0.0/0 for any IPv4 address)."), true};
    if (remoteIsGroup() && full.remoteGroup.isEmpty())
        return {Field::Remote, tr("Choose a security group."), true};

    // Then the engine's own check, one part of the rule at a time, so its message lands under the field
    // that caused it.
    SecurityGroupRuleSpec partial = full;
    partial.portRangeMin.reset();
    partial.portRangeMax.reset();
    partial.remoteIpPrefix.clear();
    partial.remoteGroup.clear();
    partial.description.clear();
    if (auto r = SecurityGroupService::resolveRule(partial); !r)
        return {Field::Protocol, r.error().message};
    partial.portRangeMin = full.portRangeMin;
    partial.portRangeMax = full.portRangeMax;
    if (auto r = SecurityGroupService::resolveRule(partial); !r)
        return {t->kind == Kind::CustomIcmp ? Field::Icmp : Field::Ports, r.error().message};
    partial.remoteIpPrefix = full.remoteIpPrefix;
    partial.remoteGroup = full.remoteGroup;
    if (auto r = SecurityGroupService::resolveRule(partial); !r)
        return {Field::Remote, r.error().message};
    if (auto r = SecurityGroupService::resolveRule(full); !r)
        return {std::nullopt, r.error().message};
    return {};
}

void AddSecurityGroupRuleDialog::refresh()
{
    const Check c = check();
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        const bool shown = !c.quiet && c.field == it.key() && !c.message.isEmpty();
        it.value()->setText(shown ? c.message : QString());
        form()->setRowVisible(it.value(), shown);
    }
    fitFieldErrors();
    updateOk();
}

void AddSecurityGroupRuleDialog::fitFieldErrors()
{
    // A form row gives a wrapped label the height of its size hint (three short lines); give it the height
    // its text needs at the width of the fields instead.
    const int width = m_rule->width();
    for (QLabel *label : std::as_const(m_fieldErrors))
        if (!label->text().isEmpty())
            label->setFixedHeight(label->heightForWidth(width));
}

void AddSecurityGroupRuleDialog::resizeEvent(QResizeEvent *event)
{
    FormDialog::resizeEvent(event);
    fitFieldErrors();
}

QString AddSecurityGroupRuleDialog::fieldError(Field field) const
{
    QLabel *label = m_fieldErrors.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QString AddSecurityGroupRuleDialog::problem() const
{
    return check().message;
}

QString AddSecurityGroupRuleDialog::visibleProblem() const
{
    // Field problems are shown under their fields; only a problem of the whole rule goes under the form.
    const Check c = check();
    return c.quiet || c.field ? QString() : c.message;
}

bool AddSecurityGroupRuleDialog::submit()
{
    auto rule = m_engine.securityGroups().createRule(m_ctx.withNewRequestId(), spec());
    if (!rule) {
        showError(rule.error());
        return false;
    }
    emit ruleAdded(*rule);
    return true;
}

} // namespace sd
