#include "hypervisorsummary.h"

#include "models/hypervisortotals.h"
#include "units.h"
#include "widgets/usagedonut.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sd {

HypervisorSummary::HypervisorSummary(QWidget *parent)
    : QFrame(parent), m_vcpus(new UsageDonut(tr("vCPU Usage"), this)),
      m_memory(new UsageDonut(tr("Memory Usage"), this)), m_disk(new UsageDonut(tr("Local Disk Usage"), this))
{
    setObjectName(QStringLiteral("SummaryBox"));
    setAttribute(Qt::WA_StyledBackground);
    auto *title = new QLabel(tr("Hypervisor Summary"), this);
    title->setObjectName(QStringLiteral("SectionTitle"));

    auto *donuts = new QHBoxLayout;
    donuts->setSpacing(56);
    for (UsageDonut *d : {m_vcpus, m_memory, m_disk})
        donuts->addWidget(d);
    donuts->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addLayout(donuts);
}

void HypervisorSummary::update(const QList<HostInfo> &hosts)
{
    const HypervisorTotals t = HypervisorTotals::of(hosts);
    m_vcpus->setUsage(t.usedVcpus, t.vcpus, QString::number(t.usedVcpus), QString::number(t.vcpus));
    m_memory->setUsage(double(t.usedMemoryMb), double(t.memoryMb), Units::megabytes(t.usedMemoryMb),
                       Units::megabytes(t.memoryMb));
    m_disk->setUsage(double(t.usedDiskGb), double(t.diskGb), Units::gigabytes(t.usedDiskGb),
                     Units::gigabytes(t.diskGb));
}

} // namespace sd
