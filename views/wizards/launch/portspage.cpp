#include "portspage.h"

#include "choicetable.h"
#include "models/portmodel.h"

#include <QLabel>

namespace sd {

PortsPage::PortsPage(const QList<Port> &ports, const QHash<QString, QString> &networkNames, QWidget *parent)
    : LaunchPage(tr("Network Ports"),
                 tr("Ports provide extra communication channels to your instances. Choose existing ports of "
                    "the project; each becomes a NIC after the networks of the previous step."),
                 parent)
{
    // Made here, not in the initializer list: lupdate loses the class context after a braced list there.
    m_table = new ChoiceTable({tr("Name"), tr("Network"), tr("IP"), tr("Admin State"), tr("Status")},
                              ChoiceTable::Mode::Multi, this);
    setObjectName(QStringLiteral("PortsPage"));
    m_table->setObjectName(QStringLiteral("PortTable"));
    for (const Port &p : ports)
        m_table->addChoice(p.id, {PortModel::nameText(p), networkNames.value(p.networkId, p.networkId),
                                  PortModel::fixedIpsText(p), p.adminStateUp ? tr("Up") : tr("Down"),
                                  PortModel::statusText(p)});
    if (ports.isEmpty()) {
        auto *none = new QLabel(tr("The project has no unused port. Ports are made in a network's details "
                                   "(Project › Network › Networks)."),
                                this);
        none->setWordWrap(true);
        content()->addWidget(none);
    }
    content()->addWidget(m_table, 1);
    connect(m_table, &ChoiceTable::changed, this, &PortsPage::update);
    update();
}

QStringList PortsPage::chosen() const
{
    return m_table->chosen();
}

void PortsPage::setNetworksChosen(int networks)
{
    // Each step tells the other; only a real change is passed on, or they would echo forever.
    if (m_networks == networks)
        return;
    m_networks = networks;
    update();
}

QString PortsPage::problem() const
{
    if (m_networks == 0 && m_table->chosen().isEmpty())
        return tr("The instance needs a NIC: check a network on the Networks step or a port here");
    return {};
}

void PortsPage::contribute(LaunchSpec &spec) const
{
    for (const QString &id : m_table->chosen())
        spec.nics.append({{}, {}, id});
}

} // namespace sd
