#pragma once

#include "hosts/hostinfo.h"

#include <QFrame>

namespace sd {

class UsageDonut;

// Horizon's "Hypervisor Summary": vCPU, memory and local disk usage summed over the hosts that are up.
class HypervisorSummary : public QFrame
{
    Q_OBJECT

public:
    explicit HypervisorSummary(QWidget *parent = nullptr);

    void update(const QList<HostInfo> &hosts);

    UsageDonut *vcpuDonut() const { return m_vcpus; }
    UsageDonut *memoryDonut() const { return m_memory; }
    UsageDonut *diskDonut() const { return m_disk; }

private:
    UsageDonut *m_vcpus;
    UsageDonut *m_memory;
    UsageDonut *m_disk;
};

} // namespace sd
