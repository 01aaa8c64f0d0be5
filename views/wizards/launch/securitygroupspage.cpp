#include "securitygroupspage.h"

#include "choicetable.h"

namespace sd {

SecurityGroupsPage::SecurityGroupsPage(const QList<SecurityGroup> &groups, QWidget *parent)
    : LaunchPage(tr("Security Groups"),
                 tr("Select the security groups to launch the instance in. On simulated hosts the rules are "
                    "modelled but not enforced."),
                 parent),
      m_table(new ChoiceTable({tr("Name"), tr("Description"), tr("Rules")}, ChoiceTable::Mode::Multi, this))
{
    setObjectName(QStringLiteral("SecurityGroupsPage"));
    m_table->setObjectName(QStringLiteral("SecurityGroupTable"));
    QStringList preselected;
    for (const SecurityGroup &g : groups) {
        m_table->addChoice(g.id, {g.name, g.description, QString::number(g.rules.size())});
        if (g.name == QLatin1String("default"))
            preselected.append(g.id);
    }
    m_table->choose(preselected);
    content()->addWidget(m_table, 1);
    connect(m_table, &ChoiceTable::changed, this, &SecurityGroupsPage::update);
    update();
}

QString SecurityGroupsPage::problem() const
{
    // Nova puts an instance without groups into "default" anyway; saying so beats a silent surprise.
    if (m_table->chosen().isEmpty() && !m_table->keys().isEmpty())
        return tr("Check at least one security group (with none, Nova's rule puts the instance in "
                  "\"default\")");
    return {};
}

void SecurityGroupsPage::contribute(LaunchSpec &spec) const
{
    spec.securityGroups = m_table->chosen();
}

} // namespace sd
