#include "flavorpage.h"

#include "choicetable.h"
#include "flavorfit.h"
#include "units.h"

namespace sd {

FlavorPage::FlavorPage(const QList<Flavor> &flavors, const LaunchQuota &quota, QWidget *parent)
    : LaunchPage(tr("Flavor"),
                 tr("Flavors manage the sizing for the compute, memory and storage capacity of the instance. "
                    "A greyed-out flavor is listed under the table with the reason."),
                 parent),
      m_flavors(flavors), m_quota(quota),
      m_table(new ChoiceTable({tr("Name"), tr("vCPUs"), tr("RAM"), tr("Total Disk"), tr("Root Disk"),
                               tr("Ephemeral Disk"), tr("Public")},
                              ChoiceTable::Mode::Single, this))
{
    setObjectName(QStringLiteral("FlavorPage"));
    m_table->setObjectName(QStringLiteral("FlavorTable"));
    // Smallest first, as Horizon's default CREATE_INSTANCE_FLAVOR_SORT (by RAM).
    std::sort(m_flavors.begin(), m_flavors.end(), [](const Flavor &a, const Flavor &b) {
        return a.ramMb != b.ramMb ? a.ramMb < b.ramMb : a.name < b.name;
    });
    for (const Flavor &f : std::as_const(m_flavors))
        m_table->addChoice(f.id, {f.name, QString::number(f.vcpus), Units::megabytes(f.ramMb),
                                  Units::gigabytes(f.diskGb + f.ephemeralGb), Units::gigabytes(f.diskGb),
                                  Units::gigabytes(f.ephemeralGb), f.isPublic ? tr("Yes") : tr("No")});
    content()->addWidget(m_table, 1);
    connect(m_table, &ChoiceTable::changed, this, &FlavorPage::update);
    fit(nullptr, FlavorFit::Root::Local, 1);
}

void FlavorPage::fit(const Image *image, FlavorFit::Root root, int count)
{
    for (const Flavor &f : std::as_const(m_flavors))
        m_table->setReason(f.id, FlavorFit::refusal(f, image, m_quota, count, root));
    QStringList notes;
    // Said, so a flavor with a small root disk that is not greyed out does not look like a mistake.
    if (root == FlavorFit::Root::Volume)
        notes << tr("The root disk is a volume: the flavor's Root Disk is not used for it.");
    if (const QString reasons = m_table->reasonsText(); !reasons.isEmpty())
        notes << tr("Greyed out:\n%1").arg(reasons);
    setNotes(notes.join(QLatin1Char('\n')));
    update();
}

QString FlavorPage::problem() const
{
    if (!m_table->chosen().isEmpty())
        return {};
    for (const QString &key : m_table->keys())
        if (m_table->reason(key).isEmpty())
            return tr("Choose a flavor");
    return m_flavors.isEmpty() ? tr("No flavor is available to the project")
                               : tr("No flavor fits: %1").arg(m_table->reason(m_table->keys().value(0)));
}

void FlavorPage::contribute(LaunchSpec &spec) const
{
    spec.flavor = m_table->chosen().value(0);
}

} // namespace sd
