#include "servergroupspage.h"

#include "choicetable.h"

namespace sd {

ServerGroupsPage::ServerGroupsPage(const QList<ServerGroupChoice> &groups, QWidget *parent)
    : LaunchPage(tr("Server Groups"),
                 tr("Select the server group to launch the instance in. The group's policy is a scheduler "
                    "hint: affinity keeps its members on one host, anti-affinity on different hosts."),
                 parent),
      m_table(new ChoiceTable({tr("Name"), tr("Policy")}, ChoiceTable::Mode::Single, this))
{
    setObjectName(QStringLiteral("ServerGroupsPage"));
    m_table->setObjectName(QStringLiteral("ServerGroupTable"));
    m_table->addChoice(QString(), {tr("No server group"), QString()});
    for (const ServerGroupChoice &g : groups)
        m_table->addChoice(g.id, {g.name, policyText(g.policy)});
    m_table->choose({QString()});
    content()->addWidget(m_table, 1);
    connect(m_table, &ChoiceTable::changed, this, &ServerGroupsPage::update);
    update();
}

QString ServerGroupsPage::policyText(const QString &policy)
{
    if (policy == QLatin1String("affinity"))
        return tr("Affinity");
    if (policy == QLatin1String("anti-affinity"))
        return tr("Anti Affinity");
    if (policy == QLatin1String("soft-affinity"))
        return tr("Soft Affinity");
    if (policy == QLatin1String("soft-anti-affinity"))
        return tr("Soft Anti Affinity");
    return policy;
}

void ServerGroupsPage::contribute(LaunchSpec &spec) const
{
    spec.serverGroup = m_table->chosen().value(0);
}

} // namespace sd
