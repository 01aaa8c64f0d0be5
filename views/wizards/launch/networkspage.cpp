#include "networkspage.h"

#include "choicetable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sd {

NetworksPage::NetworksPage(const QList<Network> &networks,
                           const QHash<QString, QStringList> &subnetsByNetwork, bool portsAvailable,
                           QWidget *parent)
    : LaunchPage(tr("Networks"),
                 tr("Networks provide the communication channels for instances in the cloud. Check the "
                    "networks to plug the instance into; the first checked is its first NIC (eth0)."),
                 parent),
      m_up(new QPushButton(tr("Up"), this)), m_down(new QPushButton(tr("Down"), this)),
      m_note(new QLabel(this)), m_portsAvailable(portsAvailable)
{
    // Made here, not in the initializer list: lupdate loses the class context after a braced list there.
    m_table = new ChoiceTable(
        {tr("Network"), tr("Subnets Associated"), tr("Shared"), tr("Admin State"), tr("Status")},
        ChoiceTable::Mode::Ordered, this);
    setObjectName(QStringLiteral("NetworksPage"));
    m_table->setObjectName(QStringLiteral("NetworkTable"));
    m_up->setToolTip(tr("Move the selected network earlier in the NIC order"));
    m_down->setToolTip(tr("Move the selected network later in the NIC order"));
    for (const Network &n : networks) {
        const QStringList subnets = subnetsByNetwork.value(n.id);
        QString reason;
        if (!n.adminStateUp)
            reason = tr("Network %1 is down (admin state)").arg(n.name);
        else if (subnets.isEmpty())
            reason = tr("Network %1 has no subnet: an instance there would get no address").arg(n.name);
        m_table->addChoice(n.id,
                           {n.name, subnets.join(QStringLiteral(", ")), n.shared ? tr("Yes") : tr("No"),
                            n.adminStateUp ? tr("Up") : tr("Down"),
                            n.adminStateUp ? tr("Active") : tr("Down")},
                           reason);
    }
    if (const QString reasons = m_table->reasonsText(); !reasons.isEmpty())
        setNotes(tr("Greyed out:\n%1").arg(reasons));
    // With one usable network, it is the one (Nova's auto-allocation does the same).
    QStringList usable;
    for (const QString &key : m_table->keys())
        if (m_table->reason(key).isEmpty())
            usable.append(key);
    if (usable.size() == 1)
        m_table->choose(usable);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_note, 1);
    content()->addWidget(m_table, 1);
    content()->addLayout(buttons);
    m_note->setObjectName(QStringLiteral("HintLabel"));
    m_note->setWordWrap(true);
    connect(m_table, &ChoiceTable::changed, this, &NetworksPage::update);
    connect(this, &LaunchPage::changed, this, &NetworksPage::showNote);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    update();
}

void NetworksPage::moveCurrent(int delta)
{
    if (QTreeWidgetItem *item = m_table->currentItem())
        m_table->move(m_table->keys().value(m_table->indexOfTopLevelItem(item)), delta);
}

void NetworksPage::showNote()
{
    // Next stays open without a network while ports exist; say what that means.
    m_note->setText(m_table->chosen().isEmpty() && m_portsAvailable && m_ports == 0
                        ? tr("No network checked: choose a port on the next step, or check a network here.")
                    : m_table->chosen().size() > 1
                        ? tr("Select a checked network and use Up or Down to change the NIC order.")
                        : QString());
}

QStringList NetworksPage::chosen() const
{
    return m_table->chosen();
}

void NetworksPage::setPortsChosen(int ports)
{
    // Each step tells the other; only a real change is passed on, or they would echo forever.
    if (m_ports == ports)
        return;
    m_ports = ports;
    update();
}

QString NetworksPage::problem() const
{
    // Next stays open while a port could still be chosen on the next step; Launch checks the whole.
    if (m_table->chosen().isEmpty() && m_ports == 0 && !m_portsAvailable)
        return tr("Check at least one network");
    return {};
}

void NetworksPage::contribute(LaunchSpec &spec) const
{
    for (const QString &id : m_table->chosen())
        spec.nics.append({id, {}, {}});
}

} // namespace sd
